export interface RankedItem<T> {
  item: T;
  rank: number;
  score: number;
}

/** Ranks items by a score, highest first; ties share a rank (1, 1, 3). Items with a null score come last, unranked. */
export function rankBy<T>(items: readonly T[], score: (item: T) => number | null): { ranked: RankedItem<T>[]; unscored: T[] } {
  const scored: { item: T; score: number }[] = [];
  const unscored: T[] = [];
  for (const item of items) {
    const s = score(item);
    if (s === null || Number.isNaN(s)) unscored.push(item);
    else scored.push({ item, score: s });
  }
  scored.sort((a, b) => b.score - a.score);
  const ranked: RankedItem<T>[] = [];
  scored.forEach((s, i) => {
    const rank = i > 0 && scored[i - 1].score === s.score ? ranked[i - 1].rank : i + 1;
    ranked.push({ item: s.item, score: s.score, rank });
  });
  return { ranked, unscored };
}
