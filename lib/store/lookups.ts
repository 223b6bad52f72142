import type { CompanyHistory } from '@/lib/history';
import type { Source } from '@/lib/posting';
import { companyHistoryFrom } from './company-history';
import { type Db, inTransaction } from './db';
import { type Problems, validCompany, validPosting, validPostings } from './read';
import { postingKey } from './records';
import type { StoredPosting } from './types';

export async function getPosting(
  db: Db,
  problems: Problems,
  source: Source,
  id: string,
): Promise<StoredPosting | undefined> {
  const raw = await inTransaction(db, ['postings'], 'readonly', (tx) =>
    tx.objectStore('postings').get(postingKey(source, id)),
  );
  return validPosting(raw, problems);
}

/** The company's record and its postings through the byCompany index: O(its postings). */
export async function getCompanyHistory(
  db: Db,
  problems: Problems,
  companyKey: string,
  now: Date,
  staleDays: number,
): Promise<CompanyHistory | undefined> {
  const [rawRecord, rawPostings] = await inTransaction(db, ['postings', 'companies'], 'readonly', async (tx) => [
    await tx.objectStore('companies').get(companyKey),
    await tx.objectStore('postings').index('byCompany').getAll(companyKey),
  ]);
  const record = validCompany(rawRecord, problems);
  return record && companyHistoryFrom(record, validPostings(rawPostings, problems), now, staleDays);
}
