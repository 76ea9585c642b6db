import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { buildGrid, uniqueCells } from '../../core/parse/grid.ts';
import { readValue } from '../../core/parse/numbers.ts';
import { matchApplicationRow } from '../../core/parse/tables/match-application-row.ts';
import { labelKey } from '../../core/parse/text/normalize.ts';
import { findSections } from '../../core/parse/sections.ts';
import { agencyOf, cleanTitle, isoDateOf, periodOf, publishedInText, titleYearOf } from '../../core/parse/metadata.ts';
import { applicationRowCheck, reviewRowCheck, splitGlued } from '../../core/parse/text/glued.ts';
import { decodeHtml, isProbablyReport, parseText } from '../../core/parse/index.ts';

const doc = (html: string): Document => parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;

describe('grid expansion', () => {
  it('expands rowspan/colspan and keeps origin anchors', () => {
    const d = doc('<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>C</td><td>D</td></tr></table>');
    const g = buildGrid(d.querySelector('table') as Element, 0);
    expect(g.rows.map((r) => r.map((c) => c.text))).toEqual([['A', 'B', 'B'], ['A', 'C', 'D']]);
    expect(g.rows[1][0].anchor).toEqual({ kind: 'table', tableIndex: 0, row: 0, col: 0 });
    expect(uniqueCells(g.rows[0]).map((c) => c.text)).toEqual(['A', 'B']);
  });
  it('ignores rows of nested tables and works without tbody', () => {
    const d = doc('<table><tr><td>x<table><tr><td>inner</td></tr></table></td><td>y</td></tr></table>');
    const g = buildGrid(d.querySelector('table') as Element, 0);
    expect(g.rows).toHaveLength(1);
    expect(g.rows[0].map((c) => c.text)).toEqual(['xinner', 'y']);
  });
  it('clamps rowspan past the last row', () => {
    const d = doc('<table><tr><td rowspan="99">A</td><td>B</td></tr></table>');
    expect(buildGrid(d.querySelector('table') as Element, 3).rows).toHaveLength(1);
  });
});

describe('number normalisation', () => {
  it.each([
    ['0', 0, 'zero'],
    ['１２３', 123, 'number'],
    ['1,234', 1234, 'number'],
    ['1，234', 1234, 'number'],
    ['1 234', 1234, 'number'],
    ['-18', -18, 'number'],
    ['－15', -15, 'number'],
    ['24252.311082', 24252.311082, 'number'],
  ] as const)('%s → %s', (raw, value, semantics) => {
    expect(readValue(raw)).toMatchObject({ value, semantics });
  });
  it('keeps a unit printed in the cell', () => expect(readValue('251000元')).toEqual({ value: 251000, semantics: 'number', unit: '元' }));
  it.each(['/', '—', '-', '--', '无', '不适用', '／'])('placeholder %s', (raw) => expect(readValue(raw)).toEqual({ value: null, semantics: 'placeholder' }));
  it.each(['', '\u00a0', ' \u3000 '])('blank %j', (raw) => expect(readValue(raw).semantics).toBe('blank'));
  it.each(['未统计', '约5', '0527—83593059', '5件左右', '1.2.3'])('text %s is never guessed', (raw) => expect(readValue(raw)).toEqual({ value: null, semantics: 'text' }));
});

describe('表三 label matching', () => {
  const m = (label: string, group: number | null = null) => matchApplicationRow(labelKey(label), group);
  it.each([
    ['一、本年新收政府信息公开申请数量', null, 'received'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', null, 'partlyGranted'],
    ['2.其他法律行政法规禁止公开', 3, 'denied.lawProhibited'],
    ['2.其他法律行政止公开', 3, 'denied.lawProhibited'],
    ['3、危及"三安全一稳定"', 3, 'denied.securityStability'],
    ['3．危及「三安全一稳定」', 3, 'denied.securityStability'],
    ['属于国家秘密', null, 'denied.stateSecret'],
    ['3.其他', 6, 'other.other'],
    ['（六）其他处理', null, 'other.combined'],
    ['（七）总计', null, 'resultsTotal'],
    ['四、结转下年度继续办理', null, 'carriedForward'],
    ['4.无正当理由大量反复申请', 5, 'notProcessed.excessive'],
    ['2.重复申请', 5, 'notProcessed.duplicate'],
    ['3.补正后申请内容仍不明确', 4, 'unavailable.unclear'],
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 6, 'other.noCorrection'],
  ] as const)('%s → %s', (label, group, key) => expect(m(label, group)).toEqual({ kind: 'row', key }));
  it('never maps 「其他」 without its block', () => expect(m('3.其他', null).kind).not.toBe('row'));
  it('never maps a leaf into the wrong block', () => {
    expect(m('1.属于国家秘密', 4).kind).not.toBe('row');
    expect(m('3.其他', 3).kind).not.toBe('row');
  });
  it('leaves unknown labels unmapped', () => {
    expect(m('5.其他原因', 3).kind).toBe('none');
    expect(m('自然人').kind).toBe('none');
  });
  it('recognises subtotal and group rows', () => {
    expect(m('小计').kind).toBe('subtotal');
    expect(m('（三）不予公开')).toEqual({ kind: 'group', group: 3 });
  });
});

describe('sections', () => {
  it('finds the six sections, variant titles included', () => {
    const text = ['标题', '一、总体情况', '正文。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政法复议、行政诉讼情况', '五、存在的主要问题及改进情况', '一、加强培训，改进作风。', '六、其他需要报告的事项', '无。'].join('\n');
    const s = findSections(text);
    expect(s.map((x) => x.canonical)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s[4].text).toContain('一、加强培训');
    expect(s[5].text).toBe('无。');
    expect(text.slice(s[3].titleAnchor.start, s[3].titleAnchor.end)).toBe(s[3].title);
  });
  it('keeps the printed numbering when it is shifted', () => {
    const s = findSections(['一、总体情况', 'x', '一、主动公开政府信息情况', 'y'].join('\n'));
    expect(s.map((x) => [x.number, x.canonical])).toEqual([[1, 1], [1, 2]]);
  });
});

describe('metadata', () => {
  it('period variants', () => {
    expect(periodOf('报告中所列数据统计期限自2022年1月1日起，至2022年12月31日止。')).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(periodOf('本报告所列数据统计时限为2022年1月1日至2022年12月31日')).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(periodOf('统计期限为２０２３年１月１日至２０２３年１１月３０日')).toMatchObject({ start: '2023-01-01', end: '2023-11-30' });
    expect(periodOf('没有统计期间的文字')).toBeNull();
  });
  it('title year, agency, title cleanup', () => {
    expect(titleYearOf('湘乡市政府办2023年政府信息公开工作年度报告')).toBe(2023);
    expect(agencyOf('湘乡市政府办2023年政府信息公开工作年度报告')).toBe('湘乡市政府办');
    expect(agencyOf('平潭综合实验区2021年度政府信息公开工作年度报告')).toBe('平潭综合实验区');
    expect(cleanTitle('平潭综合实验区2021年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会')).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
  });
  it('dates', () => {
    expect(isoDateOf('2022-02-08 16:34')).toBe('2022-02-08');
    expect(isoDateOf('2024年1月5日')).toBe('2024-01-05');
    expect(publishedInText('来源：县政府办 发布日期：2024-01-20 字体：大 中 小')).toBe('2024-01-20');
    expect(isoDateOf('2024-13-40')).toBeNull();
  });
});

describe('glued digits', () => {
  it('splits 表四 uniquely by the block identities', () => {
    expect(splitGlued('21317000001324019', 15, reviewRowCheck)).toEqual({ kind: 'unique', values: [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19] });
  });
  it('refuses to guess 表二 「6233440」 (no identity)', () => expect(splitGlued('6233440', 3, () => true).kind).toBe('ambiguous'));
  it('splits a 表三 row by its row total when unique', () => expect(splitGlued('1000001', 7, applicationRowCheck)).toEqual({ kind: 'unique', values: [1, 0, 0, 0, 0, 0, 1] }));
  it('reports ambiguity for several valid 表三 splits', () => expect(splitGlued('110000011', 7, applicationRowCheck).kind).toBe('ambiguous'));
  it('refuses over-long runs', () => expect(splitGlued('1'.repeat(60), 15, reviewRowCheck).kind).toBe('too-long'));
  it('parseText: glued values are low-confidence with a diagnostic, ambiguous ones null', () => {
    const text = [
      '某县2024年政府信息公开工作年度报告',
      '本报告所列数据统计期限为2024年1月1日至2024年12月31日。',
      '一、总体情况', '概况。',
      '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容本年制发件数本年废止件数现行有效件数', '规章000', '行政规范性文件6233440',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '行政复议行政诉讼', '21317000001324019',
      '五、存在的主要问题及改进情况', '问题。', '六、其他需要报告的事项', '无。',
    ].join('\n');
    const r = parseText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rep = r.report;
    expect(rep.tables.reviewLitigation.litigationAfterReview.total).toMatchObject({ value: 19, confidence: 'low' });
    expect(rep.tables.active.regulations.issued).toMatchObject({ value: 0, confidence: 'low' });
    expect(rep.tables.active.normativeDocuments.issued.value).toBeNull();
    const codes = rep.diagnostics.map((d) => d.code);
    expect(codes).toContain('glued-digits');
    expect(codes).toContain('glued-digits-ambiguous');
    expect(rep.text).not.toContain('6233440');
  });
});

describe('detect gate and decoding', () => {
  it('says yes to a report title and no to an ordinary page', () => {
    expect(isProbablyReport(doc('<h1>某县2023年政府信息公开工作年度报告</h1>'))).toBe(true);
    expect(isProbablyReport(doc('<h1>关于开展安全生产检查的通知</h1><p>一、总体要求</p>'))).toBe(false);
  });
  it('is cheap on a big non-report page', () => {
    const big = doc(`<title>新闻</title>${'<div><p>新闻内容新闻内容新闻内容</p><table><tr><td>1</td></tr></table></div>'.repeat(5000)}`);
    let best = Infinity;
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      expect(isProbablyReport(big)).toBe(false);
      best = Math.min(best, performance.now() - t);
    }
    // Best of 20 (the machine is shared): the gate reads a bounded slice, so it stays far below a whole-page walk.
    expect(best).toBeLessThan(2);
  });
  it('decodes GBK pages by their meta charset', () => {
    const html = '<html><head><meta charset="gbk"><title>年度报告</title></head><body>政府信息公开</body></html>';
    expect(decodeHtml(new Uint8Array(iconv.encode(html, 'gbk')))).toBe(html);
  });
});
