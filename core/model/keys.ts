/**
 * Canonical keys of the three statistical tables (report-format.md, "Canonical keys").
 * These keys are a public contract: exports, settings and the checker's --json output use them.
 */

export const TABLE_KEYS = ['active', 'applications', 'reviewLitigation'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** 表三 columns, in printed order. */
export const APPLICATION_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'otherOrg',
  'total',
] as const;
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number];
/** The six applicant columns whose sum is 总计. */
export const APPLICANT_COLUMNS = APPLICATION_COLUMNS.slice(0, 6) as readonly ApplicationColumn[];

/** 表三 rows, in printed order (2021 format). `other.combined` is the 2019 single （六） row. */
export const APPLICATION_ROWS = [
  'received',
  'carriedOver',
  'granted',
  'partlyGranted',
  'denied.stateSecret',
  'denied.lawProhibited',
  'denied.securityStability',
  'denied.thirdPartyRights',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementFile',
  'denied.adminQuery',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclear',
  'notProcessed.complaint',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'other.noCorrection',
  'other.unpaidFee',
  'other.other',
  'other.combined',
  'resultsTotal',
  'carriedForward',
] as const;
export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

/** The 21 leaves of 三、本年度办理结果 in the 2021 format. */
export const RESULT_LEAVES_2021: readonly ApplicationRow[] = APPLICATION_ROWS.filter(
  (r) => r !== 'received' && r !== 'carriedOver' && r !== 'resultsTotal' && r !== 'carriedForward' && r !== 'other.combined',
);
/** The 19 leaves of the 2019 format (single （六） row). */
export const RESULT_LEAVES_2019: readonly ApplicationRow[] = [
  ...RESULT_LEAVES_2021.filter((r) => !r.startsWith('other.')),
  'other.combined',
];

/** 表二, 2021 format. */
export const ACTIVE_ROWS_2021 = {
  regulations: ['issued', 'repealed', 'inForce'],
  normativeDocuments: ['issued', 'repealed', 'inForce'],
  licensing: ['decisions'],
  penalties: ['decisions'],
  coercion: ['decisions'],
  fees: ['amountWan'],
} as const;

/** 表二, 2019 format. */
export const ACTIVE_ROWS_2019 = {
  regulations: ['made', 'published', 'total'],
  normativeDocuments: ['made', 'published', 'total'],
  licensing: ['previousCount', 'change', 'decisions'],
  otherServices: ['previousCount', 'change', 'decisions'],
  penalties: ['previousCount', 'change', 'decisions'],
  coercion: ['previousCount', 'change', 'decisions'],
  fees: ['previousCount', 'change'],
  procurement: ['projects', 'amount'],
} as const;

export type ActiveRow = keyof typeof ACTIVE_ROWS_2021 | keyof typeof ACTIVE_ROWS_2019;

/** 表四. */
export const REVIEW_ROWS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type ReviewRow = (typeof REVIEW_ROWS)[number];
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
/** The four parts of each 表四 block total. */
export const REVIEW_PARTS: readonly ReviewColumn[] = ['upheld', 'corrected', 'other', 'pending'];

export const FORMAT_VERSIONS = ['2021', '2019', 'legacy', 'unknown'] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];
