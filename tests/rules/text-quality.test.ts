import rule from '../../core/rules/text-quality.ts';
import { ruleTester } from '../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { name: 'clean default text', report: {} },
    { name: 'lists restart per subsection', report: { sections: { 1: '（一）一是加强领导；二是规范发布；三是创新方法。（二）一是畅通渠道；二是规范答复。' } } },
    { name: '「一步一步」 is not a duplication', report: { sections: { 5: '下一步将一步一步推进，久久为功。' } } },
    { name: 'nested lists (平潭 2015)', report: { sections: { 2: '一是甲。一是子；二是丑。二是乙。三是丙。一是寅；二是卯；三是辰；四是巳。四是丁。' } } },
    { name: '「同时适时适地公布」 is an idiom', report: { sections: { 2: '同时适时适地公布各相关单位审计结果。' } } },
    { name: 'a missed 一是 (六是 → 二是) is a new list', report: { sections: { 1: '一是甲；二是乙；三是丙；四是丁；五是戊；六是己。（二）依申请公开方面一是畅通渠道；二是规范答复。' } } },
  ],
  invalid: [
    {
      name: '平潭 2023 section 五: 一是…；三是…；三是…',
      report: { sections: { 5: '存在的问题主要有以下几个方面：一是部分单位信息发布属性界定还不够精确；三是开拓创新不够有力；三是政策解读的质量有待提高。' } },
      errors: [{ messageId: 'brokenList', severity: 'info', data: { previous: '一', expected: '二', actual: '三' }, textIncludes: '三是' }],
    },
    {
      name: 'duplicated word, placeholders and English punctuation',
      report: { sections: { 1: '加强资金资金管理,规范审核审核发布机制。XX局于202X年完成××工作。' } },
      errors: [
        { messageId: 'duplicatedWord', data: { word: '资金资金' }, textIncludes: '资金资金' },
        { messageId: 'duplicatedWord', data: { word: '审核审核' } },
        { messageId: 'englishPunctuation', data: { count: 1, marks: [','] } },
        { messageId: 'placeholder', data: { word: 'XX' } },
        { messageId: 'placeholder', data: { word: '202X' } },
        { messageId: 'placeholder', data: { word: '××' } },
      ],
    },
  ],
});
