import type { EmployerLink, Verdict } from '@/lib/ats/types';

/**
 * What the extension remembers of a listing's checks on its employer's ATS, and the rules that turn one more check
 * into the next record. Pure: the store keeps these records (lib/store/watch.ts), the scheduler asks (schedule.ts).
 *
 * A listing closes only on answers that say it is gone, twice in a row: the first gone answer asks again a little
 * later, and any failed check in between (offline, a rate limit, a server error) changes nothing but the time of the
 * next try. A gone posting found again on its employer's board under another id with the same title is a repost: the
 * watch follows the new posting. A closed listing that is listed again has come back.
 */

export const MAX_WATCH_HISTORY = 50;
/** After a first gone answer, ask again this much later before calling the listing closed. */
export const CONFIRM_AFTER_MS = 30 * 60_000;
/** Failed checks are tried again after 10 min, 20 min, 40 min…, at most this long apart. */
const FIRST_RETRY_MS = 10 * 60_000;
const MAX_RETRY_MS = 12 * 3_600_000;
/** After this many failed tries in a row a listing waits for the next daily round. */
export const MAX_FAILURES = 3;

export type WatchEntry =
  /** One check and what it found. */
  | { at: string; kind: 'listed' }
  | { at: string; kind: 'gone'; reason: string }
  | { at: string; kind: 'unknown'; reason: string }
  /** Gone, seen twice: the listing closed (it was first seen gone at `since`). */
  | { at: string; kind: 'closed'; since: string }
  /** Listed again after it had closed. */
  | { at: string; kind: 'returned' }
  /** The same title came back under a new id on the employer's board: the watch follows `url`. */
  | { at: string; kind: 'reposted'; url: string }
  /** The employer's posted date moved to another day. */
  | { at: string; kind: 'date-changed'; from: string; to: string };

export interface WatchRecord {
  /** The posting's store key, `${source}:${id}`. */
  key: string;
  /** The employer's posting that is asked. */
  link: EmployerLink;
  /** The title the employer shows, for finding a repost. */
  title?: string;
  /** What the last answer that said either said. */
  state?: 'listed' | 'gone';
  /** The employer's posted date, as last listed. */
  postedAt?: string;
  /** The last check that counts for the daily round: an answer, or the last of MAX_FAILURES failed tries. */
  checkedAt?: string;
  /** Gone answers in a row, and when the first of them came. */
  goneStreak: number;
  goneSince?: string;
  /** When it disappeared, once that was seen twice; cleared when it comes back. */
  closedAt?: string;
  /** Failed tries in a row. */
  failures: number;
  /** After a failed try: not asked again before this (a growing delay, at least what a rate limit asked). */
  retryAt?: string;
  /** After a first gone answer: asked again from this moment, in the same daily round, to confirm it. */
  confirmAt?: string;
  /** Newest last, at most MAX_WATCH_HISTORY. */
  history: WatchEntry[];
}

/** A record for a listing that has not been checked yet. */
export function newWatchRecord(key: string, link: EmployerLink, title?: string): WatchRecord {
  return { key, link, ...(title ? { title } : {}), goneStreak: 0, failures: 0, history: [] };
}

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

function withEntries(record: WatchRecord, entries: WatchEntry[]): WatchEntry[] {
  return [...record.history, ...entries].slice(-MAX_WATCH_HISTORY);
}

/** Drops the optional fields named, so a record never holds an `undefined` (IndexedDB keeps those as such). */
function without<K extends keyof WatchRecord>(record: WatchRecord, ...keys: K[]): Omit<WatchRecord, K> {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

/**
 * The record after one more check at `now`. `repost`: the posting found under a new id with the same title on the
 * employer's board, when a gone answer led to looking for one.
 */
export function afterCheck(previous: WatchRecord, verdict: Verdict, now: Date, repost?: EmployerLink): WatchRecord {
  const at = now.toISOString();
  if (verdict.state === 'unknown') {
    const failures = previous.failures + 1;
    const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
    return {
      ...previous,
      failures,
      retryAt: later(now, Math.max(backoff, verdict.retryAfterMs ?? 0)),
      ...(failures >= MAX_FAILURES ? { checkedAt: at } : {}),
      history: withEntries(previous, [{ at, kind: 'unknown', reason: verdict.reason }]),
    };
  }
  const answered = { ...without(previous, 'retryAt', 'confirmAt'), failures: 0, checkedAt: at };
  if (verdict.state === 'listed') {
    const entries: WatchEntry[] = [{ at, kind: 'listed' }];
    if (previous.closedAt) entries.push({ at, kind: 'returned' });
    const { posted, title } = verdict;
    // By the day, as dates are shown: an API that answers the same day at another hour has not moved it.
    if (previous.postedAt && posted && previous.postedAt.slice(0, 10) !== new Date(posted).toISOString().slice(0, 10)) {
      entries.push({ at, kind: 'date-changed', from: previous.postedAt, to: posted });
    }
    return {
      ...without(answered, 'goneSince', 'closedAt'),
      state: 'listed',
      goneStreak: 0,
      ...(title ? { title } : {}),
      ...(posted ? { postedAt: posted } : {}),
      history: withEntries(previous, entries),
    };
  }
  const gone: WatchEntry = { at, kind: 'gone', reason: verdict.reason };
  if (repost) {
    // The job is listed again under its new id: the watch asks for that one from now on.
    return {
      ...without(answered, 'goneSince', 'closedAt', 'postedAt'),
      link: repost,
      state: 'listed',
      goneStreak: 0,
      history: withEntries(previous, [gone, { at, kind: 'reposted', url: repost.url }]),
    };
  }
  const goneStreak = previous.goneStreak + 1;
  const goneSince = previous.goneSince ?? at;
  const closes = goneStreak >= 2 && !previous.closedAt;
  return {
    ...answered,
    state: 'gone',
    goneStreak,
    goneSince,
    ...(closes ? { closedAt: goneSince } : {}),
    ...(goneStreak === 1 ? { confirmAt: later(now, CONFIRM_AFTER_MS) } : {}),
    history: withEntries(previous, closes ? [gone, { at, kind: 'closed', since: goneSince }] : [gone]),
  };
}

/**
 * Whether the listing is to be asked at `now`: never before the retry time of a failed try, and then when it was
 * never checked, was last checked before the current daily round began (`roundStart`), or has a first gone answer
 * whose confirmation is due.
 */
export function isDue(record: WatchRecord, roundStart: number, now: Date): boolean {
  if (record.retryAt !== undefined && Date.parse(record.retryAt) > now.getTime()) return false;
  if (record.checkedAt === undefined || Date.parse(record.checkedAt) < roundStart) return true;
  return record.confirmAt !== undefined && Date.parse(record.confirmAt) <= now.getTime();
}

/**
 * When the watch saw the listing close (its 'closed' entry): what "closed since you last looked" counts. A listing
 * closes from the moment it was first seen gone (`closedAt`), which can be before the user last looked.
 */
export function closedNoticedAt(record: WatchRecord): string | undefined {
  const entry = [...record.history].reverse().find((item) => item.kind === 'closed');
  return entry?.at ?? record.closedAt;
}

/** Oldest check first; never checked before everything else. */
export function byOldestCheck(a: WatchRecord, b: WatchRecord): number {
  return (a.checkedAt ?? '').localeCompare(b.checkedAt ?? '');
}

const lastAt = (record: WatchRecord) => record.history.at(-1)?.at ?? record.checkedAt ?? '';

/**
 * One record from the same listing's checks as kept here and as an imported file has them: the one checked last
 * says where things stand (the local one on a tie), and the history is both sides' entries, each once, in order.
 */
export function mergeWatchRecords(local: WatchRecord, incoming: WatchRecord): WatchRecord {
  const newer = lastAt(incoming) > lastAt(local) ? incoming : local;
  const entries = new Map<string, WatchEntry>();
  for (const entry of [...local.history, ...incoming.history]) entries.set(JSON.stringify(entry), entry);
  const history = [...entries.values()].sort((a, b) => a.at.localeCompare(b.at)).slice(-MAX_WATCH_HISTORY);
  return { ...newer, history };
}
