/** Cheap gate before the costly parse (cf. Readability's isProbablyReaderable). STUB: replaced by the parser work. */
export function isProbablyReport(doc: Document): boolean {
  const title = doc.title ?? '';
  const text = doc.body?.textContent ?? '';
  return /信息公开.{0,6}年度?报告|信息公开年报/.test(title + text.slice(0, 5000));
}
