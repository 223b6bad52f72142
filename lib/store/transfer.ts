import { mergeWatchRecords, type WatchRecord } from '@/lib/watch/record';
import { rebuildCompanies } from './companies';
import { allRequests, type Db, inTransaction, type ReadWriteTx, type StoreName } from './db';
import { importFailure } from './faults';
import { validHiddenJobs } from './hidden';
import { mergePostings } from './merge';
import { type Problems, recordLabel, validCompanies, validPosting, validPostings } from './read';
import { normalizeRecord } from './records';
import { markSavedChanged } from './saved-cache';
import {
  CompanyRecordSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportEnvelopeSchema,
  firstIssue,
  HiddenJobSchema,
  StoredPostingSchema,
} from './schema';
import type { CheckedExport, ExportFile, HiddenJob, ImportResult, StoredPosting } from './types';
import { validWatch, validWatches, WatchRecordSchema } from './watch';

/**
 * Everything the store holds, damaged records left out (and reported), with `listSettings` as the options page gives
 * them (the store keeps no settings). The same records give the same text.
 */
export async function exportJson(db: Db, problems: Problems, now: Date, listSettings?: unknown): Promise<string> {
  const stores: StoreName[] = ['postings', 'companies', 'hiddenJobs', 'watch'];
  const [postings, companies, hidden, watch] = await inTransaction(db, stores, 'readonly', async (tx) => [
    await tx.objectStore('postings').getAll(),
    await tx.objectStore('companies').getAll(),
    await tx.objectStore('hiddenJobs').getAll(),
    await tx.objectStore('watch').getAll(),
  ]);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    postings: validPostings(postings, problems).map(normalizeRecord),
    companies: validCompanies(companies, problems),
    // In key order, as the store gives them.
    hiddenJobs: validHiddenJobs(hidden, problems),
    ...(listSettings === undefined ? {} : { listSettings }),
    watch: validWatches(watch, problems),
  };
  return JSON.stringify(file);
}

type Parsed = ({ ok: true } & CheckedExport) | { ok: false; error: string };

/** Checks a whole export file; the error names the first bad record (counted from 1) and why. */
export function parseExport(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
  }
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  const head: Record<string, unknown> = isObject ? (data as Record<string, unknown>) : {};
  if (head.format === undefined) return { ok: false, error: 'This is not a Still Hiring export file (missing format)' };
  if (head.format !== EXPORT_FORMAT) {
    return { ok: false, error: `This is not a Still Hiring export file (format is ${JSON.stringify(head.format)})` };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return {
      ok: false,
      error: `This file comes from a newer Still Hiring (export version ${head.version}); update the extension to import it.`,
    };
  }
  const envelope = ExportEnvelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: `The export file is damaged: ${firstIssue(envelope.error)}` };

  const postings: StoredPosting[] = [];
  for (const [index, raw] of envelope.data.postings.entries()) {
    const parsed = StoredPostingSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: `Record ${index + 1} (${recordLabel(raw)}): ${firstIssue(parsed.error)}` };
    }
    postings.push(normalizeRecord(parsed.data));
  }
  // Company figures are recomputed on import, but a damaged entry still means a damaged file.
  for (const [index, raw] of (envelope.data.companies ?? []).entries()) {
    const parsed = CompanyRecordSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: `Company ${index + 1} (${recordLabel(raw)}): ${firstIssue(parsed.error)}` };
    }
  }
  const hiddenJobs: HiddenJob[] = [];
  for (const [index, raw] of (envelope.data.hiddenJobs ?? []).entries()) {
    const parsed = HiddenJobSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: `Hidden job ${index + 1} (${recordLabel(raw)}): ${firstIssue(parsed.error)}` };
    }
    hiddenJobs.push({ ...parsed.data, hiddenAt: new Date(parsed.data.hiddenAt).toISOString() });
  }
  const watch: WatchRecord[] = [];
  for (const [index, raw] of (envelope.data.watch ?? []).entries()) {
    const parsed = WatchRecordSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: `Watch record ${index + 1} (${recordLabel(raw)}): ${firstIssue(parsed.error)}` };
    }
    watch.push(parsed.data);
  }
  const { listSettings } = envelope.data;
  return { ok: true, postings, hiddenJobs, watch, ...(listSettings === undefined ? {} : { listSettings }) };
}

/** The hidden job kept when both sides hid it: the local one, hidden since the earlier of the two dates. */
function mergeHidden(local: HiddenJob | undefined, incoming: HiddenJob): HiddenJob {
  if (!local) return incoming;
  return Date.parse(incoming.hiddenAt) < Date.parse(local.hiddenAt) ? { ...local, hiddenAt: incoming.hiddenAt } : local;
}

/** The file's watch records merged into those kept here (mergeWatchRecords), inside the import's transaction. */
async function importWatch(tx: ReadWriteTx, problems: Problems, records: readonly WatchRecord[]): Promise<void> {
  const incoming = new Map<string, WatchRecord>();
  for (const record of records) {
    const earlier = incoming.get(record.key);
    incoming.set(record.key, earlier ? mergeWatchRecords(earlier, record) : record);
  }
  const store = tx.objectStore('watch');
  const all = [...incoming.values()];
  const locals = await allRequests(all, (record) => store.get(record.key));
  const merged = all.map((record, i) => {
    const local = validWatch(locals[i], problems);
    return local ? mergeWatchRecords(local, record) : record;
  });
  await allRequests(merged, (record) => store.put(record));
}

/**
 * Validates the whole file first, then merges it in one transaction (see importChecked). Nothing is written unless
 * everything is.
 */
export async function importJson(db: Db, problems: Problems, text: string): Promise<ImportResult> {
  const parsed = parseExport(text);
  return parsed.ok ? importChecked(db, problems, parsed) : parsed;
}

/**
 * Merges a checked file in one transaction (see mergePostings for the rule), hidden jobs and watch records with them,
 * and rebuilds the
 * figures of every company it touched. Its list settings are the options page's to apply.
 */
export async function importChecked(db: Db, problems: Problems, file: CheckedExport): Promise<ImportResult> {
  // A file may hold the same posting twice; it becomes one record before meeting the local one.
  const incoming = new Map<string, StoredPosting>();
  for (const posting of file.postings) {
    const earlier = incoming.get(posting.key);
    incoming.set(posting.key, earlier ? mergePostings(earlier, posting) : posting);
  }
  const hiddenIncoming = new Map<string, HiddenJob>();
  for (const job of file.hiddenJobs) hiddenIncoming.set(job.key, mergeHidden(hiddenIncoming.get(job.key), job));
  try {
    return await inTransaction(
      db,
      ['postings', 'companies', 'meta', 'hiddenJobs', 'watch'],
      'readwrite',
      async (tx) => {
        const store = tx.objectStore('postings');
        const postings = [...incoming.values()];
        const locals = await allRequests(postings, (p) => store.get(p.key));
        const touched = new Set<string>();
        const merged = postings.map((posting, i) => {
          const local = validPosting(locals[i], problems);
          const result = local ? mergePostings(local, posting) : posting;
          for (const key of [local?.companyKey, result.companyKey]) if (key !== undefined) touched.add(key);
          return result;
        });
        await allRequests(merged, (posting) => store.put(posting));
        await importWatch(tx, problems, file.watch);
        const companies = await rebuildCompanies(tx, touched, problems);
        await markSavedChanged(tx, merged);
        const hidden = tx.objectStore('hiddenJobs');
        const jobs = [...hiddenIncoming.values()];
        const localJobs = await allRequests(jobs, (job) => hidden.get(job.key));
        const keptJobs = jobs.map((job, i) => {
          const local = HiddenJobSchema.safeParse(localJobs[i]);
          return mergeHidden(local.success ? local.data : undefined, job);
        });
        await allRequests(keptJobs, (job) => hidden.put(job));
        return { ok: true as const, postings: merged.length, companies, hiddenJobs: keptJobs.length };
      },
    );
  } catch (error) {
    return { ok: false, error: importFailure(error) };
  }
}
