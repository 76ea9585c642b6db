/**
 * Decodes a saved HTML page from bytes: BOM first, then <meta charset> / http-equiv in the first 4 KB, else UTF-8.
 * GBK / GB2312 / GB18030 are decoded as GB18030 (a superset). Uses the standard TextDecoder (browser and Node with ICU).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  let label = (match?.[1] ?? 'utf-8').toLowerCase();
  if (label === 'gb2312' || label === 'gbk' || label === 'x-gbk') label = 'gb18030';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
