import type { Source } from '@/lib/posting';
import { type Db, inTransaction } from './db';
import { saveFailure } from './faults';
import { type Problems, validPosting } from './read';
import { postingKey } from './records';
import type { StoredSummary } from './types';

/**
 * Keeps a recorded posting's summary, in place of the one it had. Saved listings leave summaries out, so their
 * caches need no patch. Called in the background after the posting was shown: a failure is reported through
 * problems rather than thrown.
 */
export async function recordSummary(
  db: Db,
  problems: Problems,
  source: Source,
  id: string,
  summary: StoredSummary,
): Promise<void> {
  try {
    await inTransaction(db, ['postings'], 'readwrite', async (tx) => {
      const record = validPosting(await tx.objectStore('postings').get(postingKey(source, id)), problems);
      if (record) await tx.objectStore('postings').put({ ...record, summary });
    });
  } catch (error) {
    problems.report(saveFailure(error));
  }
}
