export * from './keys.ts';
export * from './cell.ts';
export * from './report.ts';
export * from './finding.ts';
export * from './capture.ts';
export * from './hash.ts';
export * from './report-hash.ts';
export * from './plain.ts';
