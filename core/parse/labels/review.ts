import type { ReviewColumn, ReviewRow } from '../../model/keys.ts';

/** 表四 (report-format.md §5): one data row of 15 numbers, in this order. */
export const REVIEW_LAYOUT: readonly { row: ReviewRow; col: ReviewColumn }[] = (['review', 'litigationDirect', 'litigationAfterReview'] as const).flatMap(
  (row) => (['upheld', 'corrected', 'other', 'pending', 'total'] as const).map((col) => ({ row, col })),
);

export const REVIEW_COLUMN_PHRASES: Record<ReviewColumn, readonly string[]> = {
  upheld: ['结果维持', '维持'],
  corrected: ['结果纠正', '纠正'],
  other: ['其他结果'],
  pending: ['尚未审结', '未审结'],
  total: ['总计', '合计'],
};

/** A table is 表四 when it has both words and at least one result column word. */
export const REVIEW_TABLE_MARKERS = { all: ['行政复议', '行政诉讼'], any: ['结果维持', '尚未审结', '结果纠正'] } as const;
