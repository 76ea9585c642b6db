/** outerHTML / innerHTML of the lite DOM (HTML serialisation, iterative: deep trees never recurse). */
import type { LiteElement, LiteNode, LiteParent } from './nodes.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;');

function openTag(el: LiteElement): string {
  let out = `<${el.localName}`;
  for (const [k, v] of Object.entries(el.attributes)) out += ` ${k}="${escapeAttr(v)}"`;
  return `${out}>`;
}

/** Serialises the children of `root` (and `root` itself when `self`). */
function serialize(root: LiteParent, self: boolean): string {
  const parts: string[] = [];
  const start = (n: LiteNode): boolean => {
    if (n.nodeType === 3) {
      const parent = n.parentNode as LiteElement | null;
      parts.push(parent && parent.nodeType === 1 && RAW_TEXT.has(parent.localName) ? n.nodeValue ?? '' : escapeText(n.nodeValue ?? ''));
      return false;
    }
    if (n.nodeType === 8) {
      parts.push(`<!--${n.nodeValue ?? ''}-->`);
      return false;
    }
    if (n.nodeType !== 1) return false;
    const el = n as LiteElement;
    parts.push(openTag(el));
    if (VOID.has(el.localName)) return false;
    if (!el.firstChild) parts.push(`</${el.localName}>`);
    return el.firstChild !== null;
  };
  const end = (n: LiteNode): void => {
    if (n.nodeType === 1 && !VOID.has((n as LiteElement).localName)) parts.push(`</${(n as LiteElement).localName}>`);
  };
  if (self) {
    if (!start(root)) return parts.join('');
  }
  // Iterative pre-order walk with explicit closing when climbing back up.
  let n: LiteNode | null = root.firstChild;
  while (n) {
    const descend = start(n);
    if (descend) {
      n = (n as LiteParent).firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== root) end(n);
    }
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  if (self) end(root);
  return parts.join('');
}

export function serializeElement(el: LiteElement): string {
  return serialize(el, true);
}

export function serializeChildren(el: LiteParent): string {
  return serialize(el, false);
}
