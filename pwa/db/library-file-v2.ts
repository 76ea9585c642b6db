import { LIBRARY_FILE_TYPE, type Capture, type LibraryFile } from '../../core/index.ts';
import { packReport, unpackReport, type PackedReport } from './pack-report.ts';

/**
 * Library file version 2 (docs/library-file.md): version 1's envelope and captures with each capture's `report` in
 * the packed form of pwa/db/pack-report.ts (≈ 3× smaller, canonical table keys and rule ids unchanged). The library
 * exports version 2 and imports 1 and 2; the extension still writes version 1 (core/export/library-file.ts).
 */
export const PACKED_LIBRARY_VERSION = 2;

export type PackedCapture = Omit<Capture, 'report'> & { report: PackedReport };

export interface PackedLibraryFile extends Omit<LibraryFile, 'version' | 'captures'> {
  version: typeof PACKED_LIBRARY_VERSION;
  captures: PackedCapture[];
}

export function packCapture(capture: Capture): PackedCapture {
  return { ...capture, report: packReport(capture.report) };
}

/** The capture a packed one stands for (its report unpacked). */
export function unpackCapture(capture: PackedCapture): Capture {
  return { ...capture, report: unpackReport(capture.report) };
}

export function packLibraryFile(file: LibraryFile): PackedLibraryFile {
  return { ...file, type: LIBRARY_FILE_TYPE, version: PACKED_LIBRARY_VERSION, captures: file.captures.map(packCapture) };
}
