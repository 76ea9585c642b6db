import { useState } from 'preact/hooks';
import { getDb, libraryChanged } from '../db/instance.ts';
import { saveReview, type ReviewInput } from '../db/queries/index.ts';
import type { FindingRow, ReviewRow } from '../db/records.ts';
import { cellsText, findingMessage, ruleDocs, showValue } from '../engine/finding-text.ts';
import { reviewerStore, useT } from '../state/prefs.ts';
import { useStore } from '../state/store.ts';
import { notifyError } from './notice.tsx';
import { SeverityBadge } from './severity.tsx';

/** One finding with its evidence and the review actions (confirm / dismiss with a reason / reopen, notes). */
export function FindingItem({ finding, review, onSaved }: { finding: FindingRow; review: ReviewRow | undefined; onSaved: () => void }) {
  const { t, lang } = useT();
  const reviewer = useStore(reviewerStore);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState(review?.reason ?? '');
  const [note, setNote] = useState(review?.note ?? '');
  const [reasonError, setReasonError] = useState(false);
  const status = review?.status ?? 'open';
  const docs = ruleDocs(finding.ruleId, lang);

  const save = async (input: Omit<ReviewInput, 'reviewer'>) => {
    try {
      await saveReview(getDb(), finding, { ...input, reviewer });
      libraryChanged();
      onSaved();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <li class={`finding finding-${finding.severity} review-${status}`} data-testid="finding" data-rule={finding.ruleId} data-status={status}>
      <div class="finding-head">
        <SeverityBadge severity={finding.severity} />
        {finding.outcome === 'needs-review' && <span class="tag">{t('finding.needsReview')}</span>}
        <span class="finding-msg">{findingMessage(finding, lang)}</span>
        <span class={`status-pill status-${status}`}>{t(`review.${status}`)}</span>
      </div>
      <div class="finding-meta muted">
        <code>{finding.ruleId}</code>
        {finding.cells.length > 0 && <span> · {t('finding.cells', { cells: cellsText(finding, lang) })}</span>}
        {finding.expected !== undefined && <span> · {t('finding.expected', { v: showValue(finding.expected) })}</span>}
        {finding.actual !== undefined && <span> · {t('finding.actual', { v: showValue(finding.actual) })}</span>}
      </div>
      {docs && (
        <details class="finding-docs">
          <summary>{t('finding.docs')}: {docs.name}</summary>
          <p>{docs.description}</p>
          <p>{t('finding.fix', { fix: docs.fix })}</p>
        </details>
      )}
      {review && (
        <div class="muted small">
          {t('finding.reviewedBy', { status: t(`review.${status}`), reviewer: review.reviewer || t('finding.anonymous'), at: review.updatedAt.slice(0, 16).replace('T', ' ') })}
          {review.reason && <span> · {review.reason}</span>}
        </div>
      )}
      <div class="finding-actions no-print">
        {status !== 'confirmed' && (
          <button type="button" onClick={() => save({ status: 'confirmed', note })} data-testid="confirm">
            {t('finding.confirm')}
          </button>
        )}
        {status !== 'dismissed' && !dismissing && (
          <button type="button" onClick={() => setDismissing(true)} data-testid="dismiss">
            {t('finding.dismiss')}
          </button>
        )}
        {status !== 'open' && (
          <button type="button" class="secondary" onClick={() => save({ status: 'open', note })}>
            {t('finding.reopen')}
          </button>
        )}
        <input
          type="text"
          class="note-input"
          placeholder={t('finding.note')}
          aria-label={t('finding.note')}
          value={note}
          onInput={(e) => setNote((e.target as HTMLInputElement).value)}
        />
        <button type="button" class="secondary" disabled={note === (review?.note ?? '')} onClick={() => save({ status, reason: review?.reason, note })}>
          {t('finding.saveNote')}
        </button>
      </div>
      {dismissing && (
        <form
          class="dismiss-form no-print"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return setReasonError(true);
            setDismissing(false);
            void save({ status: 'dismissed', reason, note });
          }}
        >
          <input
            type="text"
            placeholder={t('finding.reason')}
            aria-label={t('finding.reason')}
            value={reason}
            onInput={(e) => {
              setReason((e.target as HTMLInputElement).value);
              setReasonError(false);
            }}
            data-testid="dismiss-reason"
          />
          <button type="submit">{t('finding.dismiss')}</button>
          <button type="button" class="secondary" onClick={() => setDismissing(false)}>
            {t('common.cancel')}
          </button>
          {reasonError && <span class="error-text">{t('finding.reasonRequired')}</span>}
        </form>
      )}
    </li>
  );
}
