/** Keyword-presence checks for required topics (总体情况 topics, 第五十条 government accountability). */
import type { RuleContext } from '../define-rule.ts';
import { textAnchor } from './sentences.ts';

export interface Topic {
  /** Message id raised when the topic is missing. */
  messageId: string;
  re: RegExp;
}

/** Raises one finding per topic none of whose keywords appears in `text` (a slice of report.text at `start`). */
export function checkTopics(ctx: RuleContext, topics: readonly Topic[], text: string, start: number, titleEnd?: number): void {
  for (const topic of topics) {
    if (topic.re.test(text)) continue;
    ctx.fail({
      messageId: topic.messageId,
      text: [textAnchor(ctx.report, start, titleEnd ?? Math.min(start + 20, start + text.length))],
      expected: topic.re.source,
      actual: null,
    });
  }
}
