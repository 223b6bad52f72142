import { type ApiAnswer, type ApiOutcome, apiRequestFor, applyApiResponse, askApi, fetchApi } from '@/lib/extract/api';
import { enrichPosting } from '@/lib/extract/enrich';
import type { Posting } from '@/lib/posting';

/**
 * Asks the job site's public API for what the page does not show (Lever's and Greenhouse's exact posted date), at
 * most once per address while the worker lives: a posting seen again, or a board asked for two of its postings,
 * reuses the answer. What the API said, including that the posting is gone or that nothing could be told, is
 * handed back for the popup to explain; it is never reported as a problem.
 */

const MAX_ANSWERS = 500;

type Answer = { state: 'pending'; promise: Promise<ApiAnswer> } | { state: 'done'; answer: ApiAnswer };

export interface DateLookup {
  /** The posting with an answer already in merged, or undefined when there is none (yet). */
  merged(posting: Posting, now: Date): Posting | undefined;
  /** Asks unless asked before; resolves to what the API said, or undefined when there is nothing to ask. */
  ask(posting: Posting, now: Date): Promise<ApiOutcome | undefined>;
}

export function createDateLookup(fetchJson: typeof fetch): DateLookup {
  const answers = new Map<string, Answer>();

  const get = async (url: string): Promise<ApiAnswer> => {
    const known = answers.get(url);
    if (known?.state === 'done') return known.answer;
    if (known) return known.promise;
    const promise = fetchApi(url, fetchJson);
    answers.set(url, { state: 'pending', promise });
    if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value as string);
    const answer = await promise;
    answers.set(url, { state: 'done', answer });
    return answer;
  };

  return {
    merged(posting, now) {
      const url = apiRequestFor(posting)?.url;
      const known = url === undefined ? undefined : answers.get(url);
      if (known?.state !== 'done' || known.answer.kind !== 'json') return undefined;
      const applied = applyApiResponse(posting, known.answer.json, now);
      return applied.ok ? enrichPosting(applied.posting) : undefined;
    },
    async ask(posting, now) {
      const outcome = await askApi(posting, get, now);
      // Read as a page's is: a description only the API gave may state pay in words.
      return outcome?.kind === 'listed' ? { ...outcome, posting: enrichPosting(outcome.posting) } : outcome;
    },
  };
}
