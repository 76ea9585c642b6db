export * from './cell-order.ts';
export * from './align.ts';
export * from './yoy.ts';
export * from './series.ts';
export * from './carryover.ts';
export * from './rank.ts';
