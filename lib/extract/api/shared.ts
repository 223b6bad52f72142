import type { z } from 'zod';
import { type Evidence, type Posting, type PostingField, parsePosting } from '@/lib/posting';
import { matchSkills } from '@/lib/text/skills';

/**
 * What every site's API module shares: the shape of a merge's result, and the draft that collects an answer's
 * values over the page's posting.
 */

/**
 * A site API's answer applied to a posting. When it cannot be: `gone` when the answer says the site does not have the
 * posting (a board that does not list it), `unknown` when nothing can be told from it (not the expected shape, or
 * for another posting). Issue #13's re-checks tell "listed" from "gone" from "unknown" by this.
 */
export type ApiMergeResult = { ok: true; posting: Posting } | { ok: false; kind: 'gone' | 'unknown'; error: string };

/** A merge that failed, or an answer that was not one: the posting is gone, or nothing can be told. */
export type ApiFailure = Extract<ApiMergeResult, { ok: false }>;

export const gone = (error: string): ApiFailure => ({ ok: false, kind: 'gone', error });
export const unknown = (error: string): ApiFailure => ({ ok: false, kind: 'unknown', error });

/** What one site's public API module provides, each step apart so re-checks can reuse them (issue #13). */
export interface SiteApi {
  /** The site's API as a sentence names it: "Lever's postings API". */
  name: string;
  /** The address to ask for this posting, or undefined when there is none or nothing to learn. */
  request(posting: Posting): { url: string } | undefined;
  /** Reads a JSON answer into the posting. */
  merge(posting: Posting, json: unknown, now: Date): ApiMergeResult;
  /** What an answer of 404 Not Found to `request` says. */
  notFound(posting: Posting): ApiFailure;
  /**
   * When a 404 can mean either a posting the board no longer has or a board the API does not know: the address
   * of the board itself, whose own 404 says the second.
   */
  board?: { request(posting: Posting): { url: string } | undefined; notFound(posting: Posting): ApiFailure };
}

export function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'response';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

/** Evidence at or above which a company name is already the employer's own (not a URL slug or tenant). */
export const STRUCTURED: readonly Evidence[] = ['ats-api', 'json-ld', 'embedded-json'];

/** Collects API values over a posting; a value of undefined leaves the page's own value in place. */
export function draftFrom(posting: Posting) {
  const draft: Record<string, unknown> = { ...posting, evidence: { ...posting.evidence } };
  const evidence = draft.evidence as Partial<Record<PostingField, Evidence>>;
  const set = <K extends PostingField>(field: K, value: Posting[K] | undefined): void => {
    if (value === undefined) return;
    draft[field] = value;
    evidence[field] = 'ats-api';
  };
  return {
    set,
    /** Sets the field only when the page did not give it. */
    fill<K extends PostingField>(field: K, value: Posting[K] | undefined): void {
      const current = posting[field];
      if (current === undefined || (Array.isArray(current) && current.length === 0)) set(field, value);
    },
    /** The employer's name, unless the page already had it from structured data. */
    setCompany(company: string | undefined): void {
      const known = posting.evidence.company;
      if (!known || !STRUCTURED.includes(known)) set('company', company?.trim() || undefined);
    },
    /** A description the page lacked, with the skills it names. */
    setDescription(text: string | undefined): void {
      if (!text || posting.descriptionText) return;
      set('descriptionText', text);
      const skills = matchSkills(`${posting.title}\n${text}`);
      if (skills.length > 0) set('skills', skills);
    },
    finish(site: string): ApiMergeResult {
      const parsed = parsePosting(draft);
      if (parsed.ok) return parsed;
      return unknown(`The ${site} API response made the posting invalid (${parsed.error}).`);
    },
  };
}
