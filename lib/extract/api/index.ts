import type { Posting, Source } from '@/lib/posting';
import { SITE_NAMES } from '@/lib/posting-keys';
import { ASHBY_API } from './ashby';
import type { ApiAnswer } from './fetch';
import { GREENHOUSE_API } from './greenhouse';
import { LEVER_API } from './lever';
import { type ApiMergeResult, type SiteApi, unknown } from './shared';
import { WORKDAY_API } from './workday';

export type { ApiAnswer } from './fetch';
export { fetchApi } from './fetch';
export type { ApiMergeResult } from './shared';

/**
 * The job site's own public API for the posting being viewed, in three steps kept apart: the request (each site's
 * module), the fetch (./fetch.ts) and the reading of the answer (`merge`). The background fetches live and the CLI
 * reads a saved answer; both merge through `applyApiResponse`, so a saved file and a live answer merge identically.
 */

const SITE_APIS: Partial<Record<Source, SiteApi>> = {
  lever: LEVER_API,
  workday: WORKDAY_API,
  greenhouse: GREENHOUSE_API,
  ashby: ASHBY_API,
};

/** The API address to ask for this posting, or undefined when the site has none or there is nothing to learn. */
export function apiRequestFor(posting: Posting): { url: string } | undefined {
  return SITE_APIS[posting.source]?.request(posting);
}

/**
 * Merges the site API's answer for `posting` into it, marking what it supplied as 'ats-api'. An answer that is not
 * the expected shape, for another posting, or a board without this posting leaves the posting unchanged and says
 * why, and whether the posting is gone or nothing can be told.
 */
export function applyApiResponse(posting: Posting, json: unknown, now: Date): ApiMergeResult {
  const api = SITE_APIS[posting.source];
  if (!api) return unknown(`${SITE_NAMES[posting.source]} has no public job API, so there is no response to apply.`);
  return api.merge(posting, json, now);
}

/**
 * What the site's API says about a posting: `listed` with the posting merged, `gone` (the site does not have it:
 * 404 for the posting, or a board without it), or `unknown` (nothing can be told: unreachable, an HTTP error, an
 * answer that is not JSON or not the expected shape, a board the API does not know). Each reason is a sentence.
 */
export type ApiOutcome =
  | { kind: 'listed'; posting: Posting }
  | { kind: 'gone'; reason: string }
  | { kind: 'unknown'; reason: string };

function outcomeOf(api: SiteApi, posting: Posting, answer: ApiAnswer, now: Date): ApiOutcome {
  if (answer.kind === 'failed') {
    return { kind: 'unknown', reason: `${api.name} ${answer.reason}, so the exact posted date could not be read.` };
  }
  const merged = answer.kind === 'json' ? api.merge(posting, answer.json, now) : api.notFound(posting);
  return merged.ok ? { kind: 'listed', posting: merged.posting } : { kind: merged.kind, reason: merged.error };
}

/**
 * Asks the site's API about `posting` through `get` (a fetch, or one that remembers answers), and when the posting
 * is not found and the site can tell a missing posting from an unknown board, asks for the board too. Undefined
 * when there is nothing to ask.
 */
export async function askApi(
  posting: Posting,
  get: (url: string) => Promise<ApiAnswer>,
  now: Date,
): Promise<ApiOutcome | undefined> {
  const api = SITE_APIS[posting.source];
  const request = api?.request(posting);
  if (!api || !request) return undefined;
  const answer = await get(request.url);
  const board = answer.kind === 'not-found' ? api.board?.request(posting) : undefined;
  if (!api.board || !board) return outcomeOf(api, posting, answer, now);
  const boardAnswer = await get(board.url);
  if (boardAnswer.kind === 'not-found') {
    const unknownBoard = api.board.notFound(posting);
    return { kind: unknownBoard.kind, reason: unknownBoard.error };
  }
  return outcomeOf(api, posting, answer, now);
}
