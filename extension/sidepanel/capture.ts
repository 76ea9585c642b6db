import type { Capture, Review } from '../../core/model/capture.ts';
import { CaptureSchema } from '../../core/model/capture.ts';
import { reportHash } from '../../core/model/report-hash.ts';
import type { Analysis } from '../messaging.ts';

/** Builds a capture of the analysed report: parsed report, findings, review states, the page HTML, URL and time. */
export function buildCapture(analysis: Analysis, html: string, reviews: Iterable<Review>, rulesVersion: string, now = new Date()): Capture {
  if (!analysis.report) throw new Error('no report to capture');
  return CaptureSchema.parse({
    id: crypto.randomUUID(),
    url: analysis.url,
    capturedAt: now.toISOString(),
    contentHash: reportHash(analysis.report),
    html,
    report: analysis.report,
    findings: analysis.findings,
    reviews: [...reviews],
    rulesVersion,
  });
}
