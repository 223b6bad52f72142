import type { CompanyHistory, PostingHistory } from '@/lib/history';
import type { Posting } from '@/lib/posting';

/**
 * Histories kept in memory, for scoring while the store cannot be opened or cannot write (storage full). Every
 * sighting the store recorded is remembered here too, so a posting seen earlier in this worker's life keeps its
 * first-seen date and count when a later sighting fails. Bounded: it is a fallback, not a store.
 */

const MAX_POSTINGS = 500;
const MAX_SIGHTINGS = 50;

export interface Remembered {
  history: PostingHistory;
  company?: CompanyHistory;
}

export interface MemoryHistory {
  /** What the store answered for a sighting. */
  remember(posting: Posting, remembered: Remembered): void;
  /** What is remembered of the posting, recording nothing. */
  get(posting: Posting): Remembered | undefined;
  /**
   * One more sighting at `now`, on top of what is remembered, else of `known` (what the store could still read),
   * else a first sighting.
   */
  record(posting: Posting, now: Date, known?: Remembered): Remembered;
}

const keyOf = (posting: Posting) => `${posting.source}:${posting.id}`;

export function createMemoryHistory(): MemoryHistory {
  const entries = new Map<string, Remembered>();

  const keep = (key: string, remembered: Remembered) => {
    entries.delete(key);
    entries.set(key, remembered);
    if (entries.size > MAX_POSTINGS) entries.delete(entries.keys().next().value as string);
  };

  return {
    remember(posting, remembered) {
      keep(keyOf(posting), remembered);
    },
    get(posting) {
      return entries.get(keyOf(posting));
    },
    record(posting, now, known) {
      const key = keyOf(posting);
      const at = now.toISOString();
      const before = entries.get(key) ?? known;
      const history: PostingHistory = before
        ? {
            ...before.history,
            lastSeen: at,
            timesSeen: before.history.timesSeen + 1,
            sightings: [...before.history.sightings, at].slice(-MAX_SIGHTINGS),
          }
        : { firstSeen: at, lastSeen: at, timesSeen: 1, sightings: [at], repostsSeen: 0 };
      const remembered = before?.company ? { history, company: before.company } : { history };
      keep(key, remembered);
      return remembered;
    },
  };
}
