/** <head>, <body> and <title> found among the root's children (no whole-document walk, same in every DOM). */
export function documentParts(doc: Document): { head: Element | null; body: Element | null; title: string } {
  let head: Element | null = null;
  let body: Element | null = null;
  const root = doc.documentElement;
  for (let el = root?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'HEAD' && !head) head = el;
    else if ((tag === 'BODY' || tag === 'FRAMESET') && !body) body = el;
  }
  let title = '';
  for (let el = head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.tagName.toUpperCase() === 'TITLE') {
      title = el.textContent ?? '';
      break;
    }
  }
  return { head, body, title };
}
