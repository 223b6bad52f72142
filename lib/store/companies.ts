import { companyRecordFrom } from './company-history';
import type { WriteTx } from './db';
import { type Problems, validPostings } from './read';
import { detectReposts } from './reposts';
import type { CompanyRecord, StoredPosting } from './types';

export interface CompanyState {
  record: CompanyRecord;
  postings: StoredPosting[];
}

async function companyPostings(tx: WriteTx, key: string, problems: Problems): Promise<StoredPosting[]> {
  return validPostings(await tx.objectStore('postings').index('byCompany').getAll(key), problems);
}

/** Writes the record computed from `postings`, or deletes it when none is left. */
async function writeCompany(tx: WriteTx, key: string, postings: StoredPosting[]): Promise<CompanyState | undefined> {
  const record = companyRecordFrom(key, postings);
  if (!record) {
    await tx.objectStore('companies').delete(key);
    return undefined;
  }
  await tx.objectStore('companies').put(record);
  return { record, postings };
}

/**
 * Rewrites a company's record from its postings, read through the byCompany index: O(its postings), not a scan.
 * Returns the record and the postings it was computed from; undefined when the company has no posting left.
 */
export async function refreshCompany(tx: WriteTx, key: string, problems: Problems): Promise<CompanyState | undefined> {
  return writeCompany(tx, key, await companyPostings(tx, key, problems));
}

/**
 * After postings arrived in bulk (import, upgrade): finds the reposts among each company's postings, then
 * rewrites each company's record. Returns how many companies still have postings.
 */
export async function rebuildCompanies(tx: WriteTx, keys: Iterable<string>, problems: Problems): Promise<number> {
  let companies = 0;
  for (const key of keys) {
    const postings = await companyPostings(tx, key, problems);
    const changed = new Map(detectReposts(postings).map((posting) => [posting.key, posting]));
    for (const posting of changed.values()) await tx.objectStore('postings').put(posting);
    if (
      await writeCompany(
        tx,
        key,
        postings.map((posting) => changed.get(posting.key) ?? posting),
      )
    )
      companies += 1;
  }
  return companies;
}
