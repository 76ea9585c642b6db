// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DomIndex } from '../../extension/content/dom-index.ts';
import { HOST_TAG } from '../../extension/content/dom-labels.ts';

function page(): Document {
  document.documentElement.innerHTML = '<head></head><body><p>申请 21 件</p><table><tr><td>1</td><td>2</td></tr></table></body>';
  return document;
}

describe('DomIndex (draw lookups reused until the page changes)', () => {
  it('reuses the grids and the text index between draws while the DOM is unchanged', () => {
    const doc = page();
    const index = new DomIndex(doc, new AbortController().signal);
    const cells = index.cells();
    const text = index.text();
    expect(index.cells()).toBe(cells);
    expect(index.text()).toBe(text);
  });

  it('rebuilds after any change, even one whose mutation records were not delivered yet', () => {
    const doc = page();
    const index = new DomIndex(doc, new AbortController().signal);
    const cells = index.cells();
    const text = index.text()!;
    doc.querySelector('td')!.textContent = '9'; // synchronous check right after: records still pending
    const again = index.text()!;
    expect(again).not.toBe(text);
    expect(index.cells()).not.toBe(cells);
    expect(again.find('9')).not.toBeNull();
    expect(text.find('9')).toBeNull();
    doc.querySelector('td')!.setAttribute('colspan', '2');
    expect(index.cells()).not.toBe(cells);
  });

  it('a new body (page replaced by script) is a change; our own overlay host is not', () => {
    const doc = page();
    const index = new DomIndex(doc, new AbortController().signal);
    const text = index.text();
    doc.documentElement.append(doc.createElement(HOST_TAG));
    expect(index.text()).toBe(text);
    const body = doc.createElement('body');
    body.innerHTML = '<p>新的正文</p>';
    doc.body.replaceWith(body);
    expect(index.text()).not.toBe(text);
    expect(index.text()!.find('新的正文')).not.toBeNull();
  });
});
