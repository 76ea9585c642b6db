/**
 * Splits a library file's UTF-8 bytes into its envelope and one byte range per capture, without decoding the whole
 * file into one string: a 10,000-report file (≈ 600 MB) is close to the longest string JavaScript can hold, and one
 * JSON.parse of it keeps every report twice in memory. Each capture is then decoded and parsed on its own.
 * Returns null when the bytes are not a plainly structured JSON object with a "captures" array of objects; the
 * caller then reads the file the ordinary way, which also gives the exact error for a broken file.
 */
export interface LibrarySplit {
  /** The file's JSON text with the captures array emptied ([]). */
  envelope: string;
  /** [start, end) byte offsets of each capture object. */
  captures: [number, number][];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * The offset of the quote that closes a string whose text starts at `from`, or -1. Strings are most of a library
 * file's bytes (report texts): the native indexOf finds each candidate quote, which closes the string when an even
 * number of backslashes precedes it (the same rule as a byte-by-byte scan where a backslash skips the next byte).
 */
export function closingQuote(bytes: Uint8Array, from: number): number {
  for (let at = from; ; ) {
    const q = bytes.indexOf(QUOTE, at);
    if (q < 0) return -1;
    let slashes = 0;
    for (let k = q - 1; k >= from && bytes[k] === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return q;
    at = q + 1;
  }
}

export function splitLibraryBytes(bytes: Uint8Array): LibrarySplit | null {
  const n = bytes.length;
  let i = 0;
  if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3; // BOM
  while (i < n && isSpace(bytes[i])) i++;
  if (bytes[i] !== OPEN_OBJECT) return null;
  const first = i;
  let depth = 0;
  let keyStart = -1;
  let lastKey = '';
  let arrayOpen = -1; // offset of the captures '['
  let arrayClose = -1;
  let elementStart = -1;
  const captures: [number, number][] = [];
  const decoder = new TextDecoder('utf-8');
  for (; i < n; i++) {
    const b = bytes[i];
    if (b === QUOTE) {
      const start = i;
      i = closingQuote(bytes, i + 1);
      if (i < 0) return null;
      if (depth === 1) {
        keyStart = start;
        lastKey = decoder.decode(bytes.subarray(start + 1, i));
      } else if (depth === 2 && arrayOpen >= 0 && arrayClose < 0 && elementStart < 0) return null; // a string where a capture object belongs
      continue;
    }
    if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      if (depth === 1 && b === OPEN_ARRAY && lastKey === 'captures' && keyStart >= 0) {
        if (arrayOpen >= 0) return null; // two "captures" keys
        arrayOpen = i;
      } else if (depth === 2 && arrayOpen >= 0 && arrayClose < 0) {
        if (b !== OPEN_OBJECT) return null;
        elementStart = i;
      }
      depth++;
      continue;
    }
    if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      depth--;
      if (depth < 0) return null;
      if (depth === 2 && elementStart >= 0 && arrayClose < 0 && arrayOpen >= 0) {
        if (b !== CLOSE_OBJECT) return null;
        captures.push([elementStart, i + 1]);
        elementStart = -1;
      } else if (depth === 1 && arrayOpen >= 0 && arrayClose < 0) {
        if (b !== CLOSE_ARRAY) return null;
        arrayClose = i;
      } else if (depth === 0) {
        i++;
        break;
      }
      continue;
    }
    if (depth === 1 && b !== COMMA && !isSpace(b) && b !== 0x3a) keyStart = -1; // a value other than a string or container
    else if (depth === 2 && arrayOpen >= 0 && arrayClose < 0 && b !== COMMA && !isSpace(b)) return null; // e.g. null, 1
  }
  if (depth !== 0 || arrayOpen < 0 || arrayClose < 0) return null;
  for (; i < n; i++) if (!isSpace(bytes[i])) return null;
  const envelope = decoder.decode(bytes.subarray(first, arrayOpen + 1)) + decoder.decode(bytes.subarray(arrayClose, n));
  return { envelope, captures };
}
