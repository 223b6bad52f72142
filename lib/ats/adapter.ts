import { isObject } from '@/lib/extract/common';
import { normalizeKey } from '@/lib/posting-keys';
import type { AtsRequest } from './request';
import type { EmployerLink, Verdict } from './types';

/**
 * One ATS's public API: how to ask it about a posting, and how to read its answers. lib/ats/check.ts handles what
 * every API shares (no answer, rate limits, server errors); an adapter reads only answers that can say listed or
 * gone (2xx, 404, 410). Building the request, sending it and reading the answer stay apart, so each is tested alone.
 */
export interface AtsAdapter {
  /** The request that answers for the posting; undefined when the link is not one of this ATS's postings. */
  request(link: EmployerLink): AtsRequest | undefined;
  /** What an answer says; `json` is undefined when the body was not JSON. */
  read(link: EmployerLink, status: number, json: unknown): Verdict;
  /**
   * Where to look for the same role under a new id once the posting is gone (its employer's board), when the
   * posting's own answer is not already the board.
   */
  boardRequest?(link: EmployerLink, title: string): AtsRequest | undefined;
  /** Another posting with `title` in a board answer (or the posting's own, for board APIs): a repost. */
  findRepost(link: EmployerLink, title: string, json: unknown): EmployerLink | undefined;
}

/** Same role by title: "Senior Engineer (Remote)" and "senior engineer remote" match. */
export const sameTitle = (a: string, b: string) => normalizeKey(a) !== '' && normalizeKey(a) === normalizeKey(b);

/** How a board's list names one posting's id and title; undefined for an entry that is not a posting. */
export type BoardEntry = (item: Record<string, unknown>) => { id: string; title: string } | undefined;

/** The id of another posting of the same title in a board's list: a repost of the posting `ownId`. */
export function repostId(
  items: readonly unknown[],
  ownId: string,
  title: string,
  entry: BoardEntry,
): string | undefined {
  for (const item of items) {
    const read = isObject(item) ? entry(item) : undefined;
    if (read && read.id !== ownId && sameTitle(read.title, title)) return read.id;
  }
  return undefined;
}

/** A status the adapters read as "no such posting". */
export const isNotFound = (status: number) => status === 404 || status === 410;
