import { pickGreenhouseJob } from '@/lib/extract/api/greenhouse';
import { isObject, toIsoDate } from '@/lib/extract/common';
import { greenhousePostingKey } from '@/lib/extract/urls';
import { type AtsAdapter, isNotFound, sameTitle } from './adapter';
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
    if (!key) return undefined;
    const found = jobs.find(
      (job) =>
        isObject(job) &&
        (typeof job.id === 'number' || typeof job.id === 'string') &&
        String(job.id) !== key.id &&
        typeof job.title === 'string' &&
        sameTitle(job.title, title),
    ) as { id: number | string } | undefined;
    if (!found) return undefined;
    const host = new URL(link.url).hostname.includes('.eu.')
      ? 'job-boards.eu.greenhouse.io'
      : 'job-boards.greenhouse.io';
    const url = `https://${host}/${encodeURIComponent(key.board)}/jobs/${found.id}`;
    return greenhousePostingKey(url) ? ({ ats: 'greenhouse', url } satisfies EmployerLink) : undefined;
  },
};
