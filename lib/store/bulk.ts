import { rebuildCompanies } from './companies';
import { allRequests, type Db, inTransaction } from './db';
import { Problems } from './read';
import { markSavedChanged } from './saved-cache';
import type { StoredPosting } from './types';

/**
 * Writes valid, normalized records as they are (replacing any with the same key) in one transaction, then
 * rebuilds their companies. For filling a store fast in benchmarks and tests; imports go through importJson.
 */
export function bulkPut(db: Db, postings: readonly StoredPosting[]): Promise<void> {
  return inTransaction(db, ['postings', 'companies', 'meta'], 'readwrite', async (tx) => {
    const store = tx.objectStore('postings');
    await allRequests(postings, (posting) => store.put(posting));
    const companies = new Set(postings.flatMap((p) => (p.companyKey === undefined ? [] : [p.companyKey])));
    await rebuildCompanies(tx, companies, new Problems());
    await markSavedChanged(tx, postings);
  });
}
