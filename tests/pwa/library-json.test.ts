import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_TYPE, LIBRARY_FILE_VERSION, parseLibraryFile } from '../../core/index.ts';
import { unpackCapture } from '../../pwa/db/library-file-v2.ts';
import { validateLibraryJson } from '../../pwa/import/library-json.ts';
import { capture } from './capture-helpers.ts';

const envelope = (captures: unknown[], extra: Record<string, unknown> = {}) => ({
  type: LIBRARY_FILE_TYPE,
  version: LIBRARY_FILE_VERSION,
  exportedAt: 'x',
  app: { name: 't', version: '1' },
  captures,
  agencies: [{ name: '某县人民政府', region: '某省' }],
  ...extra,
});

describe('validateLibraryJson (one parse, captures checked one by one)', () => {
  it('gives the same file as core parseLibraryFile for a valid file', () => {
    const json = envelope([capture(), capture({ year: 2022 })], { agencies: undefined });
    const ours = validateLibraryJson(JSON.parse(JSON.stringify(json)));
    const core = parseLibraryFile(JSON.stringify(json));
    expect(ours.ok).toBe(true);
    // The import keeps the reports packed (the form the library stores): unpacked, they are core's.
    expect(ours.ok && { ok: true, file: { ...ours.file, captures: ours.file.captures.map(unpackCapture) } }).toEqual(core);
    expect(ours.ok && ours.file.agencies).toEqual([]);
  });

  it('gives the same verdict and message as core for broken files', () => {
    const badCapture = capture({ year: 2022 }) as unknown as Record<string, unknown>;
    (badCapture.report as Record<string, unknown>).year = '2022年';
    const cases: unknown[] = [
      envelope([capture(), badCapture]),
      envelope([capture()], { version: 99 }),
      envelope([capture()], { agencies: [{ name: '' }] }),
      envelope([badCapture], { agencies: [{ name: '' }] }),
      { ...envelope([]), captures: 'nope' },
      [],
      null,
    ];
    for (const c of cases) {
      const ours = validateLibraryJson(JSON.parse(JSON.stringify(c)));
      const core = parseLibraryFile(JSON.stringify(c));
      expect(core.ok).toBe(false);
      expect(ours, JSON.stringify(c).slice(0, 80)).toEqual(core);
    }
  });

  it('reports progress as captures are checked', () => {
    const calls: [number, number][] = [];
    const caps = Array.from({ length: 5 }, (_, i) => capture({ year: 2015 + i }));
    validateLibraryJson(JSON.parse(JSON.stringify(envelope(caps))), (d, t) => calls.push([d, t]), 2);
    expect(calls).toEqual([[2, 5], [4, 5], [5, 5]]);
  });
});
