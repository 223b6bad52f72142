import type { Source } from '@/lib/posting';
import { type Db, inTransaction } from './db';
import { type Problems, validPosting, validPostings } from './read';
import { postingKey } from './records';
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
  return inTransaction(db, ['postings'], 'readwrite', async (tx) => {
    const record = validPosting(await tx.objectStore('postings').get(postingKey(source, id)), problems);
    if (!record) return undefined;
    const { saved: wasSaved, ...rest } = record;
    const next: StoredPosting = saved ? { ...rest, saved: wasSaved ?? { at: now.toISOString() } } : rest;
    await tx.objectStore('postings').put(next);
    return next;
  });
}

/** Reads saved listings only, through the bySaved index, then filters and sorts them in memory. */
export async function listSaved(db: Db, problems: Problems, query?: SavedQuery): Promise<StoredPosting[]> {
  const raws = await inTransaction(db, ['postings'], 'readonly', (tx) =>
    tx.objectStore('postings').index('bySaved').getAll(),
  );
  return querySaved(validPostings(raws, problems), query);
}
