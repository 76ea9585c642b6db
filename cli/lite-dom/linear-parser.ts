/**
 * htmlparser2's Parser with its open-element stacks kept top-last (push/pop) instead of top-first (unshift/shift).
 * Upstream (htmlparser2 12.0.0, MIT) unshifts every open tag and shifts every close: O(depth) each, so a page of
 * 300,000 unclosed nested tables took hours. Here each open/close is O(1) and a count per tag name answers "is a
 * <name> open?" without scanning the stack, so an end tag that matches nothing costs O(1) too.
 *
 * Only the methods that touch the two stacks are replaced; they are copies of upstream's with the stack ends swapped,
 * so the events (and the lite DOM built from them) are the same: tests/cli/linear-parser.test.ts replays pages and
 * edge cases through both parsers and compares every event. The tag tables below are upstream's (not exported there).
 */
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
const openImpliesClose = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', pTag],
  ['h1', headingTags],
  ['h2', headingTags],
  ['h3', headingTags],
  ['h4', headingTags],
  ['h5', headingTags],
  ['h6', headingTags],
  ['select', formTags],
  ['input', formTags],
  ['output', formTags],
  ['button', formTags],
  ['datalist', formTags],
  ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['address', pTag],
  ['article', pTag],
  ['aside', pTag],
  ['blockquote', pTag],
  ['details', pTag],
  ['div', pTag],
  ['dl', pTag],
  ['fieldset', pTag],
  ['figcaption', pTag],
  ['figure', pTag],
  ['footer', pTag],
  ['form', pTag],
  ['header', pTag],
  ['hr', pTag],
  ['main', pTag],
  ['nav', pTag],
  ['ol', pTag],
  ['pre', pTag],
  ['section', pTag],
  ['table', pTag],
  ['ul', pTag],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);
const foreignContextElements = new Set(['math', 'svg']);
const htmlIntegrationElements = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);
const svgTagNameAdjustments = new Map<string, string>([
  ['altglyph', 'altGlyph'],
  ['altglyphdef', 'altGlyphDef'],
  ['altglyphitem', 'altGlyphItem'],
  ['animatecolor', 'animateColor'],
  ['animatemotion', 'animateMotion'],
  ['animatetransform', 'animateTransform'],
  ['clippath', 'clipPath'],
  ['feblend', 'feBlend'],
  ['fecolormatrix', 'feColorMatrix'],
  ['fecomponenttransfer', 'feComponentTransfer'],
  ['fecomposite', 'feComposite'],
  ['feconvolvematrix', 'feConvolveMatrix'],
  ['fediffuselighting', 'feDiffuseLighting'],
  ['fedisplacementmap', 'feDisplacementMap'],
  ['fedistantlight', 'feDistantLight'],
  ['fedropshadow', 'feDropShadow'],
  ['feflood', 'feFlood'],
  ['fefunca', 'feFuncA'],
  ['fefuncb', 'feFuncB'],
  ['fefuncg', 'feFuncG'],
  ['fefuncr', 'feFuncR'],
  ['fegaussianblur', 'feGaussianBlur'],
  ['feimage', 'feImage'],
  ['femerge', 'feMerge'],
  ['femergenode', 'feMergeNode'],
  ['femorphology', 'feMorphology'],
  ['feoffset', 'feOffset'],
  ['fepointlight', 'fePointLight'],
  ['fespecularlighting', 'feSpecularLighting'],
  ['fespotlight', 'feSpotLight'],
  ['fetile', 'feTile'],
  ['feturbulence', 'feTurbulence'],
  ['foreignobject', 'foreignObject'],
  ['glyphref', 'glyphRef'],
  ['lineargradient', 'linearGradient'],
  ['radialgradient', 'radialGradient'],
  ['textpath', 'textPath'],
]);
const NONE = 0;
const SVG = 1;
const MATHML = 2;

/** Upstream's private state and methods that the replaced methods use (same names, so upstream's other methods agree). */
interface Internals {
  stack: string[];
  foreignContext: number[];
  cbs: Partial<Handler>;
  htmlMode: boolean;
  lowerCaseTagNames: boolean;
  tagname: string;
  attribs: Record<string, string> | null;
  openTagStart: number;
  startIndex: number;
  endIndex: number;
  /** Open elements per tag name (ours). */
  open: Map<string, number>;
  getSlice(start: number, end: number): string;
  endOpenTag(isImplied: boolean): void;
  isVoidElement(name: string): boolean;
  isInForeignContext(): boolean;
  readTagName(start: number, endIndex: number): string;
  emitOpenTag(name: string): void;
  popElement(implied: boolean): void;
  closeCurrentTag(isOpenImplied: boolean): void;
  onclosetag(start: number, endIndex: number): void;
}

const isOpen = (p: Internals, name: string): boolean => (p.open.get(name) ?? 0) > 0;

const methods: Partial<Internals> & ThisType<Internals> = {
  isInForeignContext() {
    return this.foreignContext[this.foreignContext.length - 1] !== NONE;
  },

  readTagName(start, endIndex) {
    const name = this.lowerCaseTagNames ? this.getSlice(start, endIndex).toLowerCase() : this.getSlice(start, endIndex);
    if (!(this.lowerCaseTagNames && this.htmlMode)) return name;
    if (this.foreignContext[this.foreignContext.length - 1] === SVG) return svgTagNameAdjustments.get(name) ?? name;
    if (this.foreignContext.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== undefined && isOpen(this, adjusted)) return adjusted;
    }
    if (!this.isInForeignContext()) return name === 'image' ? 'img' : name;
    return name;
  },

  emitOpenTag(name) {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    if (this.htmlMode && name === 'form' && isOpen(this, 'form')) {
      this.tagname = '';
      return;
    }
    const impliesClose = this.htmlMode && openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[this.stack.length - 1])) this.popElement(true);
    }
    if (!this.isVoidElement(name)) {
      this.stack.push(name);
      this.open.set(name, (this.open.get(name) ?? 0) + 1);
      if (this.htmlMode) {
        if (name === 'svg') this.foreignContext.push(SVG);
        else if (name === 'math') this.foreignContext.push(MATHML);
        else if (htmlIntegrationElements.has(name)) this.foreignContext.push(NONE);
      }
    }
    this.cbs.onopentagname?.(name);
    if (this.cbs.onopentag) this.attribs = {};
  },

  onclosetag(start, endIndex) {
    this.endIndex = endIndex;
    const name = this.readTagName(start, endIndex);
    if (!this.isVoidElement(name)) {
      const pos = isOpen(this, name) ? this.stack.lastIndexOf(name) : -1;
      if (pos !== -1) {
        for (let k = this.stack.length - 1; k > pos; k--) this.popElement(true);
        this.popElement(false);
      } else if (this.htmlMode && name === 'p') {
        this.emitOpenTag('p');
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name === 'br') {
      this.cbs.onopentagname?.('br');
      this.cbs.onopentag?.('br', {}, true);
      this.cbs.onclosetag?.('br', false);
    }
    this.startIndex = endIndex + 1;
  },

  popElement(implied) {
    const element = this.stack.pop()!;
    this.open.set(element, this.open.get(element)! - 1);
    if (this.htmlMode && (foreignContextElements.has(element) || htmlIntegrationElements.has(element))) this.foreignContext.pop();
    this.cbs.onclosetag?.(element, implied);
  },

  closeCurrentTag(isOpenImplied) {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[this.stack.length - 1] === name) this.popElement(!isOpenImplied);
  },
};

/** Same events as htmlparser2's Parser, linear in the nesting depth. Parses whole documents (no reset / reuse). */
export class LinearParser extends Parser {
  constructor(cbs: Partial<Handler>, options?: ParserOptions) {
    super(cbs, options);
    (this as unknown as Internals).open = new Map();
  }

  override onend(): void {
    const self = this as unknown as Internals;
    if (self.cbs.onclosetag) {
      self.endIndex = self.startIndex;
      for (let i = self.stack.length - 1; i >= 0; i--) self.cbs.onclosetag(self.stack[i], true);
    }
    self.cbs.onend?.();
  }

  override reset(): void {
    super.reset();
    (this as unknown as Internals).open = new Map();
  }
}
Object.assign(LinearParser.prototype, methods);
