import { z } from 'zod';
import { ATS_NAMES, type EmployerLink, type Verdict } from '@/lib/ats/types';
import { afterCheck, MAX_WATCH_HISTORY, newWatchRecord, type WatchRecord } from '@/lib/watch/record';
import { allRequests, type Db, inTransaction } from './db';
import { type Problems, recordLabel, validPosting } from './read';
import { firstIssue, WEB_ADDRESS } from './schema';
import type { StoredPosting } from './types';

/**
 * The `watch` store (version 3): one record per posting whose employer's ATS was asked, with every check in its
 * history (lib/watch/record.ts says what each check changes), and in `meta` the watch's own state: when the daily
 * round began, when the user last looked at what closed, which ATS asked us to wait, and when the last requests
 * went out. Records are checked when read, like every other record.
 */

const IsoDate = z.iso.datetime({ offset: true, error: 'Invalid ISO date' });
const Text = z.string().min(1);
const Link = z.object({
  ats: z.enum(ATS_NAMES),
  url: z.string().regex(WEB_ADDRESS, { error: 'must be an http(s) address' }),
});

const Entry = z.discriminatedUnion('kind', [
  z.object({ at: IsoDate, kind: z.literal('listed') }),
  z.object({ at: IsoDate, kind: z.literal('gone'), reason: z.string() }),
  z.object({ at: IsoDate, kind: z.literal('unknown'), reason: z.string() }),
  z.object({ at: IsoDate, kind: z.literal('closed'), since: IsoDate }),
  z.object({ at: IsoDate, kind: z.literal('returned') }),
  z.object({ at: IsoDate, kind: z.literal('reposted'), url: z.string().regex(WEB_ADDRESS) }),
  z.object({ at: IsoDate, kind: z.literal('date-changed'), from: IsoDate, to: IsoDate }),
]);

export const WatchRecordSchema = z.object({
  key: Text,
  link: Link,
  title: Text.optional(),
  state: z.enum(['listed', 'gone']).optional(),
  postedAt: IsoDate.optional(),
  checkedAt: IsoDate.optional(),
  goneStreak: z.number().int().min(0),
  goneSince: IsoDate.optional(),
  closedAt: IsoDate.optional(),
  failures: z.number().int().min(0),
  retryAt: IsoDate.optional(),
  confirmAt: IsoDate.optional(),
  history: z.array(Entry).max(MAX_WATCH_HISTORY),
});

/** The watch's own state, one value in `meta`. */
export interface WatchState {
  /** When the current daily round of checks began. */
  roundStartedAt?: string;
  /** When the user last looked at the listings that closed (the popup), for the toolbar's count. */
  seenAt?: string;
  /** ATS API hosts that answered 429, and until when they asked us to wait. */
  pauses: Record<string, string>;
  /** When the latest requests went out, newest last: the rate limit's window. */
  sent: string[];
}

const WatchStateSchema = z.object({
  roundStartedAt: IsoDate.optional(),
  seenAt: IsoDate.optional(),
  pauses: z.record(z.string(), IsoDate),
  sent: z.array(IsoDate).max(100),
});

const STATE_KEY = 'watch';
const EMPTY_STATE: WatchState = { pauses: {}, sent: [] };

// Compile-time check that the schemas and the types describe the same values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<z.infer<typeof WatchRecordSchema>, WatchRecord>;
true satisfies Same<z.infer<typeof WatchStateSchema>, WatchState>;

export function validWatches(raws: readonly unknown[], problems: Problems): WatchRecord[] {
  return raws.flatMap((raw) => validWatch(raw, problems) ?? []);
}

export function validWatch(raw: unknown, problems: Problems): WatchRecord | undefined {
  if (raw === undefined) return undefined;
  const parsed = WatchRecordSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.report(`Skipped a damaged watch record (${recordLabel(raw)}): ${firstIssue(parsed.error)}`);
  return undefined;
}

export interface CheckRecording {
  /** The employer's title, for a listing checked the first time. */
  title?: string;
  /** A repost of a gone posting, found on the employer's board. */
  repost?: EmployerLink;
}

/**
 * Records one check of the posting `key` asked through `link`, in its own transaction, and returns the record as
 * written. A link other than the one kept (the job board now points elsewhere) replaces it.
 */
export function recordCheck(
  db: Db,
  problems: Problems,
  key: string,
  link: EmployerLink,
  verdict: Verdict,
  now: Date,
  { title, repost }: CheckRecording = {},
): Promise<WatchRecord> {
  return inTransaction(db, ['watch'], 'readwrite', async (tx) => {
    const store = tx.objectStore('watch');
    const kept = validWatch(await store.get(key), problems);
    const previous = kept ? { ...kept, link } : newWatchRecord(key, link, title);
    const next = afterCheck(previous, verdict, now, repost);
    await store.put(next);
    return next;
  });
}

/** Keeps the link of a posting not checked yet (a listing saved with checks off), so the watch can ask later. */
export function linkWatch(db: Db, problems: Problems, key: string, link: EmployerLink): Promise<void> {
  return inTransaction(db, ['watch'], 'readwrite', async (tx) => {
    const store = tx.objectStore('watch');
    if (!validWatch(await store.get(key), problems)) await store.put(newWatchRecord(key, link));
  });
}

export async function getWatch(db: Db, problems: Problems, key: string): Promise<WatchRecord | undefined> {
  return validWatch(await inTransaction(db, ['watch'], 'readonly', (tx) => tx.objectStore('watch').get(key)), problems);
}

export async function watchRecords(db: Db, problems: Problems): Promise<WatchRecord[]> {
  const raws = await inTransaction(db, ['watch'], 'readonly', (tx) => tx.objectStore('watch').getAll());
  return validWatches(raws, problems);
}

/** A saved listing the watch saw close, with its watch record. */
export interface ClosedListing {
  posting: StoredPosting;
  watch: WatchRecord & { closedAt: string };
}

/** Saved listings that closed, latest closure first, through the byClosed index (a few records, not all). */
export async function closedListings(db: Db, problems: Problems): Promise<ClosedListing[]> {
  const [watches, postings] = await inTransaction(db, ['watch', 'postings'], 'readonly', async (tx) => {
    const raws = await tx.objectStore('watch').index('byClosed').getAll();
    const found = raws.flatMap((raw) => validWatch(raw, problems) ?? []);
    const store = tx.objectStore('postings');
    return [found, await allRequests(found, (watch) => store.get(watch.key))] as const;
  });
  const closed: ClosedListing[] = [];
  watches.forEach((watch, i) => {
    const posting = validPosting(postings[i], problems);
    if (posting?.saved && watch.closedAt) closed.push({ posting, watch: { ...watch, closedAt: watch.closedAt } });
  });
  return closed.sort((a, b) => b.watch.closedAt.localeCompare(a.watch.closedAt));
}

export async function watchState(db: Db): Promise<WatchState> {
  const raw = await inTransaction(db, ['meta'], 'readonly', (tx) => tx.objectStore('meta').get(STATE_KEY));
  const parsed = WatchStateSchema.safeParse(raw);
  // A damaged state only loses the watch's timing: a new round starts, nothing about listings is lost.
  return parsed.success ? parsed.data : structuredClone(EMPTY_STATE);
}

/** Changes the watch's state in one transaction, from the state as stored then; returns what was written. */
export function updateWatchState(db: Db, change: (state: WatchState) => WatchState): Promise<WatchState> {
  return inTransaction(db, ['meta'], 'readwrite', async (tx) => {
    const parsed = WatchStateSchema.safeParse(await tx.objectStore('meta').get(STATE_KEY));
    const next = change(parsed.success ? parsed.data : structuredClone(EMPTY_STATE));
    await tx.objectStore('meta').put(next, STATE_KEY);
    return next;
  });
}
