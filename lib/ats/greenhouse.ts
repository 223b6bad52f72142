import { pickGreenhouseJob } from '@/lib/extract/api/greenhouse';
import { isObject, toIsoDate } from '@/lib/extract/common';
import { greenhousePostingKey } from '@/lib/extract/urls';
import { type AtsAdapter, type BoardEntry, isNotFound, repostId } from './adapter';
import { greenhousePostingUrl } from './links';
import type { EmployerLink } from './types';

/**
 * Greenhouse's Job Board API (STRUCTURE.md §4): GET boards-api.greenhouse.io/v1/boards/{board}/jobs/{id} answers the
 * job post, or 404 once it is taken down; …/jobs lists the board's open ones, where a repost shows under a new id.
 * `first_published` is the posted date (`updated_at` moves on every edit).
 */

const API = 'https://boards-api.greenhouse.io/v1/boards';

/** The board and job post of a link; the embed form's address names both only when it has `for`. */
function keyOf(link: EmployerLink): { board: string; id: string } | undefined {
  const key = greenhousePostingKey(link.url);
  return key?.board ? { board: key.board, id: key.id } : undefined;
}

/** A job post of the board's list: its id (a number in the API's answers) as text, and its title. */
const boardEntry: BoardEntry = (job) =>
  (typeof job.id === 'number' || typeof job.id === 'string') && typeof job.title === 'string'
    ? { id: String(job.id), title: job.title }
    : undefined;

export const greenhouseAdapter: AtsAdapter = {
  request(link) {
    const key = keyOf(link);
    return key ? { url: `${API}/${encodeURIComponent(key.board)}/jobs/${key.id}` } : undefined;
  },

  read(link, status, json) {
    if (isNotFound(status)) {
      return { state: 'gone', reason: 'Greenhouse answers that the job post does not exist (404)' };
    }
    const key = keyOf(link);
    const picked = pickGreenhouseJob(json, key?.id ?? '', key?.board);
    // A board answer without the job post is gone; an answer of another shape, or for another post, tells nothing.
    if (!('job' in picked)) return { state: picked.kind, reason: picked.error };
    const posted = toIsoDate(picked.job.first_published ?? undefined);
    return { state: 'listed', title: picked.job.title, ...(posted ? { posted } : {}) };
  },

  boardRequest(link) {
    const key = keyOf(link);
    return key ? { url: `${API}/${encodeURIComponent(key.board)}/jobs` } : undefined;
  },

  findRepost(link, title, json) {
    const key = keyOf(link);
    const jobs = isObject(json) && Array.isArray(json.jobs) ? json.jobs : [];
    const id = key ? repostId(jobs, key.id, title, boardEntry) : undefined;
    if (!key || !id) return undefined;
    const url = greenhousePostingUrl(key.board, id, new URL(link.url).hostname.includes('.eu.'));
    return greenhousePostingKey(url) ? ({ ats: 'greenhouse', url } satisfies EmployerLink) : undefined;
  },
};
