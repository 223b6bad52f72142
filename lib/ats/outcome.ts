import { type Posting, parsePosting } from '@/lib/posting';
import { ATS_LABELS, type EmployerCheck, type EmployerLink, type Verdict } from './types';

/** A verdict as the score and the popup see it: where it was asked and when. */
export function employerCheckOf(link: EmployerLink, verdict: Verdict, now: Date): EmployerCheck {
  const checkedAt = now.toISOString();
  if (verdict.state === 'listed') {
    return { state: 'listed', ats: link.ats, checkedAt, ...(verdict.posted ? { posted: verdict.posted } : {}) };
  }
  if (verdict.state === 'gone') return { state: 'gone', ats: link.ats, checkedAt, reason: verdict.reason };
  return { state: 'unknown', ats: link.ats, checkedAt, reason: verdict.reason };
}

/** An apply link to a site no check reads: unknown without asking anyone. */
export function unreadableCheck(host: string, now: Date): EmployerCheck {
  return {
    state: 'unknown',
    checkedAt: now.toISOString(),
    reason: `the apply link goes to ${host}, a site Still Hiring cannot ask`,
  };
}

/** The ATS is holding requests back (it answered 429 a moment ago): unknown until `until`, without asking. */
export function pausedCheck(link: EmployerLink, until: Date, now: Date): EmployerCheck {
  const at = until.toISOString().slice(11, 16);
  return {
    state: 'unknown',
    ats: link.ats,
    checkedAt: now.toISOString(),
    reason: `${ATS_LABELS[link.ats]} asked us to slow down (rate limit); asking again after ${at} UTC`,
  };
}

/**
 * The posting with the employer's exact posted date in place of the board's own (LinkedIn's "2 weeks ago"), when
 * the check found the posting listed with one; the posting as it was otherwise.
 */
export function withEmployerDate(posting: Posting, check: EmployerCheck | undefined): Posting {
  if (check?.state !== 'listed' || !check.posted) return posting;
  const parsed = parsePosting({
    ...posting,
    posted: { kind: 'exact', date: check.posted },
    evidence: { ...posting.evidence, posted: 'ats-api' },
  });
  return parsed.ok ? parsed.posting : posting;
}
