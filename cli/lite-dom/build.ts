/**
 * Builds a lite DOM straight from htmlparser2's Parser callbacks (the tokenizer plus HTML's implied end tags: p, li,
 * td, tr … closed as htmlparser2 closes them; linkedom builds its tree from the same events). Whitespace-only and
 * entity-split text arrives in pieces: adjacent pieces are merged into one text node, as browsers have them.
 * Then the document gets its browser shape: one <html> root (synthesised around stray top-level nodes when the page
 * has none) and a <body> (synthesised around everything but <head> when the page has none).
 * Iterative throughout; the builder keeps only the current node, so nesting depth costs no stack.
 * The events come from LinearParser (htmlparser2's Parser with O(1) open/close: see linear-parser.ts).
 */
import { LinearParser } from './linear-parser.ts';
import { LiteComment, LiteDocument, LiteElement, type LiteNode, type LiteParent, LiteText } from './nodes.ts';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** Moves every child of `from` (except `keep`) under `to`, preserving order. */
function adoptChildren(from: LiteParent, to: LiteParent, keep: (n: LiteNode) => boolean): void {
  const moving: LiteNode[] = [];
  const staying: LiteNode[] = [];
  for (let c = from.firstChild; c; c = c.nextSibling) (keep(c) ? staying : moving).push(c);
  from.firstChild = from.lastChild = from.firstElementChild = from.lastElementChild = null;
  for (const c of staying) from.appendChild(c);
  for (const c of moving) to.appendChild(c);
}

function isTag(n: LiteNode, localName: string): n is LiteElement {
  return n.nodeType === 1 && (n as LiteElement).localName === localName && (n as LiteElement).namespaceURI === HTML_NS;
}

function shape(doc: LiteDocument): void {
  let html: LiteElement | null = null;
  for (let c = doc.firstElementChild; c; c = c.nextElementSibling) if (isTag(c, 'html')) html = c;
  if (!html || doc.firstElementChild !== html || html.nextElementSibling) {
    // No <html>, or elements beside it: one synthetic root holds everything (element order kept).
    const root = new LiteElement('html', 'HTML', {}, HTML_NS);
    adoptChildren(doc, root, () => false);
    doc.appendChild(root);
    html = root;
  }
  doc.documentElement = html;
  let head: LiteElement | null = null;
  let body: LiteElement | null = null;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) {
    if (!head && isTag(c, 'head')) head = c;
    else if (!body && (isTag(c, 'body') || isTag(c, 'frameset'))) body = c;
  }
  if (!body) {
    const keepHead = head;
    body = new LiteElement('body', 'BODY', {}, HTML_NS);
    adoptChildren(html, body, (n) => n === keepHead);
    html.appendChild(body);
  }
  doc.head = head;
  doc.body = body;
}

/** Upper-case tag names, made once per name (an element's tagName needs one). */
const UPPER = new Map<string, string>();
const upper = (name: string): string => {
  let u = UPPER.get(name);
  if (u === undefined) {
    u = name.toUpperCase();
    if (UPPER.size < 4096) UPPER.set(name, u);
  }
  return u;
};

/** Parses an HTML string into a read-only lite Document (typed as a DOM Document for core/parse). */
export function buildLiteDocument(html: string): LiteDocument {
  const doc = new LiteDocument();
  let node: LiteParent = doc;
  // Namespace of the element being built: svg / math subtrees keep their case-sensitive tag names (as browsers do).
  let foreign = 0;
  const parser = new LinearParser(
    {
      onopentag(name, attributes) {
        const inSvg = foreign > 0 || name === 'svg' || name === 'math';
        const ns = !inSvg ? HTML_NS : name === 'math' || (node as LiteElement).namespaceURI === MATHML_NS ? MATHML_NS : SVG_NS;
        if (inSvg) foreign++;
        const el = new LiteElement(name, inSvg ? name : upper(name), attributes, ns);
        node.appendChild(el);
        node = el;
      },
      onclosetag() {
        if (foreign > 0) foreign--;
        node = node.parentNode ?? doc;
      },
      ontext(text) {
        const last = node.lastChild;
        if (last && last.nodeType === 3) (last as LiteText).data += text;
        else node.appendChild(new LiteText(text));
      },
      oncomment(data) {
        node.appendChild(new LiteComment(data));
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  shape(doc);
  return doc;
}

/** The lite Document as the standard DOM type core/parse is written against (it implements the part core reads). */
export function parseLiteDocument(html: string): Document {
  return buildLiteDocument(html) as unknown as Document;
}
