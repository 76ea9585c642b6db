import rule from '../../core/rules/copied-from-previous-year.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

const overview = (y: number) =>
  `${y}年，本机关认真贯彻落实政府信息公开条例。全年主动公开政府信息${y - 1800}条，发布政策解读${y - 1990}篇。` +
  '持续加强政府网站和政务新媒体管理，确保平台安全稳定运行。严格落实信息发布审核制度，做好保密审查工作。' +
  '将政务公开工作纳入年度绩效考核，压实工作责任。积极做好依申请公开工作，规范答复文书格式。';
const tables = { active: { licensing: { decisions: 120 }, penalties: { decisions: 30 }, coercion: { decisions: 4 } } };

ruleTester(rule, {
  valid: [
    {
      name: 'rewritten text, new figures',
      report: {
        year: 2023,
        sections: { 1: '2023年，本局围绕中心工作，新建政策文件库并开展专题培训三次。政务新媒体矩阵整合为两个账号，访问量明显提升。', 5: '存在的主要问题：基层公开标准化水平有待进一步提升。改进措施：组织开展基层政务公开专题培训。' },
      },
      previous: { year: 2022, sections: { 1: overview(2022) } },
    },
    { name: 'all-zero tables repeated are not a copy', report: { year: 2023 }, previous: { year: 2022 } },
    { name: 'previous report is not Y-1', report: { year: 2023, sections: { 1: overview(2023) } }, previous: { year: 2020, sections: { 1: overview(2020) } }, outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'the same overview with only the years and figures updated',
      report: { year: 2023, sections: { 1: overview(2023) } },
      previous: { year: 2022, sections: { 1: overview(2022) } },
      errors: [{ messageId: 'sentences', severity: 'warning', data: { previousYear: 2022 } }],
    },
    {
      name: '东莞统计局 style: identical tables',
      report: { year: 2010, formatVersion: '2021', ...tables, sections: { 1: '本年度新建政策库。' } },
      previous: { year: 2009, formatVersion: '2021', ...tables, sections: { 1: '上年度建设网站。' } },
      errors: [{ messageId: 'identicalTables', data: { previousYear: 2009 } }],
    },
  ],
});
