import type { PostingHistory } from '@/lib/history';
import type { Posting } from '@/lib/posting';

/** Sightings kept in memory, for scoring while the store cannot be opened. Bounded: it is a fallback, not a store. */

const MAX_POSTINGS = 500;
const MAX_SIGHTINGS = 50;

export interface MemoryHistory {
  record(posting: Posting, now: Date): PostingHistory;
}

export function createMemoryHistory(): MemoryHistory {
  const histories = new Map<string, PostingHistory>();
  return {
    record(posting, now) {
      const key = `${posting.source}:${posting.id}`;
      const at = now.toISOString();
      const before = histories.get(key);
      const history: PostingHistory = before
        ? {
            ...before,
            lastSeen: at,
            timesSeen: before.timesSeen + 1,
            sightings: [...before.sightings, at].slice(-MAX_SIGHTINGS),
          }
        : { firstSeen: at, lastSeen: at, timesSeen: 1, sightings: [at], repostsSeen: 0 };
      histories.delete(key);
      histories.set(key, history);
      if (histories.size > MAX_POSTINGS) histories.delete(histories.keys().next().value as string);
      return history;
    },
  };
}
