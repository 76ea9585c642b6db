/**
 * Issue 5: parse time proportional to the input's size. Two slow fuzz shapes, each at n and 4n:
 * 10,000 unclosed nested tables, and a 表三 grown to thousands of rows.
 * (1) Deterministic: the DOM work core asks of the lite DOM (ancestor steps in contains(), elements visited by
 *     selector and tag queries), counted by instrumenting its prototypes, must grow about linearly (×4, bound ×6;
 *     the quadratic scoring loop this replaced grew ×16).
 * (2) Timing, generous: parse time at 4n ≤ 8 × time at n (quadratic would be ≈ 16×), best of 3 runs each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReport } from '../../core/parse/index.ts';
import { LiteNode, LiteParent } from '../../cli/lite-dom/nodes.ts';
import { FIXTURES, loadDocument, type DomKind } from './helpers.ts';

const BASE = fs.readFileSync(path.join(FIXTURES, 'pages/pingtan-2023/source.html'), 'utf8');

/** `n` unclosed `<table><tr><td>` opened just before the report body (the fuzz's deep-nesting mutator, left open). */
function nestedTables(n: number): string {
  const at = BASE.indexOf('<div class="TRS_Editor"');
  return BASE.slice(0, at) + '<table><tr><td>'.repeat(n) + BASE.slice(at);
}

/** 表三 with one of its data rows (「（一）予以公开」) repeated `n` times. */
function grownApplications(n: number): string {
  const label = BASE.indexOf('予以公开', BASE.indexOf('自然人'));
  const end = BASE.indexOf('</tr>', label) + 5;
  const start = BASE.lastIndexOf('<tr', label);
  return BASE.slice(0, end) + BASE.slice(start, end).repeat(n) + BASE.slice(end);
}

/**
 * Counts the node steps the lite DOM takes for core: contains() ancestor hops, elements visited by selector and tag
 * queries (up to the first match for querySelector), and elements under a node whose textContent is read.
 */
function instrumentLiteDom(): { steps: () => number; restore: () => void } {
  let steps = 0;
  const proto = LiteParent.prototype;
  const { querySelectorAll, querySelector, getElementsByTagName } = proto;
  const textContent = Object.getOwnPropertyDescriptor(proto, 'textContent')!;
  const contains = LiteNode.prototype.contains;
  const under = (node: LiteParent): LiteNode[] => querySelectorAll.call(node, '*') as unknown as LiteNode[];
  proto.querySelectorAll = function counted(this: LiteParent, selector: string) {
    steps += under(this).length;
    return querySelectorAll.call(this, selector);
  };
  proto.getElementsByTagName = function counted(this: LiteParent, name: string) {
    steps += under(this).length;
    return getElementsByTagName.call(this, name);
  };
  proto.querySelector = function counted(this: LiteParent, selector: string) {
    const found = querySelector.call(this, selector);
    const all = under(this);
    steps += found ? all.indexOf(found as unknown as LiteNode) + 1 : all.length;
    return found;
  };
  Object.defineProperty(proto, 'textContent', {
    configurable: true,
    get(this: LiteParent) {
      steps += under(this).length + 1;
      return textContent.get!.call(this);
    },
  });
  LiteNode.prototype.contains = function counted(this: LiteNode, other: LiteNode | null) {
    for (let n: LiteNode | null = other; n; n = n.parentNode) {
      steps++;
      if (n === this) return true;
    }
    return false;
  };
  return {
    steps: () => steps,
    restore: () => {
      Object.assign(proto, { querySelectorAll, querySelector, getElementsByTagName });
      Object.defineProperty(proto, 'textContent', textContent);
      LiteNode.prototype.contains = contains;
    },
  };
}

const CASES: { name: string; make: (n: number) => string; n: number }[] = [
  { name: 'unclosed nested tables', make: nestedTables, n: 1500 },
  { name: '表三 grown to thousands of rows', make: grownApplications, n: 1000 },
];

describe('parse work grows linearly with the input (issue 5)', () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  for (const c of CASES) {
    it(`${c.name}: DOM steps at 4n ≤ 6 × steps at n (lite DOM, counted)`, () => {
      const counter = instrumentLiteDom();
      restore = counter.restore;
      const stepsFor = (n: number): number => {
        const doc = loadDocument(c.make(n), 'lite');
        const before = counter.steps();
        const r = parseReport(doc);
        expect(r.ok).toBe(true);
        return counter.steps() - before;
      };
      const small = stepsFor(c.n);
      const large = stepsFor(4 * c.n);
      expect(large / small, `${small} → ${large} steps`).toBeLessThanOrEqual(6);
    });

    for (const dom of ['lite', 'linkedom'] as DomKind[]) {
      it(`${c.name}: parse time at 4n ≤ 8 × time at n (${dom}, best of 3)`, () => {
        const best = (n: number): number => {
          const html = c.make(n);
          let min = Infinity;
          for (let i = 0; i < 3; i++) {
            const doc = loadDocument(html, dom);
            const t0 = performance.now();
            parseReport(doc);
            min = Math.min(min, performance.now() - t0);
          }
          return min;
        };
        best(c.n); // warm-up
        const small = best(c.n);
        const large = best(4 * c.n);
        expect(large / small, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThanOrEqual(8);
      }, 60_000);
    }
  }
});
