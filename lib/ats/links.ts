import { ashbyPostingKey, greenhousePostingKey, leverPostingKey, workdayPostingKey } from '@/lib/extract/urls';
import type { Posting } from '@/lib/posting';
import { DIRECT_ATS_SOURCES } from '@/lib/posting-keys';
import type { EmployerLink } from './types';

/**
 * Which employer posting a listing stands for, as pure functions of addresses. A job board's listing points to it
 * through its apply link; a posting read on the ATS itself is its own link. Links are kept without the apply form
 * or tracking parameters job boards add ("/apply?source=LinkedIn"), so one posting has one link whatever the board.
 */

/** Workday's application form and its steps ("…_R123/apply", "…/apply/applyManually") come after the posting. */
const WORKDAY_APPLY = /\/apply(?:\/.*)?$/;

function workdayLink(url: URL): EmployerLink | undefined {
  // Newer Workday addresses name the posting under /details/ where older ones say /job/; the API takes /job/.
  const path = url.pathname.replace(WORKDAY_APPLY, '').replace(/\/details\//, '/job/');
  const posting = new URL(`${url.origin}${path}`);
  return workdayPostingKey(posting) ? { ats: 'workday', url: posting.href } : undefined;
}

/** A Lever posting's own address, in its region. */
export const leverPostingUrl = (company: string, id: string, eu: boolean) =>
  `https://${eu ? 'jobs.eu.lever.co' : 'jobs.lever.co'}/${encodeURIComponent(company)}/${id}`;

/** A Greenhouse job post's address on the current board UI, in its region. */
export const greenhousePostingUrl = (board: string, id: string, eu: boolean) =>
  `https://${eu ? 'job-boards.eu.greenhouse.io' : 'job-boards.greenhouse.io'}/${encodeURIComponent(board)}/jobs/${id}`;

/** An Ashby posting's address (its overview tab). */
export const ashbyPostingUrl = (org: string, id: string) => `https://jobs.ashbyhq.com/${encodeURIComponent(org)}/${id}`;

/** The ATS posting at `address`, or undefined when it is not a posting of an ATS we can ask. */
export function employerLinkFromUrl(address: string): EmployerLink | undefined {
  if (!URL.canParse(address)) return undefined;
  const url = new URL(address);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const lever = leverPostingKey(url);
  if (lever) return { ats: 'lever', url: leverPostingUrl(lever.company, lever.id, lever.eu) };
  const greenhouse = greenhousePostingKey(url);
  // The embedded form names its board only when it has `for`; without it the API cannot be asked.
  if (greenhouse?.board) {
    return {
      ats: 'greenhouse',
      url: greenhousePostingUrl(greenhouse.board, greenhouse.id, url.hostname.includes('.eu.')),
    };
  }
  const ashby = ashbyPostingKey(url);
  if (ashby) return { ats: 'ashby', url: ashbyPostingUrl(ashby.org, ashby.id) };
  return workdayLink(url);
}

const onAts = (source: Posting['source']) => DIRECT_ATS_SOURCES.includes(source);

/**
 * What a cross-check of a job board's posting can ask:
 * - `link`: the employer's ATS posting behind its apply link;
 * - `unreadable`: the apply link goes elsewhere (a careers page, an ATS we cannot read), named by its host;
 * - undefined: nothing to check: the posting is on an ATS itself, applies on the board (Easy Apply), or has no link.
 */
export function crossCheckTarget(posting: Posting): { link: EmployerLink } | { unreadable: string } | undefined {
  if (onAts(posting.source) || posting.flags.easyApply === true || !posting.applyUrl) return undefined;
  const link = employerLinkFromUrl(posting.applyUrl);
  if (link) return { link };
  return { unreadable: new URL(posting.applyUrl).hostname || posting.applyUrl };
}

/** The ATS posting a listing can be watched through: its own address on an ATS, else its apply link's. */
export function watchLinkOf(posting: Pick<Posting, 'source' | 'url' | 'applyUrl' | 'flags'>): EmployerLink | undefined {
  if (onAts(posting.source)) return employerLinkFromUrl(posting.url);
  if (posting.flags.easyApply === true || !posting.applyUrl) return undefined;
  return employerLinkFromUrl(posting.applyUrl);
}
