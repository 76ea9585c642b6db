import { SEVERITY_ORDER, type Finding, type Severity } from '../../core/index.ts';
import { findingMessage } from '../engine/finding-text.ts';
import { useT } from '../state/prefs.ts';
import { SEVERITY_ICON } from './severity.tsx';

interface Mark {
  start: number;
  end: number;
  severity: Severity;
  message: string;
}

/** Splits [start,end) of the text into plain and marked pieces (marks may overlap: the worst severity wins). */
export function markPieces(text: string, start: number, end: number, marks: readonly Mark[]) {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    cuts.add(Math.max(m.start, start));
    cuts.add(Math.min(m.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: { text: string; marks: Mark[] }[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a === b) continue;
    pieces.push({ text: text.slice(a, b), marks: marks.filter((m) => m.start < b && m.end > a) });
  }
  return pieces;
}

/** The report prose as text (never HTML), paragraph by paragraph, with the sentences at fault marked. */
export function Prose({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const { t, lang } = useT();
  if (!text.trim()) return <p class="muted">{t('report.proseEmpty')}</p>;
  const marks: Mark[] = [];
  for (const f of findings) for (const a of f.text) marks.push({ start: a.start, end: a.end, severity: f.severity, message: findingMessage(f, lang) });
  const paragraphs: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return (
    <div class="prose" data-testid="prose">
      {paragraphs.map((p) => (
        <p key={p.start}>
          {markPieces(text, p.start, p.end, marks).map((piece, i) => {
            if (!piece.marks.length) return piece.text;
            const worst = piece.marks.reduce((a, b) => (SEVERITY_ORDER[b.severity] < SEVERITY_ORDER[a.severity] ? b : a));
            return (
              <mark key={i} class={`flag-${worst.severity}`} title={piece.marks.map((m) => m.message).join('\n')}>
                <span class="cell-icon" aria-hidden="true">{SEVERITY_ICON[worst.severity]}</span>
                {piece.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
