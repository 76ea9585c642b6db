import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_TYPE, LIBRARY_FILE_VERSION, parseLibraryFile } from '../../core/index.ts';
import { readImportFile, type ImportEnv } from '../../pwa/import/read-file.ts';
import { unpackCapture } from '../../pwa/db/library-file-v2.ts';
import { closingQuote, splitLibraryBytes } from '../../pwa/import/split-library.ts';
import { capture } from './capture-helpers.ts';

const env: ImportEnv = { parseHtml: () => { throw new Error('no html'); }, runRules: () => [], rulesVersion: 't', now: 'x' };
const bytes = (s: string) => new TextEncoder().encode(s);

function tricky() {
  const c = capture({ agency: '某县"人民"政府\\{[', year: 2022 });
  c.html = '<p>]}{["\\n\\"captures\\": [1]</p>';
  c.reviews = [{ findingKey: 'k]}', status: 'dismissed', reason: '理由 "}]', updatedAt: 'x' }];
  return c;
}
const libraryText = (captures: unknown[], space?: number) =>
  JSON.stringify({ type: LIBRARY_FILE_TYPE, version: LIBRARY_FILE_VERSION, exportedAt: 'x', app: { name: 'captures', version: '1' }, captures, agencies: [{ name: '某县', region: '[某省]' }] }, null, space);

describe('splitting a library file into captures', () => {
  it('finds each capture, also with brackets, quotes and escapes inside strings, compact or indented', () => {
    const caps = [tricky(), capture({ year: 2023 }), capture({ year: 2024 })];
    for (const space of [undefined, 2]) {
      const b = bytes(libraryText(caps, space));
      const split = splitLibraryBytes(b)!;
      expect(split).not.toBeNull();
      const decoded = split.captures.map(([s, e]) => JSON.parse(new TextDecoder().decode(b.subarray(s, e))));
      expect(decoded).toEqual(JSON.parse(JSON.stringify(caps)));
      expect(JSON.parse(split.envelope)).toMatchObject({ type: LIBRARY_FILE_TYPE, captures: [], agencies: [{ region: '[某省]' }] });
    }
  });

  it('gives up (null) on anything but a well-formed object with a captures array of objects', () => {
    const good = libraryText([capture()]);
    expect(splitLibraryBytes(bytes(good.slice(0, good.length - 40)))).toBeNull(); // truncated
    expect(splitLibraryBytes(bytes(good + ' x'))).toBeNull(); // trailing garbage
    expect(splitLibraryBytes(bytes(`[${good}]`))).toBeNull();
    expect(splitLibraryBytes(bytes(libraryText([capture(), null])))).toBeNull();
    expect(splitLibraryBytes(bytes(libraryText([capture(), 'x'])))).toBeNull();
    expect(splitLibraryBytes(bytes('{"type":"x","captures":{"a":1}}'))).toBeNull();
    expect(splitLibraryBytes(bytes('{"type":"x"}'))).toBeNull();
    expect(splitLibraryBytes(bytes('{"captures":[],"captures":[]}'))).toBeNull();
    expect(splitLibraryBytes(bytes('\ufeff{"captures":[ ]}\n'))).toEqual({ envelope: '{"captures":[]}\n', captures: [] });
  });

  it('reads a library file the same way as a whole-file parse, and reports broken files the same way', () => {
    const caps = [tricky(), capture({ year: 2023 })];
    const fast = readImportFile('lib.json', bytes(libraryText(caps)), env);
    const core = parseLibraryFile(libraryText(caps));
    expect(fast.ok && core.ok).toBe(true);
    expect(fast.ok && fast.captures.map(unpackCapture)).toEqual(core.ok && core.file.captures);
    expect(fast.ok && fast.agencies).toEqual(core.ok && core.file.agencies);

    const bad = JSON.parse(libraryText(caps));
    bad.captures[1].report.year = '2023年';
    expect(readImportFile('lib.json', bytes(JSON.stringify(bad)), env)).toMatchObject({ ok: false, error: { id: 'import.error.schema', data: { detail: expect.stringContaining('captures.1.report.year') } } });
    // Structurally fine, but a capture's number is not JSON: the whole-file path names the JSON error.
    const text = libraryText(caps).replace('"year":2023', '"year":02023');
    expect(readImportFile('lib.json', bytes(text), env)).toMatchObject({ ok: false, error: { id: 'import.error.json' } });
  });

  it('finds the closing quote exactly where a byte-by-byte scan does (runs of backslashes, quotes, unterminated)', () => {
    /** The reference: a backslash skips the next byte. */
    const scan = (b: Uint8Array, from: number) => {
      let i = from;
      for (; i < b.length && b[i] !== 0x22; i++) if (b[i] === 0x5c) i++;
      return i >= b.length ? -1 : i;
    };
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = ['\\', '"', 'a', '字', '\\', '\\'];
    for (let t = 0; t < 5000; t++) {
      let text = '';
      for (let k = Math.floor(rnd() * 12); k > 0; k--) text += alphabet[Math.floor(rnd() * alphabet.length)];
      const b = bytes(text);
      const from = Math.floor(rnd() * (b.length + 1));
      expect(closingQuote(b, from), JSON.stringify([text, from])).toBe(scan(b, from));
    }
  });
});
