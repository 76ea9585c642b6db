/** One collator for every comparison: same order as localeCompare(…, 'zh-CN'), without building one per call. */
export const ZH_COLLATOR = new Intl.Collator('zh-CN');
