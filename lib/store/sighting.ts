import type { Posting } from '@/lib/posting';
import { refreshCompany } from './companies';
import { companyHistoryFrom } from './company-history';
import { type Db, inTransaction, type ReadWriteTx, type StoreName } from './db';
import { saveFailure } from './faults';
import { type Problems, validPosting, validPostings } from './read';
import { firstSightingHistory, postingHistoryOf, postingKey, withSighting } from './records';
import { mergeRepostOf, repostKeys } from './reposts';
import { markSavedChanged } from './saved-cache';
import type { SightingResult } from './types';

/** The work of one sighting inside a transaction that covers postings, companies and meta. */
async function recordIn(
  tx: ReadWriteTx,
  problems: Problems,
  posting: Posting,
  now: Date,
  staleDays: number,
): Promise<SightingResult> {
  const postings = tx.objectStore('postings');
  const existing = validPosting(await postings.get(postingKey(posting.source, posting.id)), problems);
  let record = withSighting(existing, posting, now);
  if (record.companyKey !== undefined && existing?.companyKey === undefined) {
    const role: [string, string, string] = [record.companyKey, record.titleKey, record.locationKey];
    const sameRole = validPostings(await postings.index('byRole').getAll(role), problems);
    const repostOf = mergeRepostOf(record.repostOf, repostKeys(record, sameRole));
    if (repostOf) record = { ...record, repostOf };
  }
  await postings.put(record);
  if (record.saved) await markSavedChanged(tx);
  const history = postingHistoryOf(record);
  const company = record.companyKey === undefined ? undefined : await refreshCompany(tx, record.companyKey, problems);
  if (!company) return { posting: history };
  return { posting: history, company: companyHistoryFrom(company.record, company.postings, now, staleDays) };
}

const STORES: StoreName[] = ['postings', 'companies', 'meta'];

/**
 * One sighting, in one readwrite transaction over postings and companies, so tabs recording at once queue up
 * and lose no update. A posting new to its company is checked for reposts through the byRole index. If anything
 * fails (storage full, a closed database), the posting is still scored, as if seen for the first time.
 */
export async function recordSighting(
  db: Db,
  problems: Problems,
  posting: Posting,
  now: Date,
  staleDays: number,
): Promise<SightingResult> {
  const [result] = await recordSightings(db, problems, [posting], now, staleDays);
  return result as SightingResult;
}

/**
 * Many sightings (a job list's cards) in one transaction, in order: each sees the ones before it, exactly as
 * separate recordSighting calls would, without a commit per card. On failure nothing is written and every
 * posting is scored as if seen for the first time.
 */
export async function recordSightings(
  db: Db,
  problems: Problems,
  postings: readonly Posting[],
  now: Date,
  staleDays: number,
): Promise<SightingResult[]> {
  if (postings.length === 0) return [];
  try {
    return await inTransaction(db, STORES, 'readwrite', async (tx) => {
      const results: SightingResult[] = [];
      for (const posting of postings) results.push(await recordIn(tx, problems, posting, now, staleDays));
      return results;
    });
  } catch (error) {
    const problem = saveFailure(error);
    problems.report(problem);
    return postings.map(() => ({ posting: firstSightingHistory(now), problem }));
  }
}
