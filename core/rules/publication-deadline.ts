import { defineRule } from './define-rule.ts';
import { agencyKind, findSignatureDate, isoDate, type AgencyKind } from './lib/dates.ts';

type Cutoffs = Partial<Record<AgencyKind, string>>;

const MM_DD = /^\d{2}-\d{2}$/;

/** The cut-off (MM-DD in Y+1) for this report: locality override, then kind default; before 2019 everyone had 03-31. */
function cutoff(year: number, kind: AgencyKind, name: string, options: Record<string, unknown>): string {
  if (year <= 2018) return String(options.legacyDeadline ?? '03-31');
  const localities = (options.localities ?? {}) as Record<string, Cutoffs>;
  for (const [place, cut] of Object.entries(localities)) {
    const value = cut?.[kind];
    if (place && name.includes(place) && typeof value === 'string' && MM_DD.test(value)) return value;
  }
  return String(kind === 'government' ? (options.governmentDeadline ?? '03-31') : (options.departmentDeadline ?? '01-31'));
}

/**
 * Publication date in Y+1 and by the statutory cut-off (条例第四十九条): departments 31 Jan, governments 31 Mar
 * (report-format.md §8.4). Cut-offs are options, per locality too. Publication in year Y or earlier is impossible.
 */
export default defineRule({
  id: 'publication-deadline',
  meta: {
    category: 'dates',
    defaultSeverity: 'error',
    defaultOptions: {
      governmentDeadline: '03-31',
      departmentDeadline: '01-31',
      legacyDeadline: '03-31',
      /** 'auto' infers the kind from the agency name (人民政府 / 政府办 / 管委会 → government). */
      agencyKind: 'auto',
      /** Local cut-offs by place name found in the agency or title, e.g. { "怀化": { "department": "01-28" } }. */
      localities: {},
    },
    docs: {
      'zh-CN': {
        name: '按时发布',
        description: '《条例》第四十九条：县级以上人民政府部门应在每年1月31日前、县级以上地方人民政府应在每年3月31日前公布上一年度报告（各地可能更早，可在设置中调整）。报告年度当年或更早的发布日期不可能是完整年度的报告。',
        fix: '按期发布年度报告；若发布日期有误，更正页面上的发布日期。',
      },
      en: {
        name: 'Published on time',
        description: 'Regulation art. 49: government departments publish the previous year’s report by 31 January, local governments by 31 March (local rules may be earlier; adjustable in the settings). A date within the reporting year itself is impossible for a full-year report.',
        fix: 'Publish the report on time; if the date shown is wrong, correct it.',
      },
    },
  },
  messages: {
    'zh-CN': {
      lateGovernment: '发布日期 {published} 晚于人民政府年度报告的公布期限 {deadline}',
      lateDepartment: '发布日期 {published} 晚于政府部门年度报告的公布期限 {deadline}',
      signatureLate: '落款日期 {published} 已晚于公布期限 {deadline}',
      impossible: '发布日期 {published} 早于 {year} 年度结束，完整年度的报告不可能在此时发布',
    },
    en: {
      lateGovernment: 'Published {published}, after the deadline for government reports ({deadline})',
      lateDepartment: 'Published {published}, after the deadline for department reports ({deadline})',
      signatureLate: 'Signed {published}, already after the deadline ({deadline})',
      impossible: 'Published {published}, before the end of {year}: a full-year report cannot be published then',
    },
  },
  appliesTo: (report) => report.year !== null,
  check(ctx) {
    const { year, published, agency, title } = ctx.report;
    if (year === null) return;
    const name = agency ?? title;
    const setting = ctx.options.agencyKind;
    const kind: AgencyKind = setting === 'government' || setting === 'department' ? setting : agencyKind(name);
    const deadline = `${year + 1}-${cutoff(year, kind, name + title, ctx.options)}`;
    if (published) {
      if (Number(published.slice(0, 4)) <= year) {
        ctx.fail({ messageId: 'impossible', data: { published, year }, expected: `> ${year}-12-31`, actual: published });
        return;
      }
      if (published > deadline) {
        ctx.fail({
          messageId: kind === 'government' ? 'lateGovernment' : 'lateDepartment',
          data: { published, deadline },
          severity: 'warning',
          expected: `≤ ${deadline}`,
          actual: published,
        });
      }
      return;
    }
    const signed = findSignatureDate(ctx.report);
    if (!signed) return ctx.notApplicable('no-publication-date');
    const date = isoDate(signed.year, signed.month, signed.day ?? 1);
    if (signed.year > year && date > deadline) {
      ctx.fail({ messageId: 'signatureLate', data: { published: date, deadline }, severity: 'warning', text: [signed.anchor], expected: `≤ ${deadline}`, actual: date });
    }
  },
});
