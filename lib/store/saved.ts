import type { Source } from '@/lib/posting';
import { type Db, inTransaction } from './db';
import { type Problems, validPosting } from './read';
import { postingKey } from './records';
import { markSavedChanged, type SavedCache } from './saved-cache';
import { querySaved } from './saved-query';
import type { SavedQuery, StoredPosting } from './types';

/** Saving keeps the first date it was saved; unsaving drops it. Undefined when the posting is not recorded. */
export function setSaved(
  db: Db,
  problems: Problems,
  source: Source,
  id: string,
  saved: boolean,
  now: Date,
): Promise<StoredPosting | undefined> {
  return inTransaction(db, ['postings', 'meta'], 'readwrite', async (tx) => {
    const record = validPosting(await tx.objectStore('postings').get(postingKey(source, id)), problems);
    if (!record) return undefined;
    const { saved: wasSaved, ...rest } = record;
    const next: StoredPosting = saved ? { ...rest, saved: wasSaved ?? { at: now.toISOString() } } : rest;
    await tx.objectStore('postings').put(next);
    await markSavedChanged(tx, [next]);
    return next;
  });
}

/** Saved listings only, from the caches of saved-cache.ts (or the bySaved index), filtered and sorted in memory. */
export async function listSaved(
  db: Db,
  problems: Problems,
  cache: SavedCache,
  query?: SavedQuery,
): Promise<StoredPosting[]> {
  return querySaved(await cache.get(db, problems), query);
}
