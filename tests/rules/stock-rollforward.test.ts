import rule from '../../core/rules/stock-rollforward.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const docs = (issued: number, repealed: number, inForce: number) => ({ normativeDocuments: { issued, repealed, inForce } });
const docCell = (col: string) => ({ table: 'active' as const, row: 'normativeDocuments', col });

ruleTester(rule, {
  valid: [
    {
      name: '宿迁: 规章 11+2−1 = 12, 规范性文件 597+50−227 = 420',
      report: { year: 2024, active: { regulations: { issued: 2, repealed: 1, inForce: 12 }, ...docs(50, 227, 420) } },
      previous: { year: 2023, active: { regulations: { inForce: 11 }, normativeDocuments: { inForce: 597 } } },
    },
    { name: '平潭 2021→2022: 665 + 88 − 55 = 698', report: { year: 2022, active: docs(88, 55, 698) }, previous: { year: 2021, active: docs(69, 3, 665) } },
    { name: '2019 format previous is not comparable', report: { year: 2021, active: docs(5, 0, 5) }, previous: { year: 2020, formatVersion: '2019' }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: '平潭 2022→2023: 698 + 77 − 132 = 643 vs 470 (the 2023 report mentions 全面清理)',
      report: { year: 2023, active: docs(77, 132, 470), sections: { 1: '根据本年度行政规范性文件全面清理结果，对规范性文件数据库进行再梳理。主动公开、依申请公开、平台、监督。' } },
      previous: { year: 2022, active: docs(88, 55, 698) },
      errors: [
        {
          messageId: 'mismatchCleanup',
          severity: 'warning',
          cells: [docCell('inForce')],
          related: [docCell('issued'), docCell('repealed')],
          expected: 643,
          actual: 470,
          data: { previousStock: 698, issued: 77, repealed: 132 },
        },
      ],
    },
    {
      name: '平潭 2023→2024: 470 + 62 − 33 = 499 vs 440',
      report: { year: 2024, active: docs(62, 33, 440) },
      previous: { year: 2023, active: docs(77, 132, 470) },
      errors: [{ messageId: 'mismatch', severity: 'warning', expected: 499, actual: 440 }],
    },
  ],
});
