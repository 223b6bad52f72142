import type { IDBPTransaction } from 'idb';
import type { StillHiringDB, StoreName } from './db';
import type { StoredPosting } from './types';

/**
 * Saved listings are searched on every keystroke in the options page, and reading 10,000 full records from
 * IndexedDB takes far longer than filtering them in memory. So each open store keeps the last list it read,
 * tagged with a revision number kept in the database: every transaction that changes a saved listing raises it,
 * whichever page or worker runs it, and a store re-reads the list only when the number has moved.
 */

const SAVED_REVISION = 'savedRevision';

type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<StillHiringDB, StoreName[], Mode>;

async function readRevision(tx: Tx<IDBTransactionMode>): Promise<number> {
  const revision = await tx.objectStore('meta').get(SAVED_REVISION);
  return typeof revision === 'number' ? revision : 0;
}

/** To be called in every readwrite transaction that adds, changes or removes a saved listing. */
export async function markSavedChanged(tx: Tx<'readwrite'>): Promise<void> {
  await tx.objectStore('meta').put((await readRevision(tx)) + 1, SAVED_REVISION);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

export class SavedCache {
  #entry: { revision: number; postings: readonly StoredPosting[] } | undefined;

  /**
   * The saved listings as of `tx`: the cached list when the revision has not moved, else `read()` (frozen, since
   * every caller shares them).
   */
  async get(tx: Tx<'readonly'>, read: () => Promise<StoredPosting[]>): Promise<readonly StoredPosting[]> {
    const revision = await readRevision(tx);
    if (this.#entry?.revision === revision) return this.#entry.postings;
    const postings = deepFreeze(await read());
    this.#entry = { revision, postings };
    return postings;
  }
}
