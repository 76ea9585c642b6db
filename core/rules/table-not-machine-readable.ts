import { defineRule } from './define-rule.ts';
import type { TableKey } from '../model/keys.ts';
import { label } from '../i18n/format.ts';
import { isLegacyReport } from './lib/format-artefacts.ts';
import { sectionOf } from './lib/text.ts';

const SECTION_OF: Record<TableKey, number> = { active: 2, applications: 3, reviewLitigation: 4 };
const TABLES: TableKey[] = ['active', 'applications', 'reviewLitigation'];

/** Tables are machine-readable, not images; a table missing from its section cannot be validated (§8.1). */
export default defineRule({
  id: 'table-not-machine-readable',
  meta: {
    category: 'structure',
    defaultSeverity: 'warning',
    docs: {
      'zh-CN': {
        name: '表格无法机读',
        description: '表格以图片形式发布，或所在部分找不到表格时，数字无法被核对，读者也无法复制使用。这不一定是错误，但本工具无法校验这些表格。',
        fix: '以文字表格（HTML 表格）发布表二至表四，不要使用截图或扫描件。',
      },
      en: {
        name: 'Table not machine-readable',
        description: 'When a table is published as an image, or cannot be found in its section, its figures cannot be checked or reused. Not necessarily wrong, but this tool cannot validate those tables.',
        fix: 'Publish Tables 2–4 as text (HTML tables), not screenshots or scans.',
      },
    },
  },
  messages: {
    'zh-CN': {
      image: '{table}以图片形式发布，无法核对其中的数字',
      missing: '第{section}部分没有可识别的{table}，无法核对',
    },
    en: {
      image: '{table} is an image; its figures cannot be checked',
      missing: 'Section {section} has no readable {table}; it cannot be checked',
    },
  },
  appliesTo: (report) => !isLegacyReport(report),
  check(ctx) {
    for (const table of TABLES) {
      const info = ctx.report.tableInfo[table];
      const section = sectionOf(ctx.report, SECTION_OF[table]);
      if (info.image) {
        ctx.fail({ messageId: 'image', data: { table: label({ table }) }, text: section ? [section.titleAnchor] : [], expected: 'table', actual: 'image' });
      } else if (!info.found && section) {
        ctx.fail({ messageId: 'missing', data: { table: label({ table }), section: SECTION_OF[table] }, text: [section.titleAnchor], expected: 'table', actual: null });
      }
    }
  },
});
