import type { Posting } from '@/lib/posting';
import { refreshCompany } from './companies';
import { companyHistoryFrom, companyRecordFrom } from './company-history';
import { allRequests, type Db, inTransaction, type ReadWriteTx, type StoreName } from './db';
import { saveFailure } from './faults';
import { type Problems, validPosting, validPostings } from './read';
import { firstSightingHistory, postingHistoryOf, postingKey, withSighting } from './records';
import { mergeRepostOf, repostKeys, sameSiteKeys } from './reposts';
import { markSavedChanged } from './saved-cache';
import type { SightingResult, StoredPosting } from './types';

/**
 * `record` with its reposts: those it had (of its own site), and, when it has just become a posting of its
 * company, the earlier postings of the same role it repeats, found through the byRole index.
 */
async function withReposts(
  tx: ReadWriteTx,
  problems: Problems,
  existing: StoredPosting | undefined,
  seen: StoredPosting,
): Promise<StoredPosting> {
  const { repostOf: known, ...record } = seen;
  let found: string[] = [];
  if (record.companyKey !== undefined && existing?.companyKey === undefined) {
    const role: [string, string, string] = [record.companyKey, record.titleKey, record.locationKey];
    found = repostKeys(record, validPostings(await tx.objectStore('postings').index('byRole').getAll(role), problems));
  }
  const repostOf = mergeRepostOf(sameSiteKeys(record.source, known), found);
  return repostOf ? { ...record, repostOf } : record;
}

/** The work of one sighting inside a transaction that covers postings, companies and meta. */
async function recordIn(
  tx: ReadWriteTx,
  problems: Problems,
  posting: Posting,
  now: Date,
  staleDays: number,
): Promise<SightingResult> {
  const postings = tx.objectStore('postings');
  const key = postingKey(posting.source, posting.id);
  const existing = validPosting(await postings.get(key), problems);
  const record = await withReposts(tx, problems, existing, withSighting(existing, posting, now));
  await postings.put(record);
  if (record.saved) await markSavedChanged(tx, [record]);
  const hidden = (await tx.objectStore('hiddenJobs').count(key)) > 0;
  const known: SightingResult = {
    posting: postingHistoryOf(record),
    saved: Boolean(record.saved),
    ...listFacts(record, hidden),
    ...(record.summary ? { summary: record.summary } : {}),
  };
  const company = record.companyKey === undefined ? undefined : await refreshCompany(tx, record.companyKey, problems);
  if (!company) return known;
  return { ...known, company: companyHistoryFrom(company.record, company.postings, now, staleDays) };
}

/** What job lists' rules read from a record: its marks, and whether the user hid the job (only when so). */
function listFacts(record: StoredPosting, hidden: boolean): Pick<SightingResult, 'marks' | 'hidden'> {
  return { ...(record.marks ? { marks: record.marks } : {}), ...(hidden ? { hidden } : {}) };
}

const STORES: StoreName[] = ['postings', 'companies', 'meta', 'hiddenJobs'];

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

/**
 * The histories of postings as recorded, recording nothing: for scoring again what was scored before (the
 * settings changed). One readonly transaction; undefined for a posting not recorded (or damaged). Companies are
 * computed from their postings (byCompany) at `now` with `staleDays`, as a sighting computes them.
 */
export async function readSightings(
  db: Db,
  problems: Problems,
  postings: readonly Posting[],
  now: Date,
  staleDays: number,
): Promise<(SightingResult | undefined)[]> {
  if (postings.length === 0) return [];
  const keys = postings.map((posting) => postingKey(posting.source, posting.id));
  const [records, hidden, companies] = await inTransaction(db, ['postings', 'hiddenJobs'], 'readonly', async (tx) => {
    const store = tx.objectStore('postings');
    const raws = await allRequests(keys, (key) => store.get(key));
    const hiddenCounts = await allRequests(keys, (key) => tx.objectStore('hiddenJobs').count(key));
    const found = raws.map((raw) => validPosting(raw, problems));
    const companyKeys = [...new Set(found.flatMap((record) => (record?.companyKey ? [record.companyKey] : [])))];
    const byCompany = await allRequests(companyKeys, (key) => store.index('byCompany').getAll(key));
    const companies = new Map(companyKeys.map((key, i) => [key, validPostings(byCompany[i] ?? [], problems)]));
    return [found, hiddenCounts.map((count) => count > 0), companies] as const;
  });
  return records.map((record, i) => {
    if (!record) return undefined;
    const known = {
      posting: postingHistoryOf(record),
      saved: Boolean(record.saved),
      ...listFacts(record, hidden[i] === true),
    };
    const key = record.companyKey;
    const companyPostings = (key !== undefined && companies.get(key)) || [];
    const company = key === undefined ? undefined : companyRecordFrom(key, companyPostings);
    if (!company) return known;
    return { ...known, company: companyHistoryFrom(company, companyPostings, now, staleDays) };
  });
}

/**
 * Rewrites what a recorded posting shows (title, company, locations, posted date…) from a better source than the
 * page, the job site's API, without counting a sighting: first and last seen, times seen and the timeline stay.
 * Nothing happens to a posting not recorded. A failed write is reported through problems, not thrown.
 */
export async function refinePosting(db: Db, problems: Problems, posting: Posting, now: Date): Promise<void> {
  try {
    await inTransaction(db, STORES, 'readwrite', async (tx) => {
      const postings = tx.objectStore('postings');
      const existing = validPosting(await postings.get(postingKey(posting.source, posting.id)), problems);
      if (!existing) return;
      const shown = withSighting(existing, posting, now);
      const { firstSeen, lastSeen, timesSeen, sightings } = existing;
      const record = await withReposts(tx, problems, existing, { ...shown, firstSeen, lastSeen, timesSeen, sightings });
      await postings.put(record);
      if (record.saved) await markSavedChanged(tx, [record]);
      if (record.companyKey !== undefined) await refreshCompany(tx, record.companyKey, problems);
    });
  } catch (error) {
    problems.report(saveFailure(error));
  }
}
