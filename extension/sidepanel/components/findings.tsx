import type { Review, ReviewStatus } from '../../../core/model/capture.ts';
import type { Finding, Lang, Severity } from '../../../core/model/finding.ts';
import { TABLE_LABELS } from '../../../core/i18n/labels.ts';
import { rulesById } from '../../../core/rules/index.ts';
import { t } from '../../shared/ui-messages.ts';
import { FindingItem } from './finding-item.tsx';

export type GroupBy = 'table' | 'rule';
export type StatusFilter = 'all' | ReviewStatus;

interface Row {
  finding: Finding;
  key: string;
  located: boolean;
}

function groupOf(row: Row, by: GroupBy, lang: Lang): string {
  if (by === 'rule') return rulesById.get(row.finding.ruleId)?.meta.docs[lang].name ?? row.finding.ruleId;
  const table = row.finding.cells[0]?.table ?? row.finding.related[0]?.table;
  if (table) return TABLE_LABELS[table][lang];
  return row.finding.text.length ? t(lang, 'panel.group.prose') : t(lang, 'panel.group.other');
}

export interface FindingsProps {
  lang: Lang;
  findings: Finding[];
  keys: string[];
  located: boolean[];
  reviews: Map<string, Review>;
  shown: Set<Severity>;
  status: StatusFilter;
  groupBy: GroupBy;
  selectedKey: string | null;
  onLocate: (key: string) => void;
  onReview: (key: string, review: { status: ReviewStatus; reason?: string; note?: string }) => void;
}

/** Findings filtered by severity and review status, grouped by table or by rule. */
export function Findings(props: FindingsProps) {
  const { lang, findings, keys, located, reviews, shown, status, groupBy, selectedKey } = props;
  if (!findings.length) return <p class="empty">{t(lang, 'panel.noFindingsAtAll')}</p>;
  const rows: Row[] = findings
    .map((finding, i) => ({ finding, key: keys[i], located: located[i] ?? false }))
    .filter((r) => shown.has(r.finding.severity) && (status === 'all' || (reviews.get(r.key)?.status ?? 'open') === status));
  if (!rows.length) return <p class="empty">{t(lang, 'panel.noFindings')}</p>;
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const name = groupOf(row, groupBy, lang);
    groups.set(name, [...(groups.get(name) ?? []), row]);
  }
  return (
    <div class="findings">
      {[...groups].map(([name, items]) => (
        <section class="group" key={name}>
          <h3>
            {name} <span class="group-count">{items.length}</span>
          </h3>
          <ul>
            {items.map((row) => (
              <FindingItem
                key={row.key}
                lang={lang}
                finding={row.finding}
                findingKey={row.key}
                located={row.located}
                selected={row.key === selectedKey}
                review={reviews.get(row.key)}
                onLocate={() => props.onLocate(row.key)}
                onReview={(review) => props.onReview(row.key, review)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
