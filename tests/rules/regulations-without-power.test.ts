import rule from '../../core/rules/regulations-without-power.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const regs = (issued: number, repealed: number, inForce: number) => ({ regulations: { issued, repealed, inForce } });
const cell = (col: string) => ({ table: 'active' as const, row: 'regulations', col });

ruleTester(rule, {
  valid: [
    { name: 'county department with 0 / 0 / 0', report: { agency: '某某县财政局' } },
    { name: '设区的市 government has power (宿迁 规章 2 / 1 / 12)', report: { agency: '宿迁市人民政府', active: regs(2, 1, 12) }, outcome: 'not-applicable' },
    { name: '湘乡市 (a 市 is not judged by name)', report: { agency: '湘乡市政府办', active: regs(1, 0, 1) }, outcome: 'not-applicable' },
    { name: '平潭 2020 (2019 format): 对外公开总数量 7 is not rule-making', report: { agency: '平潭综合实验区', formatVersion: '2019', active: { regulations: { made: 0, published: 0, total: 7 } } } },
    { name: 'override: withPower', report: { agency: '某某县人民政府', active: regs(1, 0, 1) }, options: { withPower: ['某某县人民政府'] } },
  ],
  invalid: [
    {
      name: 'county department 规章 1 / 0 / 1',
      report: { agency: '某某县交通运输局', active: regs(1, 0, 1) },
      errors: [{ messageId: 'hasRegulations', severity: 'warning', cells: [cell('issued'), cell('inForce')], actual: [1, 1] }],
    },
    {
      name: 'district government (洪泽区) 规章 现行有效 3',
      report: { agency: '淮安市洪泽区人民政府', active: regs(0, 0, 3) },
      errors: [{ messageId: 'hasRegulations', cells: [cell('inForce')] }],
    },
    {
      name: 'override: withoutPower for a county-level city',
      report: { agency: '湘乡市人民政府', active: regs(2, 0, 2) },
      options: { withoutPower: ['湘乡市人民政府'] },
      errors: [{ messageId: 'hasRegulations' }],
    },
    {
      name: '2019 format: 本年新制作数量 only',
      report: { agency: '某某镇人民政府', formatVersion: '2019', active: { regulations: { made: 1, published: 1, total: 1 } } },
      errors: [{ messageId: 'hasRegulations', cells: [cell('made')] }],
    },
  ],
});
