import {
  COLUMN_LABELS,
  ROW_LABELS,
  SEVERITY_ORDER,
  TABLE_KEYS,
  TABLE_LABELS,
  type Cell,
  type Finding,
  type Report,
  type Severity,
  type TableKey,
} from '../../core/index.ts';
import { addressKey, compareAddresses } from '../../core/compare/index.ts';
import { findingMessage } from '../engine/finding-text.ts';
import { useT } from '../state/prefs.ts';
import { SEVERITY_ICON } from './severity.tsx';

interface Flag {
  severity: Severity;
  messages: string[];
}

/** Cell flags from findings: the cells at fault carry the worst severity; related cells are outlined. */
export function cellFlags(findings: readonly Finding[], lang: 'zh-CN' | 'en') {
  const flags = new Map<string, Flag>();
  const related = new Set<string>();
  for (const f of findings) {
    for (const c of f.cells) {
      const k = addressKey(c);
      const flag = flags.get(k);
      const msg = findingMessage(f, lang);
      if (!flag) flags.set(k, { severity: f.severity, messages: [msg] });
      else {
        flag.messages.push(msg);
        if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[flag.severity]) flag.severity = f.severity;
      }
    }
    for (const c of f.related) related.add(addressKey(c));
  }
  return { flags, related };
}

function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.value !== null && cell.semantics !== 'text') return cell.raw || String(cell.value);
  return cell.raw;
}

function groupRows(table: TableKey, rows: Record<string, Record<string, Cell>>) {
  const keys = Object.keys(rows).sort((a, b) => compareAddresses({ table, row: a, col: '' }, { table, row: b, col: '' }));
  const groups: { cols: string[]; rows: string[] }[] = [];
  for (const row of keys) {
    const cols = Object.keys(rows[row]).sort((a, b) => compareAddresses({ table, row, col: a }, { table, row, col: b }));
    const sig = cols.join('|');
    const last = groups[groups.length - 1];
    if (last && last.cols.join('|') === sig) last.rows.push(row);
    else groups.push({ cols, rows: [row] });
  }
  return groups;
}

/** The three tables rendered from parsed data (never from stored HTML), flagged cells coloured with an icon. */
export function ReportTables({ report, findings }: { report: Report; findings: readonly Finding[] }) {
  const { t, lang } = useT();
  const { flags, related } = cellFlags(findings, lang);
  return (
    <div class="report-tables">
      {TABLE_KEYS.map((table) => {
        const rows = report.tables[table];
        const found = Object.keys(rows).length > 0;
        return (
          <section key={table} class="rt" data-testid={`table-${table}`}>
            <h3>{TABLE_LABELS[table][lang]}</h3>
            {!found && <p class="muted">{t('report.tableMissing')}</p>}
            {groupRows(table, rows).map((group) => (
              <div class="table-scroll" key={group.rows[0]}>
                <table class="data">
                  <thead>
                    <tr>
                      <th />
                      {group.cols.map((c) => (
                        <th key={c} scope="col">
                          {report.tableInfo[table].columnLabels[c]?.raw || COLUMN_LABELS[table][c]?.[lang] || c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {group.rows.map((row) => (
                      <tr key={row}>
                        <th scope="row">{ROW_LABELS[table][row]?.[lang] ?? report.tableInfo[table].rowLabels[row]?.raw ?? row}</th>
                        {group.cols.map((col) => {
                          const k = addressKey({ table, row, col });
                          const flag = flags.get(k);
                          const cell = rows[row][col];
                          const cls = [
                            'num',
                            flag ? `flag flag-${flag.severity}` : '',
                            !flag && related.has(k) ? 'related' : '',
                            cell && cell.semantics !== 'number' && cell.semantics !== 'zero' ? `sem-${cell.semantics}` : '',
                            cell?.confidence === 'low' ? 'low-confidence' : '',
                          ].join(' ');
                          return (
                            <td
                              key={col}
                              class={cls}
                              data-cell={k}
                              data-severity={flag?.severity}
                              title={flag ? flag.messages.map((m) => t('report.cell.flag', { sev: t(`severity.${flag.severity}`), msg: m })).join('\n') : undefined}
                            >
                              {flag && (
                                <span class="cell-icon" aria-label={t(`severity.${flag.severity}`)}>
                                  {SEVERITY_ICON[flag.severity]}
                                </span>
                              )}
                              {cellText(cell)}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
