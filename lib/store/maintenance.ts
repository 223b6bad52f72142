import { refreshCompany } from './companies';
import { type Db, inTransaction } from './db';
import { type Problems, validPosting } from './read';
import { markSavedChanged } from './saved-cache';
import type { StoreCounts } from './types';

const DAY_MS = 86_400_000;

/**
 * Removes postings not seen for `retentionDays`, found through the byLastSeen index, and rewrites the figures of
 * their companies. Saved listings are never removed, nor are damaged records (they might be saved ones).
 */
export function prune(db: Db, problems: Problems, retentionDays: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return inTransaction(db, ['postings', 'companies', 'watch'], 'readwrite', async (tx) => {
    const touched = new Set<string>();
    let removed = 0;
    let cursor = await tx.objectStore('postings').index('byLastSeen').openCursor(IDBKeyRange.upperBound(cutoff, true));
    while (cursor) {
      const posting = validPosting(cursor.value, problems);
      if (posting && !posting.saved) {
        await cursor.delete();
        // Its checks go with it: only saved listings are watched, and this one was not.
        await tx.objectStore('watch').delete(posting.key);
        removed += 1;
        if (posting.companyKey !== undefined) touched.add(posting.companyKey);
      }
      cursor = await cursor.continue();
    }
    for (const key of touched) await refreshCompany(tx, key, problems);
    return removed;
  });
}

export function clearAll(db: Db): Promise<void> {
  return inTransaction(db, ['postings', 'companies', 'meta', 'hiddenJobs', 'watch'], 'readwrite', async (tx) => {
    await tx.objectStore('postings').clear();
    await tx.objectStore('companies').clear();
    await tx.objectStore('hiddenJobs').clear();
    await tx.objectStore('watch').clear();
    // The revision survives the clear, so no store mistakes its old list for the current one.
    await markSavedChanged(tx);
  });
}

export function counts(db: Db): Promise<StoreCounts> {
  return inTransaction(db, ['postings', 'companies', 'hiddenJobs'], 'readonly', async (tx) => ({
    postings: await tx.objectStore('postings').count(),
    saved: await tx.objectStore('postings').index('bySaved').count(),
    companies: await tx.objectStore('companies').count(),
    hiddenJobs: await tx.objectStore('hiddenJobs').count(),
  }));
}
