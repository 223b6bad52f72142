import { rebuildCompanies } from './companies';
import { allRequests, type Db, inTransaction } from './db';
import { importFailure } from './faults';
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
  StoredPostingSchema,
} from './schema';
import type { ExportFile, ImportResult, StoredPosting } from './types';

/** Everything the store holds, damaged records left out (and reported). The same records give the same text. */
export async function exportJson(db: Db, problems: Problems, now: Date): Promise<string> {
  const [postings, companies] = await inTransaction(db, ['postings', 'companies'], 'readonly', async (tx) => [
    await tx.objectStore('postings').getAll(),
    await tx.objectStore('companies').getAll(),
  ]);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    postings: validPostings(postings, problems).map(normalizeRecord),
    companies: validCompanies(companies, problems),
  };
  return JSON.stringify(file);
}

type Parsed = { ok: true; postings: StoredPosting[] } | { ok: false; error: string };

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
  return { ok: true, postings };
}

/**
 * Validates the whole file first, then merges it in one transaction (see mergePostings for the rule) and
 * rebuilds the figures of every company it touched. Nothing is written unless everything is.
 */
export async function importJson(db: Db, problems: Problems, text: string): Promise<ImportResult> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  // A file may hold the same posting twice; it becomes one record before meeting the local one.
  const incoming = new Map<string, StoredPosting>();
  for (const posting of parsed.postings) {
    const earlier = incoming.get(posting.key);
    incoming.set(posting.key, earlier ? mergePostings(earlier, posting) : posting);
  }
  try {
    return await inTransaction(db, ['postings', 'companies', 'meta'], 'readwrite', async (tx) => {
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
      const companies = await rebuildCompanies(tx, touched, problems);
      await markSavedChanged(tx, merged);
      return { ok: true as const, postings: merged.length, companies };
    });
  } catch (error) {
    return { ok: false, error: importFailure(error) };
  }
}
