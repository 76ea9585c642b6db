/**
 * 表二 labels as data (report-format.md §3 and §6.1). Rows and columns are matched on the label key (labelKey, ordinal
 * stripped). The allowed columns per row come from ACTIVE_ROWS_2021 / ACTIVE_ROWS_2019 in the model.
 */

export interface ActiveRowSpec {
  key: string;
  phrases?: readonly string[];
  exact?: readonly string[];
}

/** Order matters: the first spec that matches wins, so the narrower labels come first. */
export const ACTIVE_ROW_LABELS: readonly ActiveRowSpec[] = [
  { key: 'regulations', exact: ['规章'] },
  { key: 'normativeDocuments', phrases: ['规范性文件'] },
  { key: 'otherServices', phrases: ['其他对外管理服务', '对外管理服务事项'] },
  { key: 'licensing', phrases: ['行政许可'] },
  { key: 'penalties', phrases: ['行政处罚'] },
  { key: 'coercion', phrases: ['行政强制'] },
  { key: 'fees', phrases: ['行政事业性收费'] },
  { key: 'procurement', phrases: ['集中采购'] },
];

export const ACTIVE_COLUMN_LABELS: readonly { key: string; phrases: readonly string[] }[] = [
  { key: 'issued', phrases: ['本年制发', '制发件数'] },
  { key: 'repealed', phrases: ['本年废止', '废止件数'] },
  { key: 'inForce', phrases: ['现行有效'] },
  { key: 'amountWan', phrases: ['收费金额'] },
  { key: 'made', phrases: ['新制作'] },
  { key: 'published', phrases: ['新公开'] },
  { key: 'total', phrases: ['对外公开总数', '公开总数'] },
  { key: 'previousCount', phrases: ['上一年项目', '上年项目'] },
  { key: 'change', phrases: ['增/减', '增减', '增(减)'] },
  { key: 'projects', phrases: ['采购项目'] },
  { key: 'amount', phrases: ['采购总金额', '采购金额'] },
  { key: 'decisions', phrases: ['处理决定'] },
];

/** First cell of a column-header row. */
export const ACTIVE_HEADER_FIRST: readonly string[] = ['信息内容'];
/** Block heading 「第二十条第（一）项」. */
export const ACTIVE_BLOCK_MARKER = '第二十条';

export const ACTIVE_TABLE_MARKERS: readonly string[] = [
  '第二十条', '信息内容', '本年制发件数', '本年处理决定数量', '本年收费金额', '本年新制作数量', '上一年项目数量', '行政事业性收费', '行政许可',
];

/** Header or row words found only in the 2019 format (§6.3). */
export const ACTIVE_2019_MARKERS: readonly string[] = ['本年新制作', '本年新公开', '对外公开总数', '上一年项目数量', '本年增/减', '第二十条第(九)项', '其他对外管理服务', '集中采购'];
/** Words found only in the 2021 format. */
export const ACTIVE_2021_MARKERS: readonly string[] = ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额'];
