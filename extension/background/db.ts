import { Dexie, type Table } from 'dexie';
import type { Capture, Review } from '../../core/model/capture.ts';

export interface CaptureRow {
  id: string;
  /** Agency name ('' when unknown) and reporting year (0 when unknown), indexed for the previous-year lookup. */
  agency: string;
  year: number;
  capturedAt: string;
  capture: Capture;
}

export interface ReviewRow {
  /** Page URL (without hash) + '#' + reportHash: reviews belong to one published content of one page. */
  reportKey: string;
  findingKey: string;
  review: Review;
}

/** The extension's own IndexedDB (in the service worker). Schema versions are only ever added. */
export class ExtensionDb extends Dexie {
  captures!: Table<CaptureRow, string>;
  reviews!: Table<ReviewRow, [string, string]>;

  constructor() {
    super('nianbao-extension');
    this.version(1).stores({
      captures: 'id, [agency+year], capturedAt',
      reviews: '[reportKey+findingKey], reportKey',
    });
  }
}

export const db = new ExtensionDb();
