import { pickLeverPosting } from '@/lib/extract/api/lever';
import { isObject } from '@/lib/extract/common';
import { leverPostingKey } from '@/lib/extract/urls';
import { type AtsAdapter, type BoardEntry, isNotFound, repostId } from './adapter';
import { leverPostingUrl } from './links';
import type { EmployerLink } from './types';

/**
 * Lever's postings API: GET api.lever.co/v0/postings/{company}/{id} answers the posting, or 404 once it is taken
 * down (a closed posting simply leaves the board, STRUCTURE.md §3.3). The board, ?mode=json, lists every open one.
 */

const apiBase = (key: { company: string; eu: boolean }) =>
  `https://${key.eu ? 'api.eu.lever.co' : 'api.lever.co'}/v0/postings/${encodeURIComponent(key.company)}`;

/** A posting of the board (?mode=json): its id, lower-cased as in its address, and its title (`text`). */
const boardEntry: BoardEntry = (item) =>
  typeof item.id === 'string' && typeof item.text === 'string'
    ? { id: item.id.toLowerCase(), title: item.text }
    : undefined;

export const leverAdapter: AtsAdapter = {
  request(link) {
    const key = leverPostingKey(link.url);
    return key ? { url: `${apiBase(key)}/${key.id}` } : undefined;
  },

  read(link, status, json) {
    if (isNotFound(status)) return { state: 'gone', reason: 'Lever answers that the posting does not exist (404)' };
    const id = leverPostingKey(link.url)?.id ?? '';
    const listed = (item: unknown) => isObject(item) && typeof item.id === 'string' && item.id.toLowerCase() === id;
    if (Array.isArray(json) && !json.some(listed)) {
      return { state: 'gone', reason: "The employer's Lever board no longer lists the posting" };
    }
    const picked = pickLeverPosting(json, id);
    if (!picked.ok) return { state: 'unknown', reason: picked.error };
    return { state: 'listed', posted: new Date(picked.api.createdAt).toISOString(), title: picked.api.text };
  },

  boardRequest(link) {
    const key = leverPostingKey(link.url);
    return key ? { url: `${apiBase(key)}?mode=json` } : undefined;
  },

  findRepost(link, title, json) {
    const key = leverPostingKey(link.url);
    const id = key && Array.isArray(json) ? repostId(json, key.id, title, boardEntry) : undefined;
    if (!key || !id) return undefined;
    const url = leverPostingUrl(key.company, id, key.eu);
    return leverPostingKey(url) ? ({ ats: 'lever', url } satisfies EmployerLink) : undefined;
  },
};
