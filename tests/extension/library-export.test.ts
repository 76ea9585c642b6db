import { describe, expect, it } from 'vitest';
import { buildLibraryFile, libraryFileName } from '../../extension/shared/library-export.ts';
import { parseLibraryFile } from '../../core/export/library-file.ts';
import { CaptureSchema, type Capture } from '../../core/model/capture.ts';
import { buildReport } from '../helpers/report-builder.ts';

function capture(id: string, agency: string | null): Capture {
  const report = { ...buildReport(), agency };
  return CaptureSchema.parse({ id, url: 'http://127.0.0.1/x', capturedAt: '2025-03-10T08:00:00.000Z', contentHash: 'abc', html: '<p>x</p>', report, findings: [], reviews: [], rulesVersion: '0.1.0' });
}

describe('buildLibraryFile', () => {
  it('produces a file the library import accepts, with distinct agencies', () => {
    const file = buildLibraryFile([capture('a', '平潭综合实验区'), capture('b', '平潭综合实验区'), capture('c', null)], '0.1.0', new Date('2025-03-10T09:30:00Z'));
    const parsed = parseLibraryFile(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.captures.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(parsed.file.agencies).toEqual([{ name: '平潭综合实验区' }]);
    expect(parsed.file.exportedAt).toBe('2025-03-10T09:30:00.000Z');
  });

  it('names files by date and time', () => {
    expect(libraryFileName(new Date(2025, 2, 9, 7, 5))).toBe('nianbao-library-20250309-0705.json');
  });
});
