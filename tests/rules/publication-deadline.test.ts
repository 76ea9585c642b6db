import { describe, expect, it } from 'vitest';
import rule from '../../core/rules/publication-deadline.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { agencyKind } from '../../core/rules/lib/dates.ts';

ruleTester(rule, {
  valid: [
    { name: 'department by 31 Jan', report: { agency: '某某县发展和改革局', year: 2023, published: '2024-01-31' } },
    { name: 'government by 31 Mar', report: { agency: '某某县人民政府', year: 2023, published: '2024-03-31' } },
    { name: '平潭综合实验区 2023 published 2024-03-08 (a 管委会-level region)', report: { agency: '平潭综合实验区', year: 2023, published: '2024-03-08' } },
    { name: 'legacy: 31 Mar for everyone (平潭 2015 → 2016-01-12)', report: { formatVersion: 'legacy', agency: '某某县教育局', year: 2015, published: '2016-03-20' } },
    { name: 'no date at all', report: { published: null }, outcome: 'not-applicable' },
    { name: 'signature within the deadline', report: { agency: '某某县人民政府', published: null, epilogue: '某某县人民政府\n2024年3月20日' } },
  ],
  invalid: [
    {
      name: 'department published 2024-02-20',
      report: { agency: '某某市交通运输局', year: 2023, published: '2024-02-20' },
      errors: [{ messageId: 'lateDepartment', severity: 'warning', expected: '≤ 2024-01-31', actual: '2024-02-20', data: { deadline: '2024-01-31' } }],
    },
    {
      name: 'government published after 31 Mar',
      report: { agency: '某某县人民政府', year: 2023, published: '2024-04-02' },
      errors: [{ messageId: 'lateGovernment', severity: 'warning', actual: '2024-04-02' }],
    },
    {
      name: 'published within the reporting year → impossible',
      report: { year: 2023, published: '2023-12-28' },
      errors: [{ messageId: 'impossible', severity: 'error', actual: '2023-12-28' }],
    },
    {
      name: 'locality cut-off: 怀化 departments by 1/28',
      report: { agency: '怀化市财政局', year: 2021, published: '2022-01-29' },
      options: { localities: { 怀化: { department: '01-28' } } },
      errors: [{ messageId: 'lateDepartment', data: { deadline: '2022-01-28' } }],
    },
    {
      name: 'kind forced by option',
      report: { agency: '平潭综合实验区', year: 2023, published: '2024-03-08' },
      options: { agencyKind: 'department' },
      errors: [{ messageId: 'lateDepartment' }],
    },
    {
      name: 'no portal date: signature after the deadline',
      report: { agency: '某某县人民政府', published: null, epilogue: '某某县人民政府\n2024年4月16日' },
      errors: [{ messageId: 'signatureLate', severity: 'warning', textIncludes: '2024年4月16日', actual: '2024-04-16' }],
    },
  ],
});

describe('agencyKind', () => {
  it('infers government vs department from the name', () => {
    expect(agencyKind('湘乡市政府办')).toBe('government');
    expect(agencyKind('淮安市人民政府')).toBe('government');
    expect(agencyKind('某某经济开发区管委会')).toBe('government');
    expect(agencyKind('沭阳县发展和改革局')).toBe('department');
    expect(agencyKind('宿迁市卫生健康委员会')).toBe('department');
    expect(agencyKind('平潭综合实验区')).toBe('government');
  });
});
