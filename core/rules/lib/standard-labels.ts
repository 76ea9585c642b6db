import type { TableKey } from '../../model/keys.ts';
import { labelKey } from './text.ts';

/**
 * The format's own labels (report-format.md §3–§6), as printed, per canonical key. The first is the standard text;
 * the others are accepted variants. Compared with labelKey() (Chinese characters only), by containment.
 */
const ROWS: Record<TableKey, Record<string, string[]>> = {
  active: {
    regulations: ['规章'],
    normativeDocuments: ['行政规范性文件', '规范性文件'],
    licensing: ['行政许可'],
    otherServices: ['其他对外管理服务事项'],
    penalties: ['行政处罚'],
    coercion: ['行政强制'],
    fees: ['行政事业性收费'],
    procurement: ['政府集中采购'],
  },
  applications: {
    received: ['本年新收政府信息公开申请数量'],
    carriedOver: ['上年结转政府信息公开申请数量'],
    granted: ['予以公开'],
    partlyGranted: ['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'],
    'denied.stateSecret': ['属于国家秘密'],
    'denied.lawProhibited': ['其他法律行政法规禁止公开'],
    'denied.securityStability': ['危及“三安全一稳定”'],
    'denied.thirdPartyRights': ['保护第三方合法权益'],
    'denied.internalAffairs': ['属于三类内部事务信息'],
    'denied.processInfo': ['属于四类过程性信息'],
    'denied.enforcementFile': ['属于行政执法案卷'],
    'denied.adminQuery': ['属于行政查询事项'],
    'unavailable.notHeld': ['本机关不掌握相关政府信息'],
    'unavailable.needsCreation': ['没有现成信息需要另行制作'],
    'unavailable.unclear': ['补正后申请内容仍不明确'],
    'notProcessed.complaint': ['信访举报投诉类申请'],
    'notProcessed.duplicate': ['重复申请'],
    'notProcessed.publication': ['要求提供公开出版物'],
    'notProcessed.excessive': ['无正当理由大量反复申请'],
    'notProcessed.confirmation': ['要求行政机关确认或重新出具已获取信息'],
    'other.noCorrection': ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    'other.unpaidFee': ['申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    'other.other': ['其他'],
    'other.combined': ['其他处理'],
    resultsTotal: ['总计'],
    carriedForward: ['结转下年度继续办理'],
  },
  reviewLitigation: {
    review: ['行政复议'],
    litigationDirect: ['未经复议直接起诉'],
    litigationAfterReview: ['复议后起诉'],
  },
};

const COLUMNS: Record<TableKey, Record<string, string[]>> = {
  active: {
    issued: ['本年制发件数'],
    repealed: ['本年废止件数'],
    inForce: ['现行有效件数'],
    decisions: ['本年处理决定数量', '处理决定数量'],
    amountWan: ['本年收费金额（单位：万元）', '本年收费金额（万元）'],
    made: ['本年新制作数量'],
    published: ['本年新公开数量'],
    total: ['对外公开总数量'],
    previousCount: ['上一年项目数量'],
    change: ['本年增/减'],
    projects: ['采购项目数量'],
    amount: ['采购总金额'],
  },
  applications: {
    naturalPerson: ['自然人'],
    commercial: ['商业企业'],
    research: ['科研机构'],
    publicInterest: ['社会公益组织'],
    legalService: ['法律服务机构'],
    otherOrg: ['其他'],
    total: ['总计'],
  },
  reviewLitigation: {
    upheld: ['结果维持'],
    corrected: ['结果纠正'],
    other: ['其他结果'],
    pending: ['尚未审结'],
    total: ['总计'],
  },
};

const KEYS = (m: Record<TableKey, Record<string, string[]>>) =>
  Object.fromEntries(
    Object.entries(m).map(([t, rows]) => [t, Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.map(labelKey)]))]),
  ) as Record<TableKey, Record<string, string[]>>;
const ROW_KEYS = KEYS(ROWS);
const COLUMN_KEYS = KEYS(COLUMNS);

export function standardRowLabel(table: TableKey, row: string): string | undefined {
  return ROWS[table][row]?.[0];
}
export function standardColumnLabel(table: TableKey, col: string): string | undefined {
  return COLUMNS[table][col]?.[0];
}

/** True when the printed label holds the format's label (or an accepted variant); undefined when the key has none. */
export function matchesStandard(kind: 'row' | 'column', table: TableKey, key: string, raw: string): boolean | undefined {
  const accepted = (kind === 'row' ? ROW_KEYS : COLUMN_KEYS)[table][key];
  if (!accepted) return undefined;
  const got = labelKey(raw);
  if (!got) return true; // nothing printed to compare (e.g. a label cell shared with a span)
  return accepted.some((a) => got.includes(a));
}
