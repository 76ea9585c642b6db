import type { Lang } from '../model/finding.ts';
import type { TableKey } from '../model/keys.ts';

/** Display labels of canonical keys, for messages and UIs (not for parsing: see core/parse/labels). */
type LabelMap = Record<string, Record<Lang, string>>;

export const TABLE_LABELS: Record<TableKey, Record<Lang, string>> = {
  active: { 'zh-CN': '表二 主动公开', en: 'Table 2 (proactive disclosure)' },
  applications: { 'zh-CN': '表三 依申请公开', en: 'Table 3 (applications)' },
  reviewLitigation: { 'zh-CN': '表四 复议诉讼', en: 'Table 4 (review & litigation)' },
};

export const ROW_LABELS: Record<TableKey, LabelMap> = {
  active: {
    regulations: { 'zh-CN': '规章', en: 'Regulations' },
    normativeDocuments: { 'zh-CN': '行政规范性文件', en: 'Normative documents' },
    licensing: { 'zh-CN': '行政许可', en: 'Licensing' },
    otherServices: { 'zh-CN': '其他对外管理服务事项', en: 'Other public services' },
    penalties: { 'zh-CN': '行政处罚', en: 'Penalties' },
    coercion: { 'zh-CN': '行政强制', en: 'Coercive measures' },
    fees: { 'zh-CN': '行政事业性收费', en: 'Administrative fees' },
    procurement: { 'zh-CN': '政府集中采购', en: 'Central procurement' },
  },
  applications: {
    received: { 'zh-CN': '一、本年新收', en: 'I. Received this year' },
    carriedOver: { 'zh-CN': '二、上年结转', en: 'II. Carried over from last year' },
    granted: { 'zh-CN': '三（一）予以公开', en: 'III(1) Granted' },
    partlyGranted: { 'zh-CN': '三（二）部分公开', en: 'III(2) Partly granted' },
    'denied.stateSecret': { 'zh-CN': '三（三）1.国家秘密', en: 'III(3)1 State secret' },
    'denied.lawProhibited': { 'zh-CN': '三（三）2.其他法律行政法规禁止公开', en: 'III(3)2 Prohibited by other laws' },
    'denied.securityStability': { 'zh-CN': '三（三）3.危及“三安全一稳定”', en: 'III(3)3 Security and stability' },
    'denied.thirdPartyRights': { 'zh-CN': '三（三）4.保护第三方合法权益', en: 'III(3)4 Third-party rights' },
    'denied.internalAffairs': { 'zh-CN': '三（三）5.三类内部事务信息', en: 'III(3)5 Internal affairs' },
    'denied.processInfo': { 'zh-CN': '三（三）6.四类过程性信息', en: 'III(3)6 Process information' },
    'denied.enforcementFile': { 'zh-CN': '三（三）7.行政执法案卷', en: 'III(3)7 Enforcement files' },
    'denied.adminQuery': { 'zh-CN': '三（三）8.行政查询事项', en: 'III(3)8 Administrative queries' },
    'unavailable.notHeld': { 'zh-CN': '三（四）1.本机关不掌握', en: 'III(4)1 Not held' },
    'unavailable.needsCreation': { 'zh-CN': '三（四）2.需另行制作', en: 'III(4)2 Would need creating' },
    'unavailable.unclear': { 'zh-CN': '三（四）3.补正后仍不明确', en: 'III(4)3 Still unclear' },
    'notProcessed.complaint': { 'zh-CN': '三（五）1.信访举报投诉', en: 'III(5)1 Petitions and complaints' },
    'notProcessed.duplicate': { 'zh-CN': '三（五）2.重复申请', en: 'III(5)2 Duplicate' },
    'notProcessed.publication': { 'zh-CN': '三（五）3.公开出版物', en: 'III(5)3 Publications' },
    'notProcessed.excessive': { 'zh-CN': '三（五）4.大量反复申请', en: 'III(5)4 Excessive' },
    'notProcessed.confirmation': { 'zh-CN': '三（五）5.确认或重新出具', en: 'III(5)5 Confirmation' },
    'other.noCorrection': { 'zh-CN': '三（六）1.逾期不补正', en: 'III(6)1 No correction' },
    'other.unpaidFee': { 'zh-CN': '三（六）2.逾期未缴费', en: 'III(6)2 Fee unpaid' },
    'other.other': { 'zh-CN': '三（六）3.其他', en: 'III(6)3 Other' },
    'other.combined': { 'zh-CN': '三（六）其他处理', en: 'III(6) Other handling' },
    resultsTotal: { 'zh-CN': '三（七）总计', en: 'III(7) Total concluded' },
    carriedForward: { 'zh-CN': '四、结转下年度', en: 'IV. Carried forward' },
  },
  reviewLitigation: {
    review: { 'zh-CN': '行政复议', en: 'Administrative review' },
    litigationDirect: { 'zh-CN': '行政诉讼·未经复议直接起诉', en: 'Litigation, direct' },
    litigationAfterReview: { 'zh-CN': '行政诉讼·复议后起诉', en: 'Litigation after review' },
  },
};

export const COLUMN_LABELS: Record<TableKey, LabelMap> = {
  active: {
    issued: { 'zh-CN': '本年制发件数', en: 'Issued' },
    repealed: { 'zh-CN': '本年废止件数', en: 'Repealed' },
    inForce: { 'zh-CN': '现行有效件数', en: 'In force' },
    decisions: { 'zh-CN': '本年处理决定数量', en: 'Decisions' },
    amountWan: { 'zh-CN': '本年收费金额（万元）', en: 'Amount (10k yuan)' },
    made: { 'zh-CN': '本年新制作数量', en: 'Made' },
    published: { 'zh-CN': '本年新公开数量', en: 'Published' },
    total: { 'zh-CN': '对外公开总数量', en: 'Total public' },
    previousCount: { 'zh-CN': '上一年项目数量', en: 'Previous count' },
    change: { 'zh-CN': '本年增/减', en: 'Change' },
    projects: { 'zh-CN': '采购项目数量', en: 'Projects' },
    amount: { 'zh-CN': '采购总金额', en: 'Amount' },
  },
  applications: {
    naturalPerson: { 'zh-CN': '自然人', en: 'Natural persons' },
    commercial: { 'zh-CN': '商业企业', en: 'Businesses' },
    research: { 'zh-CN': '科研机构', en: 'Research' },
    publicInterest: { 'zh-CN': '社会公益组织', en: 'Public-interest orgs' },
    legalService: { 'zh-CN': '法律服务机构', en: 'Legal services' },
    otherOrg: { 'zh-CN': '其他', en: 'Other orgs' },
    total: { 'zh-CN': '总计', en: 'Total' },
  },
  reviewLitigation: {
    upheld: { 'zh-CN': '结果维持', en: 'Upheld' },
    corrected: { 'zh-CN': '结果纠正', en: 'Corrected' },
    other: { 'zh-CN': '其他结果', en: 'Other result' },
    pending: { 'zh-CN': '尚未审结', en: 'Pending' },
    total: { 'zh-CN': '总计', en: 'Total' },
  },
};

/** Short table names for cell labels: 「表三」, "Table 3". */
export const TABLE_SHORT_LABELS: Record<TableKey, Record<Lang, string>> = {
  active: { 'zh-CN': '表二', en: 'Table 2' },
  applications: { 'zh-CN': '表三', en: 'Table 3' },
  reviewLitigation: { 'zh-CN': '表四', en: 'Table 4' },
};

/** 「表三 三（七）总计 · 自然人」, "Table 3 III(7) Total concluded · Natural persons" */
export function cellLabel(ref: { table: TableKey; row: string; col: string }, lang: Lang): string {
  const row = ROW_LABELS[ref.table][ref.row]?.[lang] ?? ref.row;
  const col = COLUMN_LABELS[ref.table][ref.col]?.[lang] ?? ref.col;
  return `${TABLE_SHORT_LABELS[ref.table][lang]} ${row} · ${col}`;
}
