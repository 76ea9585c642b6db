import { useEffect, useRef, useState } from 'preact/hooks';
import type { Review, ReviewStatus } from '../../../core/model/capture.ts';
import type { Finding, Lang } from '../../../core/model/finding.ts';
import { cellLabel } from '../../../core/i18n/labels.ts';
import { explain } from '../../shared/explain.ts';
import { SEVERITY_ICON } from '../../shared/severity.ts';
import { t } from '../../shared/ui-messages.ts';

export interface FindingItemProps {
  lang: Lang;
  finding: Finding;
  findingKey: string;
  located: boolean;
  selected: boolean;
  review: Review | undefined;
  onLocate: () => void;
  onReview: (review: { status: ReviewStatus; reason?: string; note?: string }) => void;
}

/** One finding: what is wrong, where, and the review controls (confirm / dismiss with a reason / note). */
export function FindingItem(props: FindingItemProps) {
  const { lang, finding, findingKey, located, selected, review, onLocate, onReview } = props;
  const status = review?.status ?? 'open';
  const [mode, setMode] = useState<'none' | 'dismiss' | 'note'>('none');
  const [reason, setReason] = useState(review?.reason ?? '');
  const [note, setNote] = useState(review?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLLIElement>(null);
  const info = explain(finding, lang);
  const ruleName = info.ruleName;

  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const dismiss = () => {
    if (!reason.trim()) {
      setError(t(lang, 'review.reasonRequired'));
      return;
    }
    onReview({ status: 'dismissed', reason: reason.trim(), note: review?.note });
    setMode('none');
    setError(null);
  };

  return (
    <li ref={ref} class={`finding sev-${finding.severity} status-${status}${selected ? ' selected' : ''}`} data-key={findingKey} data-rule={finding.ruleId} aria-current={selected ? 'true' : undefined}>
      <button type="button" class="locate" onClick={onLocate} disabled={!located} title={located ? t(lang, 'panel.locate') : t(lang, 'panel.notLocated')}>
        <span class="icon" aria-hidden="true">{SEVERITY_ICON[finding.severity]}</span>
        <span class="sr-only">{t(lang, `severity.${finding.severity}`)}</span>
        <span class="body">
          <span class="rule">{ruleName}</span>
          <span class="message">{finding.message}</span>
          {finding.cells.length > 0 && <span class="where">{finding.cells.map((c) => cellLabel(c, lang)).join(lang === 'en' ? '; ' : '；')}</span>}
          {!located && <span class="where unlocated">{t(lang, 'panel.notLocated')}</span>}
        </span>
      </button>
      {(info.expected !== null || info.why) && (
        <details class="explain">
          <summary>{t(lang, 'popover.why')}</summary>
          {(info.expected !== null || info.actual !== null) && (
            <p class="values">
              {info.expected !== null && <span>{`${t(lang, 'popover.expected')}：${info.expected}`}</span>}
              {info.actual !== null && <span>{`${t(lang, 'popover.actual')}：${info.actual}`}</span>}
            </p>
          )}
          {info.why && <p>{info.why}</p>}
          {info.fix && <p>{`${t(lang, 'popover.fix')}：${info.fix}`}</p>}
        </details>
      )}
      <div class="review">
        <span class={`status status-${status}`}>{t(lang, `review.status.${status}`)}</span>
        {status !== 'confirmed' && (
          <button type="button" class="confirm" onClick={() => onReview({ status: 'confirmed', note: review?.note })}>
            {t(lang, 'review.confirm')}
          </button>
        )}
        {status !== 'dismissed' && (
          <button type="button" class="dismiss" onClick={() => setMode(mode === 'dismiss' ? 'none' : 'dismiss')}>
            {t(lang, 'review.dismiss')}
          </button>
        )}
        {status !== 'open' && (
          <button type="button" class="reopen" onClick={() => onReview({ status: 'open', note: review?.note })}>
            {t(lang, 'review.reopen')}
          </button>
        )}
        <button type="button" class="note-toggle" onClick={() => setMode(mode === 'note' ? 'none' : 'note')}>
          {t(lang, 'review.note')}
        </button>
      </div>
      {status === 'dismissed' && review?.reason && <p class="reason">{`${t(lang, 'review.reason')}：${review.reason}`}</p>}
      {review?.note && mode !== 'note' && <p class="note">{`${t(lang, 'review.note')}：${review.note}`}</p>}
      {mode === 'dismiss' && (
        <form class="inline-form" onSubmit={(e) => { e.preventDefault(); dismiss(); }}>
          <label>
            {t(lang, 'review.reason')}
            <input name="reason" value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} aria-required="true" />
          </label>
          {error && <p class="error" role="alert">{error}</p>}
          <button type="submit">{t(lang, 'review.save')}</button>
          <button type="button" onClick={() => setMode('none')}>{t(lang, 'review.cancel')}</button>
        </form>
      )}
      {mode === 'note' && (
        <form class="inline-form" onSubmit={(e) => { e.preventDefault(); onReview({ status, reason: review?.reason, note: note.trim() || undefined }); setMode('none'); }}>
          <label>
            {t(lang, 'review.note')}
            <textarea name="note" rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          </label>
          <button type="submit">{t(lang, 'review.saveNote')}</button>
          <button type="button" onClick={() => setMode('none')}>{t(lang, 'review.cancel')}</button>
        </form>
      )}
    </li>
  );
}
