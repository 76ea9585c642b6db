import rule from '../../core/rules/report-accessibility.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { buildReport } from '../helpers/report-builder.ts';
import type { Report } from '../../core/model/index.ts';

/** A page whose body holds only a link to the attachment. */
function attachmentPage(): Report {
  const r = buildReport({ formatVersion: 'unknown', preamble: '附件：某某县2023年政府信息公开工作年度报告.pdf', sections: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } });
  return r;
}

function imagePage(): Report {
  const r = buildReport({ sections: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null }, preamble: '（图片）' });
  for (const info of Object.values(r.tableInfo)) info.image = true;
  return r;
}

ruleTester(rule, {
  valid: [
    { name: 'HTML report with text and tables', report: {} },
    { name: 'legacy report with prose', report: { formatVersion: 'legacy' } },
  ],
  invalid: [
    { name: 'PDF attachment only → info', report: attachmentPage, errors: [{ messageId: 'attachmentOnly', severity: 'info' }] },
    { name: 'images only → warning', report: imagePage, errors: [{ messageId: 'imageOnly', severity: 'warning' }] },
    {
      name: 'parser diagnostic image-only',
      report: () => ({ ...buildReport({}), diagnostics: [{ level: 'warning', code: 'image-only', detail: 'body is one <img>', data: {} }] }),
      errors: [{ messageId: 'imageOnly' }],
    },
  ],
});
