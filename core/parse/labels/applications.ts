import type { ApplicationColumn, ApplicationRow } from '../../model/keys.ts';

/**
 * 表三 row labels as data (report-format.md §4.2). A printed leaf label matches a spec when its label key (see
 * text/normalize.ts labelKey, ordinal stripped) contains one of `phrases` or equals one of `exact`. `group` is the
 * （三）…（六） block the leaf must sit in when the block is known; `ordinal` only breaks ties, it never maps on its own.
 */
export interface RowLabelSpec<K extends string = string> {
  key: K;
  phrases?: readonly string[];
  exact?: readonly string[];
  /** 3 不予公开, 4 无法提供, 5 不予处理, 6 其他处理 (the 三（n） block); undefined for rows outside a block. */
  group?: number;
  ordinal?: number;
  /** Printed level of the label: 'top' 一、…, 'sub' （一）…, 'leaf' 1. … (only used to break ties). */
  level: 'top' | 'sub' | 'leaf';
}

export const APPLICATION_ROW_LABELS: readonly RowLabelSpec<ApplicationRow>[] = [
  { key: 'received', level: 'top', ordinal: 1, phrases: ['本年新收', '新收政府信息公开申请', '本年度新收'] },
  { key: 'carriedOver', level: 'top', ordinal: 2, phrases: ['上年结转', '上年度结转'] },
  { key: 'granted', level: 'sub', ordinal: 1, phrases: ['予以公开'], exact: ['公开'] },
  { key: 'partlyGranted', level: 'sub', ordinal: 2, phrases: ['部分公开'] },
  { key: 'denied.stateSecret', level: 'leaf', group: 3, ordinal: 1, phrases: ['国家秘密'] },
  { key: 'denied.lawProhibited', level: 'leaf', group: 3, ordinal: 2, phrases: ['法规禁止', '禁止公开', '其他法律', '法律行政法规'] },
  { key: 'denied.securityStability', level: 'leaf', group: 3, ordinal: 3, phrases: ['三安全一稳定', '三安全', '一稳定'] },
  { key: 'denied.thirdPartyRights', level: 'leaf', group: 3, ordinal: 4, phrases: ['第三方'] },
  { key: 'denied.internalAffairs', level: 'leaf', group: 3, ordinal: 5, phrases: ['内部事务'] },
  { key: 'denied.processInfo', level: 'leaf', group: 3, ordinal: 6, phrases: ['过程性'] },
  { key: 'denied.enforcementFile', level: 'leaf', group: 3, ordinal: 7, phrases: ['执法案卷'] },
  { key: 'denied.adminQuery', level: 'leaf', group: 3, ordinal: 8, phrases: ['行政查询'] },
  { key: 'unavailable.notHeld', level: 'leaf', group: 4, ordinal: 1, phrases: ['不掌握'] },
  { key: 'unavailable.needsCreation', level: 'leaf', group: 4, ordinal: 2, phrases: ['另行制作', '没有现成'] },
  { key: 'unavailable.unclear', level: 'leaf', group: 4, ordinal: 3, phrases: ['仍不明确', '补正后'] },
  { key: 'notProcessed.complaint', level: 'leaf', group: 5, ordinal: 1, phrases: ['信访', '举报投诉'] },
  { key: 'notProcessed.duplicate', level: 'leaf', group: 5, ordinal: 2, phrases: ['重复申请'] },
  { key: 'notProcessed.publication', level: 'leaf', group: 5, ordinal: 3, phrases: ['出版物'] },
  { key: 'notProcessed.excessive', level: 'leaf', group: 5, ordinal: 4, phrases: ['大量反复'] },
  { key: 'notProcessed.confirmation', level: 'leaf', group: 5, ordinal: 5, phrases: ['重新出具', '确认或'] },
  { key: 'other.noCorrection', level: 'leaf', group: 6, ordinal: 1, phrases: ['不补正'] },
  { key: 'other.unpaidFee', level: 'leaf', group: 6, ordinal: 2, phrases: ['缴纳费用', '收费通知', '未按收费'] },
  { key: 'other.other', level: 'leaf', group: 6, ordinal: 3, exact: ['其他', '其它'] },
  { key: 'other.combined', level: 'sub', ordinal: 6, exact: ['其他处理', '其它处理'] },
  { key: 'resultsTotal', level: 'sub', ordinal: 7, exact: ['总计', '合计', '总数'] },
  { key: 'carriedForward', level: 'top', ordinal: 4, phrases: ['结转下年度', '下年度继续办理', '结转下一年度'] },
];

/** The （三）…（六） blocks of 三、本年度办理结果, recognised by name (ordinal optional). */
export const APPLICATION_GROUPS: readonly { group: number; phrases: readonly string[] }[] = [
  { group: 3, phrases: ['不予公开'] },
  { group: 4, phrases: ['无法提供'] },
  { group: 5, phrases: ['不予处理'] },
  { group: 6, phrases: ['其他处理', '其它处理'] },
];

/** The group label 「三、本年度办理结果」 (no numbers of its own). */
export const APPLICATION_RESULTS_LABEL: readonly string[] = ['本年度办理结果', '办理结果'];

/** Subtotal rows (not in the format): kept as extraRows kind 'subtotal'. */
export const SUBTOTAL_LABELS: readonly string[] = ['小计', '合计'];

/** 表三 column headers. `subtotal` is the 8-column variant's 法人或其他组织 subtotal. */
export const APPLICATION_COLUMN_LABELS: readonly { key: ApplicationColumn | 'subtotal'; phrases?: readonly string[]; exact?: readonly string[] }[] = [
  { key: 'naturalPerson', phrases: ['自然人'] },
  { key: 'commercial', phrases: ['商业企业'] },
  { key: 'research', phrases: ['科研机构'] },
  { key: 'publicInterest', phrases: ['社会公益'] },
  { key: 'legalService', phrases: ['法律服务'] },
  { key: 'otherOrg', exact: ['其他', '其它', '其他组织'] },
  { key: 'total', exact: ['总计', '合计', '总数'] },
  { key: 'subtotal', exact: ['小计', '法人或其他组织', '法人或其他组织小计', '法人或其他组织合计'] },
];

/** Text that identifies a 表三 table (or one half of a split 表三). */
export const APPLICATION_TABLE_MARKERS: readonly string[] = [
  '申请人情况', '本年新收', '上年结转', '予以公开', '不予公开', '无法提供', '不予处理', '结转下年度', '本年度办理结果', '勾稽关系',
];

/** The printed note of 表三. */
export const APPLICATION_NOTE_MARKER = '勾稽关系';
