/** Keyword-presence checks for required topics (总体情况 topics, 第五十条 government accountability). */
import type { RuleContext } from '../define-rule.ts';
import { textAnchor } from './sentences.ts';

export interface Topic {
  /** Message id raised when the topic is missing. */
  messageId: string;
  re: RegExp;
}

/**
 * Raises one finding per topic none of whose keywords appears in `text`; when `manyAt` or more are missing, one finding
 * `manyMessageId` with the count instead (a thin section is one problem, not five).
 */
export function checkTopics(
  ctx: RuleContext,
  topics: readonly Topic[],
  text: string,
  anchor: { start: number; end: number },
  many?: { messageId: string; at: number },
): void {
  const missing = topics.filter((t) => !t.re.test(text));
  const anchors = [textAnchor(ctx.report, anchor.start, anchor.end)];
  if (many && missing.length >= many.at) {
    ctx.fail({ messageId: many.messageId, data: { count: missing.length, of: topics.length }, text: anchors, expected: topics.length, actual: topics.length - missing.length });
    return;
  }
  for (const topic of missing) ctx.fail({ messageId: topic.messageId, text: anchors, expected: topic.re.source, actual: null });
}
