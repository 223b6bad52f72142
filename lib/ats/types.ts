/**
 * The employer's own applicant tracking system (ATS), asked whether a posting is still listed there: the check a
 * job board's listing gets through its "Apply on company website" link, and the one saved listings get every day.
 * Plain types and values only, so that the score, the messages and the content scripts can share them.
 */

export const ATS_NAMES = ['lever', 'workday', 'greenhouse', 'ashby'] as const;
export type AtsName = (typeof ATS_NAMES)[number];

export const ATS_LABELS: Record<AtsName, string> = {
  lever: 'Lever',
  workday: 'Workday',
  greenhouse: 'Greenhouse',
  ashby: 'Ashby',
};

/** A posting on an employer's ATS: which one, and the posting's own address there (no tracking parameters). */
export interface EmployerLink {
  ats: AtsName;
  url: string;
}

/**
 * What one answer of an ATS says about a posting:
 * - listed: it is there; `posted` is the ATS's own posted date (ISO) when it gives one, `title` the title it shows;
 * - gone: the ATS answered that it is not (404, missing from the board, no longer posted); `reason` says how;
 * - unknown: no answer that says either (offline, a timeout, a rate limit, an error, a body we cannot read).
 */
export type Verdict =
  | { state: 'listed'; posted?: string; title?: string }
  | { state: 'gone'; reason: string }
  | { state: 'unknown'; reason: string; retryAfterMs?: number };

/**
 * A check as the score, the badge and the popup see it. `ats` is absent when the link goes to a site no check can
 * read (an ATS we do not support, a careers page): then it is unknown without any request.
 */
export type EmployerCheck =
  | { state: 'listed'; ats: AtsName; checkedAt: string; posted?: string }
  | { state: 'gone'; ats: AtsName; checkedAt: string; reason: string }
  | { state: 'unknown'; ats?: AtsName; checkedAt: string; reason: string };
