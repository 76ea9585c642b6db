import rule from '../../core/rules/prose-active-disclosure.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const docs = (issued: number, repealed: number, inForce: number) => ({ normativeDocuments: { issued, repealed, inForce } });
const cell = (row: string, col: string) => ({ table: 'active' as const, row, col });

ruleTester(rule, {
  valid: [
    { name: 'no figures', report: {} },
    { name: '平潭 2024: 制发行政规范性文件62件', report: { active: docs(62, 33, 440), sections: { 1: '动态更新发布本年度制发行政规范性文件62件。' } } },
    {
      name: '平潭 2022: 现行有效 698, 本年度制发 88',
      report: { active: docs(88, 55, 698), sections: { 1: '集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。' } },
    },
    {
      name: '平潭 2023: 清理并集中发布现行有效 393 = 470 − 77 (stock before this year\'s documents)',
      report: { active: docs(77, 132, 470), sections: { 1: '清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。' } },
    },
    { name: '审核 has no table column', report: { active: docs(1, 0, 5), sections: { 1: '合法性审核规范性文件30件。' } } },
    { name: '2019 format is not compared', report: { formatVersion: '2019', sections: { 1: '已宣布废止规范性文件5件。' } }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '制发 10 vs 表二 7',
      report: { active: docs(7, 9, 39), sections: { 2: '本年度制发行政规范性文件10件，废止9件。' } },
      errors: [{ messageId: 'mismatch', cells: [cell('normativeDocuments', 'issued')], expected: 7, actual: 10, severity: 'warning' }],
    },
    {
      name: '废止规章2件 vs 0',
      report: { sections: { 1: '本年度废止规章2件。' } },
      errors: [{ messageId: 'mismatch', cells: [cell('regulations', 'repealed')], expected: 0, actual: 2 }],
    },
    {
      name: 'a 清理 recount only asks for review',
      report: { active: docs(5, 50, 300), sections: { 1: '经全面清理，现行有效行政规范性文件280件。' } },
      errors: [{ messageId: 'mismatch', severity: 'info', outcome: 'needs-review', expected: 300, actual: 280 }],
    },
  ],
});
