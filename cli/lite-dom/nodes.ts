/**
 * The lite DOM's node classes: a read-only tree with exactly the DOM surface core/parse reads (and the golden tests'
 * helpers). Sibling/child links are plain fields set once by the builder, so walking costs a property load. Every
 * traversal is iterative (no recursion): a page nested 100,000 levels deep costs time, never the stack.
 */
import { compileSelector, type Matcher } from './select.ts';
import { serializeChildren, serializeElement } from './serialize.ts';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;

export abstract class LiteNode {
  abstract readonly nodeType: number;
  abstract readonly nodeName: string;
  parentNode: LiteParent | null = null;
  previousSibling: LiteNode | null = null;
  nextSibling: LiteNode | null = null;

  /** The Document at the root of this node's tree (walks up: no field per node to keep right when nodes move). */
  get ownerDocument(): LiteDocument | null {
    if (this.nodeType === DOCUMENT_NODE) return null;
    let n: LiteNode | null = this.parentNode;
    while (n && n.nodeType !== DOCUMENT_NODE) n = n.parentNode;
    return n as LiteDocument | null;
  }

  get parentElement(): LiteElement | null {
    const p = this.parentNode;
    return p && p.nodeType === ELEMENT_NODE ? (p as LiteElement) : null;
  }

  get nodeValue(): string | null {
    return null;
  }

  abstract get textContent(): string | null;

  /** Inclusive descendant test: walks up from `other` (O(depth)). */
  contains(other: LiteNode | null): boolean {
    for (let n: LiteNode | null = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
}

/** Text and comment nodes: a node that only holds `data`. */
abstract class LiteCharacterData extends LiteNode {
  constructor(public data: string) {
    super();
  }
  override get nodeValue(): string {
    return this.data;
  }
  get textContent(): string {
    return this.data;
  }
}

export class LiteText extends LiteCharacterData {
  readonly nodeType = TEXT_NODE;
  get nodeName(): string {
    return '#text';
  }
}

export class LiteComment extends LiteCharacterData {
  readonly nodeType = COMMENT_NODE;
  get nodeName(): string {
    return '#comment';
  }
}

/** Next element after `el` in document order within `root` (pre-order over elements only), or null. */
function nextElement(el: LiteElement, root: LiteParent): LiteElement | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let n: LiteElement | LiteParent | null = el; n && n !== root; n = n.parentNode) {
    const sibling = (n as LiteElement).nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** Element and Document: nodes with children. */
export abstract class LiteParent extends LiteNode {
  firstChild: LiteNode | null = null;
  lastChild: LiteNode | null = null;
  firstElementChild: LiteElement | null = null;
  lastElementChild: LiteElement | null = null;

  get childNodes(): LiteNode[] {
    const out: LiteNode[] = [];
    for (let c = this.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  }

  get children(): LiteElement[] {
    const out: LiteElement[] = [];
    for (let c = this.firstElementChild; c; c = c.nextElementSibling) out.push(c);
    return out;
  }

  get childElementCount(): number {
    let n = 0;
    for (let c = this.firstElementChild; c; c = c.nextElementSibling) n++;
    return n;
  }

  /** Appends while building (the tree is read-only once built). */
  appendChild<T extends LiteNode>(node: T): T {
    node.parentNode = this;
    node.previousSibling = this.lastChild;
    node.nextSibling = null;
    if (this.lastChild) this.lastChild.nextSibling = node;
    else this.firstChild = node;
    this.lastChild = node;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as unknown as LiteElement;
      el.previousElementSibling = this.lastElementChild;
      el.nextElementSibling = null;
      if (this.lastElementChild) this.lastElementChild.nextElementSibling = el;
      else this.firstElementChild = el;
      this.lastElementChild = el;
    }
    return node;
  }

  /** Concatenated text of all descendant text nodes, in document order (iterative). */
  get textContent(): string | null {
    let out = '';
    let n: LiteNode | null = this.firstChild;
    while (n) {
      if (n.nodeType === TEXT_NODE) out += (n as LiteText).data;
      else if (n.nodeType !== COMMENT_NODE && (n as LiteParent).firstChild) {
        n = (n as LiteParent).firstChild;
        continue;
      }
      while (n && n !== this && !n.nextSibling) n = n.parentNode;
      n = n && n !== this ? n.nextSibling : null;
    }
    return out;
  }

  querySelectorAll(selector: string): LiteElement[] {
    const out: LiteElement[] = [];
    if (selector === '*') {
      for (let el = this.firstElementChild; el; el = nextElement(el, this)) out.push(el);
      return out;
    }
    const match = compileSelector(selector);
    for (let el = this.firstElementChild; el; el = nextElement(el, this)) if (match(el)) out.push(el);
    return out;
  }

  querySelector(selector: string): LiteElement | null {
    const match = compileSelector(selector);
    for (let el = this.firstElementChild; el; el = nextElement(el, this)) if (match(el)) return el;
    return null;
  }

  getElementsByTagName(name: string): LiteElement[] {
    return this.querySelectorAll(name === '*' ? '*' : name);
  }

  getElementById(id: string): LiteElement | null {
    for (let el = this.firstElementChild; el; el = nextElement(el, this)) if (el.getAttribute('id') === id) return el;
    return null;
  }
}

export class LiteElement extends LiteParent {
  readonly nodeType = ELEMENT_NODE;
  previousElementSibling: LiteElement | null = null;
  nextElementSibling: LiteElement | null = null;
  /** Text cache: the tree never changes once built, so an element's text is computed at most once. */
  private text: string | null = null;

  constructor(
    readonly localName: string,
    readonly tagName: string,
    /** Attribute names are lower-case (HTML); the first of duplicate attributes wins (htmlparser2). */
    readonly attributes: Record<string, string>,
    readonly namespaceURI: string,
  ) {
    super();
  }

  get nodeName(): string {
    return this.tagName;
  }

  override get textContent(): string {
    if (this.text === null) this.text = super.textContent ?? '';
    return this.text;
  }

  getAttribute(name: string): string | null {
    const key = name.toLowerCase();
    return Object.hasOwn(this.attributes, key) ? this.attributes[key] : null;
  }

  hasAttribute(name: string): boolean {
    return Object.hasOwn(this.attributes, name.toLowerCase());
  }

  getAttributeNames(): string[] {
    return Object.keys(this.attributes);
  }

  get id(): string {
    return this.getAttribute('id') ?? '';
  }

  get className(): string {
    return this.getAttribute('class') ?? '';
  }

  matches(selector: string): boolean {
    return compileSelector(selector)(this);
  }

  closest(selector: string): LiteElement | null {
    const match: Matcher = compileSelector(selector);
    for (let n: LiteNode | null = this; n && n.nodeType === ELEMENT_NODE; n = n.parentNode) if (match(n as LiteElement)) return n as LiteElement;
    return null;
  }

  /** HTMLTableElement.rows: the table's own <tr>s (direct, or in its thead/tbody/tfoot), in tree order. */
  get rows(): LiteElement[] {
    const out: LiteElement[] = [];
    for (let c = this.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName === 'tr') out.push(c);
      else if (c.localName === 'thead' || c.localName === 'tbody' || c.localName === 'tfoot') for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.localName === 'tr') out.push(r);
    }
    return out;
  }

  /** HTMLTableRowElement.cells: its <td>/<th> children. */
  get cells(): LiteElement[] {
    const out: LiteElement[] = [];
    for (let c = this.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'td' || c.localName === 'th') out.push(c);
    return out;
  }

  get outerHTML(): string {
    return serializeElement(this);
  }

  get innerHTML(): string {
    return serializeChildren(this);
  }
}

export class LiteDocument extends LiteParent {
  readonly nodeType = DOCUMENT_NODE;
  get nodeName(): string {
    return '#document';
  }
  documentElement: LiteElement | null = null;
  head: LiteElement | null = null;
  body: LiteElement | null = null;

  override get textContent(): null {
    return null;
  }

  /** document.title: the first <title>'s text, ASCII whitespace stripped and collapsed (as browsers do). */
  get title(): string {
    const t = this.querySelector('title');
    return t ? t.textContent.replace(/[\t\n\f\r ]+/g, ' ').trim() : '';
  }
}
