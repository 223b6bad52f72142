import { isStoredPosting } from './guard';
import { CompanyRecordSchema, firstIssue, StoredPostingSchema } from './schema';
import type { CompanyRecord, StoredPosting } from './types';

/** Past this many distinct problems, one more line says there were more: a damaged database must not flood logs. */
const MAX_PROBLEMS = 50;

/** Problems met while reading or writing in the background, each kept once, for the options page and logs. */
export class Problems {
  readonly #messages = new Set<string>();

  report(message: string): void {
    if (this.#messages.size < MAX_PROBLEMS) this.#messages.add(message);
    else this.#messages.add('More problems like these were met and not listed.');
  }

  list(): string[] {
    return [...this.#messages];
  }
}

/** A record's key for a message, whatever shape the record is in. */
export function recordLabel(raw: unknown): string {
  const { key, source, id } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof key === 'string') return key;
  return typeof source === 'string' && typeof id === 'string' ? `${source}:${id}` : 'no key';
}

/** The stored posting, or undefined (reported) when the record is damaged. Never throws. */
export function validPosting(raw: unknown, problems: Problems): StoredPosting | undefined {
  if (raw === undefined) return undefined;
  // The fast check gives the schema's answer; the schema itself runs only to say what is wrong.
  if (isStoredPosting(raw)) return raw;
  const parsed = StoredPostingSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.report(`Skipped a damaged posting record (${recordLabel(raw)}): ${firstIssue(parsed.error)}`);
  return undefined;
}

export function validPostings(raws: readonly unknown[], problems: Problems): StoredPosting[] {
  const valid: StoredPosting[] = [];
  for (const raw of raws) {
    const posting = validPosting(raw, problems);
    if (posting) valid.push(posting);
  }
  return valid;
}

export function validCompany(raw: unknown, problems: Problems): CompanyRecord | undefined {
  if (raw === undefined) return undefined;
  const parsed = CompanyRecordSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.report(`Skipped a damaged company record (${recordLabel(raw)}): ${firstIssue(parsed.error)}`);
  return undefined;
}

export function validCompanies(raws: readonly unknown[], problems: Problems): CompanyRecord[] {
  const valid: CompanyRecord[] = [];
  for (const raw of raws) {
    const company = validCompany(raw, problems);
    if (company) valid.push(company);
  }
  return valid;
}
