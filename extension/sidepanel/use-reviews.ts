import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Review } from '../../core/model/capture.ts';
import { sendToBackground, sendToTab } from '../messaging.ts';

/** Review states of one report (URL + content hash), stored by the background, remembered across reloads. */
export function useReviews(tabId: number | null, reportKey: string | null) {
  const [reviews, setReviews] = useState<Map<string, Review>>(new Map());

  useEffect(() => {
    setReviews(new Map());
    if (!reportKey) return;
    void sendToBackground<{ reviews: Review[] }>({ type: 'reviews/get', reportKey }).then((reply) => {
      if (reply.ok) setReviews(new Map(reply.reviews.map((r) => [r.findingKey, r])));
    });
  }, [reportKey]);

  const save = useCallback(
    async (review: Omit<Review, 'updatedAt'>) => {
      if (!reportKey) return;
      const full: Review = { ...review, updatedAt: new Date().toISOString() };
      const reply = await sendToBackground({ type: 'reviews/put', reportKey, review: full });
      if (!reply.ok) return;
      setReviews((old) => new Map(old).set(full.findingKey, full));
      if (tabId !== null) void sendToTab(tabId, { type: 'content/reviews-changed' });
    },
    [reportKey, tabId],
  );

  return { reviews, save };
}
