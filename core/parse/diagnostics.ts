import type { Diagnostic } from '../model/report.ts';

/** Collects diagnostics; codes are stable ids (the UI renders them through the i18n catalogue). */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  add(level: Diagnostic['level'], code: string, detail: string, data: Record<string, unknown> = {}): void {
    this.list.push({ level, code, detail, data });
  }
}
