import { ashbyBoardJobs, findAshbyJob } from '@/lib/extract/api/ashby';
import { isObject, toIsoDate } from '@/lib/extract/common';
import { ashbyPostingKey } from '@/lib/extract/urls';
import { type AtsAdapter, type BoardEntry, isNotFound, repostId } from './adapter';
import { ashbyPostingUrl } from './links';
import type { EmployerLink } from './types';

/**
 * Ashby's public posting API (STRUCTURE.md §5): GET api.ashbyhq.com/posting-api/job-board/{org} lists the board's
 * listed postings; there is no address for one posting, so the board is the answer and a posting missing from it is
 * gone. A 404 means the API does not know the board, which says nothing about the posting.
 */

/** A posting of the board: its id, lower-cased as in its address, and its title. */
const boardEntry: BoardEntry = (job) =>
  typeof job.id === 'string' && typeof job.title === 'string'
    ? { id: job.id.toLowerCase(), title: job.title }
    : undefined;

export const ashbyAdapter: AtsAdapter = {
  request(link) {
    const key = ashbyPostingKey(link.url);
    return key ? { url: `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(key.org)}` } : undefined;
  },

  read(link, status, json) {
    const key = ashbyPostingKey(link.url);
    if (isNotFound(status)) {
      return { state: 'unknown', reason: `Ashby does not know the job board "${key?.org ?? ''}" (404)` };
    }
    const board = ashbyBoardJobs(json);
    if (!board.ok) return { state: 'unknown', reason: board.error };
    const job = findAshbyJob(board.jobs, key?.id ?? '');
    if (!isObject(job)) return { state: 'gone', reason: "The employer's Ashby board no longer lists the posting" };
    const posted = typeof job.publishedAt === 'string' ? toIsoDate(job.publishedAt) : undefined;
    return {
      state: 'listed',
      ...(typeof job.title === 'string' ? { title: job.title } : {}),
      ...(posted ? { posted } : {}),
    };
  },

  // The posting's own answer is the board: a repost is looked for in it, with no other request.
  findRepost(link, title, json) {
    const key = ashbyPostingKey(link.url);
    const board = ashbyBoardJobs(json);
    const id = key && board.ok ? repostId(board.jobs, key.id, title, boardEntry) : undefined;
    if (!key || !id) return undefined;
    const url = ashbyPostingUrl(key.org, id);
    return ashbyPostingKey(url) ? ({ ats: 'ashby', url } satisfies EmployerLink) : undefined;
  },
};
