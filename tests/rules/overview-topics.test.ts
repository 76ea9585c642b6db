import rule from '../../core/rules/overview-topics.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'the builder\'s overview names all five topics', report: {} },
    {
      name: '平潭 2022 headings',
      report: { sections: { 1: '（一）主动公开方面 …（二）依申请公开方面 …（三）政府信息管理方面 …（四）信息公开平台建设方面 …（五）监督保障方面 …' } },
    },
    { name: '2019 format is not checked', report: { formatVersion: '2019', sections: { 1: '概述。' } }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'only 主动公开 and 依申请公开',
      report: { sections: { 1: '本机关认真做好主动公开和依申请公开工作。' } },
      errors: [{ messageId: 'missingMany', severity: 'warning', data: { count: 3, of: 5 }, textIncludes: '总体情况' }],
    },
    {
      name: 'platforms and oversight missing',
      report: { sections: { 1: '本机关认真做好主动公开和依申请公开工作，加强政府信息管理。' } },
      errors: [{ messageId: 'missingPlatform', textIncludes: '总体情况' }, { messageId: 'missingOversight' }],
    },
  ],
});
