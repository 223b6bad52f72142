import type { Source } from '@/lib/posting';
import { type Db, inTransaction } from './db';
import { type Problems, recordLabel, validPosting } from './read';
import { postingKey } from './records';
import { firstIssue, HiddenJobSchema } from './schema';
import type { HiddenJob } from './types';

/**
 * Hides a recorded job from job lists, copying what the options page shows of it, or shows it again. Hiding a job
 * already hidden keeps its first date. A job not recorded cannot be hidden: every card and posting the user can hide
 * it from was recorded when it was shown.
 */
export function setHidden(
  db: Db,
  problems: Problems,
  source: Source,
  id: string,
  hidden: boolean,
  now: Date,
): Promise<{ ok: true; job?: HiddenJob } | { ok: false; error: string }> {
  const key = postingKey(source, id);
  return inTransaction(db, ['postings', 'hiddenJobs'], 'readwrite', async (tx) => {
    const jobs = tx.objectStore('hiddenJobs');
    if (!hidden) {
      await jobs.delete(key);
      return { ok: true as const };
    }
    const known = HiddenJobSchema.safeParse(await jobs.get(key));
    if (known.success) return { ok: true as const, job: known.data };
    const record = validPosting(await tx.objectStore('postings').get(key), problems);
    if (!record)
      return { ok: false as const, error: 'Still Hiring has not recorded this job yet, so it cannot hide it.' };
    const job: HiddenJob = {
      key,
      source,
      id,
      title: record.title,
      ...(record.company === undefined ? {} : { company: record.company }),
      url: record.url,
      hiddenAt: now.toISOString(),
    };
    await jobs.put(job);
    return { ok: true as const, job };
  });
}

/** The valid hidden jobs among `raws`, in their order; a damaged entry is skipped and reported. */
export function validHiddenJobs(raws: readonly unknown[], problems: Problems): HiddenJob[] {
  const jobs: HiddenJob[] = [];
  for (const raw of raws) {
    const parsed = HiddenJobSchema.safeParse(raw);
    if (parsed.success) jobs.push(parsed.data);
    else problems.report(`Skipped a damaged hidden job (${recordLabel(raw)}): ${firstIssue(parsed.error)}`);
  }
  return jobs;
}

/** Every hidden job, the most recently hidden first. */
export async function listHidden(db: Db, problems: Problems): Promise<HiddenJob[]> {
  const raws = await inTransaction(db, ['hiddenJobs'], 'readonly', (tx) => tx.objectStore('hiddenJobs').getAll());
  return validHiddenJobs(raws, problems).sort((a, b) => b.hiddenAt.localeCompare(a.hiddenAt));
}
