import { checkLink, requestFor } from '@/lib/ats/check';
import { crossCheckTarget } from '@/lib/ats/links';
import { employerCheckOf, pausedCheck, unreadableCheck } from '@/lib/ats/outcome';
import type { EmployerCheck, EmployerLink, Verdict } from '@/lib/ats/types';
import type { Posting } from '@/lib/posting';

/**
 * The cross-check of a job board's posting while it is viewed: its apply link's ATS is asked whether the posting is
 * still listed. An answer is reused for a while, so going back and forth between postings does not ask again; an ATS
 * that answered 429 is not asked again until its Retry-After has passed.
 */

/** How long an answer is reused for the same employer posting. */
const REUSE_MS = 30 * 60_000;
const MAX_KEPT = 500;

export interface Asked {
  link: EmployerLink;
  verdict: Verdict;
  check: EmployerCheck;
}

export interface CrossCheck {
  /**
   * What is known right away: an apply link no check can read, an ATS holding requests back, or an answer given a
   * moment ago. `ask` true when the ATS is to be asked; undefined check when there is nothing to check at all.
   */
  known(posting: Posting, now: Date): { check?: EmployerCheck; ask?: EmployerLink } | undefined;
  /** Asks the ATS behind `link` (one request), remembering the answer. */
  ask(link: EmployerLink, now: Date): Promise<Asked>;
}

export function createCrossCheck(fetchJson: typeof fetch): CrossCheck {
  const answers = new Map<string, { at: number; asked: Asked }>();
  const pauses = new Map<string, number>();

  const hostOf = (link: EmployerLink) => {
    const url = requestFor(link)?.url;
    return url === undefined ? undefined : new URL(url).host;
  };

  return {
    known(posting, now) {
      const target = crossCheckTarget(posting);
      if (!target) return undefined;
      if ('unreadable' in target) return { check: unreadableCheck(target.unreadable, now) };
      const { link } = target;
      const kept = answers.get(link.url);
      if (kept && now.getTime() - kept.at < REUSE_MS) return { check: kept.asked.check };
      const host = hostOf(link);
      const until = host === undefined ? undefined : pauses.get(host);
      if (until !== undefined && until > now.getTime()) return { check: pausedCheck(link, new Date(until), now) };
      return { ask: link };
    },

    async ask(link, now) {
      const { verdict } = await checkLink(link, fetchJson, now);
      const asked: Asked = { link, verdict, check: employerCheckOf(link, verdict, now) };
      const host = hostOf(link);
      if (verdict.state === 'unknown' && verdict.retryAfterMs !== undefined && host !== undefined) {
        pauses.set(host, now.getTime() + verdict.retryAfterMs);
      }
      // A failed check is not reused: the next view asks again.
      if (verdict.state !== 'unknown') answers.set(link.url, { at: now.getTime(), asked });
      if (answers.size > MAX_KEPT) answers.delete(answers.keys().next().value as string);
      return asked;
    },
  };
}
