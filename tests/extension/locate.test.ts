// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CellLocator, expandGrid, TextIndex } from '../../extension/content/locate.ts';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
}

describe('expandGrid', () => {
  it('repeats a spanning cell at every grid position it covers', () => {
    const d = doc(`<table>
      <tr><td id="a" rowspan="2">A</td><td id="b" colspan="2">B</td></tr>
      <tr><td id="c">C</td><td id="d">D</td></tr>
      <tr><td id="e">E</td><td id="f" colspan="2">F</td></tr>
    </table>`);
    const grid = expandGrid(d.querySelector('table')!);
    expect(grid.map((row) => row.map((cell) => cell?.id))).toEqual([
      ['a', 'b', 'b'],
      ['a', 'c', 'd'],
      ['e', 'f', 'f'],
    ]);
  });

  it('counts rows of thead and tbody in order, and ignores nested tables', () => {
    const d = doc(`<table><thead><tr><th id="h">H</th><th>H2</th></tr></thead>
      <tbody><tr><td id="x"><table><tr><td id="inner">i</td></tr></table></td><td id="y">Y</td></tr></tbody></table>`);
    const grid = expandGrid(d.querySelector('table')!);
    expect(grid.length).toBe(2);
    expect(grid[1].map((c) => c?.id)).toEqual(['x', 'y']);
  });
});

describe('CellLocator', () => {
  it('resolves {tableIndex,row,col} against the document-order tables', () => {
    const d = doc(`<table><tr><td>0</td></tr></table><div><table><tr><td rowspan="2">L</td><td>1</td></tr><tr><td id="t">2</td></tr></table></div>`);
    const locator = new CellLocator(d);
    expect(locator.cell({ kind: 'table', tableIndex: 1, row: 1, col: 1 })?.id).toBe('t');
    expect(locator.cell({ kind: 'table', tableIndex: 1, row: 1, col: 0 })?.textContent).toBe('L');
    expect(locator.cell({ kind: 'table', tableIndex: 5, row: 0, col: 0 })).toBeNull();
    expect(locator.cell({ kind: 'table', tableIndex: 0, row: 3, col: 0 })).toBeNull();
  });
});

describe('TextIndex', () => {
  it('finds a snippet across spans and whitespace, skipping scripts', () => {
    const d = doc(`<p>本年新收政府信息公开<span>申请</span>
      <b>21</b>件。</p><script>var x = "申请21件";</script>`);
    const range = new TextIndex(d.body).find('申请 21件');
    expect(range).not.toBeNull();
    expect(range!.toString().replace(/\s+/g, '')).toBe('申请21件');
    expect(range!.startContainer.parentElement!.tagName).toBe('SPAN');
  });

  it('picks the occurrence nearest the anchor position', () => {
    const d = doc(`<p id="one">重复的句子。</p><p>${'填充'.repeat(200)}</p><p id="two">重复的句子。</p>`);
    const index = new TextIndex(d.body);
    expect(index.find('重复的句子', 0)!.startContainer.parentElement!.id).toBe('one');
    expect(index.find('重复的句子', 1)!.startContainer.parentElement!.id).toBe('two');
  });

  it('returns null when the snippet is absent or empty', () => {
    const index = new TextIndex(doc('<p>文本</p>').body);
    expect(index.find('不存在')).toBeNull();
    expect(index.find('  ')).toBeNull();
  });
});
