import { apiRequestFor, applyApiResponse } from '@/lib/extract/api';
import { enrichPosting } from '@/lib/extract/enrich';
import type { Posting } from '@/lib/posting';

/**
 * Asks the job site's public API for what the page does not show (Lever's exact posted date), at most once per
 * posting while the worker lives. A failure only means the page's own data is used: it is remembered so the API is
 * not asked again, and never reported as a problem.
 */

const MAX_ANSWERS = 500;
const TIMEOUT_MS = 10_000;

type Answer = { state: 'pending'; promise: Promise<unknown> } | { state: 'done'; json: unknown };

export interface DateLookup {
  /** The posting with an answer already in merged, or undefined when there is none (yet). */
  merged(posting: Posting, now: Date): Posting | undefined;
  /** Asks unless asked before; resolves to the merged posting, or undefined when there is nothing usable. */
  ask(posting: Posting, now: Date): Promise<Posting | undefined>;
}

/** The API's answer merged in, then read as a page's is: a description only the API gave may state pay in words. */
function merge(posting: Posting, json: unknown, now: Date): Posting | undefined {
  if (json === undefined) return undefined;
  const applied = applyApiResponse(posting, json, now);
  return applied.ok ? enrichPosting(applied.posting) : undefined;
}

export function createDateLookup(fetchJson: typeof fetch): DateLookup {
  const answers = new Map<string, Answer>();

  const request = async (url: string): Promise<unknown> => {
    try {
      const response = await fetchJson(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
      return response.ok ? await response.json() : undefined;
    } catch {
      return undefined;
    }
  };

  return {
    merged(posting, now) {
      const url = apiRequestFor(posting)?.url;
      const answer = url === undefined ? undefined : answers.get(url);
      return answer?.state === 'done' ? merge(posting, answer.json, now) : undefined;
    },
    async ask(posting, now) {
      const url = apiRequestFor(posting)?.url;
      if (url === undefined) return undefined;
      const known = answers.get(url);
      if (known?.state === 'done') return merge(posting, known.json, now);
      if (known) return merge(posting, await known.promise, now);
      const promise = request(url);
      answers.set(url, { state: 'pending', promise });
      if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value as string);
      const json = await promise;
      answers.set(url, { state: 'done', json });
      return merge(posting, json, now);
    },
  };
}
