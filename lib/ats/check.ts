import type { AtsAdapter } from './adapter';
import { ashbyAdapter } from './ashby';
import { greenhouseAdapter } from './greenhouse';
import { leverAdapter } from './lever';
import { type AtsAnswer, type AtsRequest, sendAtsRequest } from './request';
import { ATS_LABELS, type AtsName, type EmployerLink, type Verdict } from './types';
import { workdayAdapter } from './workday';

/**
 * Asks an employer's ATS whether a posting is still listed. Whatever the ATS, no answer, a rate limit (429), a
 * server error (5xx) or any other refusal is `unknown` with its reason: only an answer that says so makes a
 * posting `gone`, and deciding that a listing closed is left to whoever keeps the checks (lib/watch/).
 */

const ADAPTERS: Record<AtsName, AtsAdapter> = {
  lever: leverAdapter,
  workday: workdayAdapter,
  greenhouse: greenhouseAdapter,
  ashby: ashbyAdapter,
};

/** A rate limit without a Retry-After: wait this long before asking that ATS again. */
export const DEFAULT_RETRY_AFTER_MS = 15 * 60_000;

export function requestFor(link: EmployerLink): AtsRequest | undefined {
  return ADAPTERS[link.ats].request(link);
}

/** What an answer (or its absence) says about the posting behind `link`. */
export function verdictOf(link: EmployerLink, answer: AtsAnswer): Verdict {
  const name = ATS_LABELS[link.ats];
  if (answer.kind === 'failed') return { state: 'unknown', reason: `${name} ${answer.reason}` };
  const { status } = answer;
  if (status === 429) {
    const retryAfterMs = answer.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    return { state: 'unknown', reason: `${name} asked us to slow down (rate limit)`, retryAfterMs };
  }
  if (status >= 500) return { state: 'unknown', reason: `${name} answered with a server error (HTTP ${status})` };
  const readable = (status >= 200 && status < 300) || status === 404 || status === 410;
  if (!readable) return { state: 'unknown', reason: `${name} refused the request (HTTP ${status})` };
  if (answer.json === undefined && status < 300) return { state: 'unknown', reason: `${name}'s answer is not JSON` };
  return ADAPTERS[link.ats].read(link, status, answer.json);
}

export interface CheckResult {
  verdict: Verdict;
  /** The answer's body, for a repost search on board APIs; undefined without one. */
  json?: unknown;
  /** Requests sent: 0 when the link cannot be asked. */
  requests: number;
}

/** One check: build the request, send it, read the answer. */
export async function checkLink(link: EmployerLink, fetchJson: typeof fetch, now: Date): Promise<CheckResult> {
  const request = requestFor(link);
  if (!request) {
    return {
      verdict: { state: 'unknown', reason: `This is not a ${ATS_LABELS[link.ats]} posting address` },
      requests: 0,
    };
  }
  const answer = await sendAtsRequest(fetchJson, request, now);
  return { verdict: verdictOf(link, answer), requests: 1, ...(answer.kind === 'answer' ? { json: answer.json } : {}) };
}

/**
 * A posting of the same title under a new id on the employer's board, once `link` is gone: looked up in the
 * posting's own answer when it is the board (`json`), else with one more request. Undefined when none is found
 * or the board could not be read.
 */
export async function findRepost(
  link: EmployerLink,
  title: string,
  json: unknown,
  fetchJson: typeof fetch,
  now: Date,
): Promise<{ repost?: EmployerLink; requests: number }> {
  const adapter = ADAPTERS[link.ats];
  const board = adapter.boardRequest?.(link, title);
  if (!board) return { repost: adapter.findRepost(link, title, json), requests: 0 };
  const answer = await sendAtsRequest(fetchJson, board, now);
  if (answer.kind !== 'answer' || answer.status < 200 || answer.status >= 300) return { requests: 1 };
  const repost = adapter.findRepost(link, title, answer.json);
  return { ...(repost ? { repost } : {}), requests: 1 };
}
