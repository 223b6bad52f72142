import { DEFAULT_RETRY_AFTER_MS, findRepost, requestFor, verdictOf } from '@/lib/ats/check';
import { employerLinkFromUrl } from '@/lib/ats/links';
import { sendAtsRequest } from '@/lib/ats/request';
import type { EmployerLink, Verdict } from '@/lib/ats/types';
import type { Settings } from '@/lib/settings';
import type { Store, StoredPosting, WatchState } from '@/lib/store';
import { byOldestCheck, closedNoticedAt, isDue, newWatchRecord, type WatchRecord } from '@/lib/watch/record';

/**
 * Watching saved listings: once a day every saved listing is asked again on its employer's ATS, oldest check first,
 * a few requests a minute. A daily alarm begins each round; a second alarm comes back a minute later while listings
 * of the round are left, or when the next retry or confirmation falls due. Every check is written as soon as its
 * answer comes, and which listings are left is worked out from those records, so a worker stopped mid-round (the
 * browser closed) carries on where it stopped. Only listings saved at the moment of asking are asked.
 */

export const ROUND_ALARM = 'still-hiring:watch-round';
export const NEXT_ALARM = 'still-hiring:watch-next';
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** "At most a few requests a minute", all ATS together. */
export const REQUESTS_PER_MINUTE = 4;
/** Offline: look again this much later, without counting a failed check against any listing. */
const OFFLINE_RETRY_MS = 5 * MINUTE_MS;

export type Alarms = {
  create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }): unknown;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<{ name: string } | undefined>;
};

/** Alarms that never go off: for a background driven by hand (tests), which runs the watch itself. */
export const NO_ALARMS: Alarms = {
  create: () => undefined,
  clear: async () => false,
  get: async () => undefined,
};

export interface WatchDeps {
  /** The background's store, opened once and shared. */
  store: () => Promise<Store>;
  settings: () => Promise<Settings>;
  fetch: typeof fetch;
  now: () => Date;
  /** navigator.onLine: false means no request can go out. */
  online: () => boolean;
  alarms: Alarms;
  /** Shows on the toolbar how many saved listings closed since the user last looked (0: nothing). */
  showClosed: (count: number) => Promise<void>;
}

export interface WatchRun {
  requests: number;
  checked: number;
}

export interface Watch {
  /** The worker started: keeps the daily alarm, starts a round when a day has passed, resumes one left unfinished. */
  start(): Promise<void>;
  /** Resolves with what the run did, once it is over; undefined for an alarm that is not the watch's. */
  onAlarm(name: string): Promise<WatchRun | undefined>;
  /** The user looked at what closed (the popup opened): the toolbar count starts again from now. */
  seen(): Promise<{ seenAt?: string }>;
  onSettingsChanged(settings: Settings): Promise<void>;
  /** The number the toolbar shows, recomputed. */
  refreshCount(): Promise<void>;
  /** A listing was just saved: the watch comes back within a minute to ask about it. */
  soon(): Promise<void>;
}

export const isWatching = (settings: Settings) => settings.atsDateLookup && settings.watchSaved;

interface Due {
  listing: StoredPosting;
  record: WatchRecord;
}

/**
 * A listing's record, or a new one for a listing read on an ATS itself and never checked. A job board's listing
 * without a record has no known link (it was saved before its apply link was read) and is not watched.
 */
function recordOf(listing: StoredPosting, records: Map<string, WatchRecord>): WatchRecord | undefined {
  const known = records.get(listing.key);
  if (known) return known;
  const link = employerLinkFromUrl(listing.url);
  return link && newWatchRecord(listing.key, link, listing.title);
}

const apiHost = (link: EmployerLink) => {
  const url = requestFor(link)?.url;
  return url === undefined ? undefined : new URL(url).host;
};

export function createWatch(deps: WatchDeps): Watch {
  let running: Promise<unknown> = Promise.resolve();

  /** Runs `work` after whatever the watch is doing: one round's work at a time. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = running.then(work, work);
    running = next.catch(() => undefined);
    return next;
  };

  const watching = async () => isWatching(await deps.settings());

  const refreshCount = async () => {
    const store = await deps.store();
    if (!(await watching())) return deps.showClosed(0);
    const [closed, state] = await Promise.all([store.closedListings(), store.watchState()]);
    const seenAt = state.seenAt ?? '';
    return deps.showClosed(closed.filter(({ watch }) => (closedNoticedAt(watch) ?? '') > seenAt).length);
  };

  const stop = async () => {
    await deps.alarms.clear(ROUND_ALARM);
    await deps.alarms.clear(NEXT_ALARM);
    await deps.showClosed(0);
  };

  const ensureRoundAlarm = async () => {
    if (!(await deps.alarms.get(ROUND_ALARM))) {
      deps.alarms.create(ROUND_ALARM, { delayInMinutes: DAY_MS / MINUTE_MS, periodInMinutes: DAY_MS / MINUTE_MS });
    }
  };

  const wakeAt = async (when: number | undefined) => {
    if (when === undefined) await deps.alarms.clear(NEXT_ALARM);
    else deps.alarms.create(NEXT_ALARM, { when });
  };

  /** The saved listings that can be watched, with their records, the due ones oldest check first. */
  const plan = async (store: Store, state: WatchState, now: Date) => {
    const [saved, records] = await Promise.all([store.listSaved(), store.watchRecords()]);
    const byKey = new Map(records.map((record) => [record.key, record]));
    const roundStart = state.roundStartedAt ? Date.parse(state.roundStartedAt) : 0;
    const paused = (record: WatchRecord) => {
      const host = apiHost(record.link);
      const until = host === undefined ? undefined : state.pauses[host];
      return until !== undefined && Date.parse(until) > now.getTime() ? Date.parse(until) : undefined;
    };
    const watched = saved.flatMap((listing) => {
      const record = recordOf(listing, byKey);
      return record ? [{ listing, record }] : [];
    });
    const due = watched.filter(({ record }) => paused(record) === undefined && isDue(record, roundStart, now));
    // Oldest check first; among equals (never checked), the listing saved first.
    due.sort(
      (a, b) =>
        byOldestCheck(a.record, b.record) || (a.listing.saved?.at ?? '').localeCompare(b.listing.saved?.at ?? ''),
    );
    // When anything not due now falls due in this round: at a retry, a confirmation or the end of a pause.
    const later = watched.flatMap(({ record }) => {
      const pause = paused(record);
      const candidates = [record.retryAt, record.confirmAt]
        .map((at) => (at === undefined ? 0 : Date.parse(at)))
        .concat(pause ?? 0)
        .filter((at) => at > now.getTime())
        .map((at) => Math.max(at, pause ?? 0))
        .sort((a, b) => a - b);
      const first = candidates.find((at) => isDue(record, roundStart, new Date(at)));
      return first === undefined ? [] : [first];
    });
    return { due, nextDue: later.length > 0 ? Math.min(...later) : undefined };
  };

  /**
   * Asks about one group of due listings that one request answers; returns the requests it took, and the API host
   * when it answered 429 (it is then held until its Retry-After).
   */
  const askGroup = async (
    store: Store,
    group: Due[],
    budget: number,
  ): Promise<{ requests: number; paused?: string }> => {
    const [first] = group;
    const request = first && requestFor(first.record.link);
    if (!first || !request) return { requests: 0 };
    const now = deps.now();
    const answer = await sendAtsRequest(deps.fetch, request, now);
    let requests = 1;
    for (const { listing, record } of group) {
      // Unsaved while the request was out: its answer is not kept.
      const current = await store.getPosting(listing.source, listing.id);
      if (!current?.saved) continue;
      const verdict: Verdict = verdictOf(record.link, answer);
      let repost: EmployerLink | undefined;
      // A repost is looked for when the listing would close (or is closed): not on a first, unconfirmed gone.
      const closing = verdict.state === 'gone' && (record.goneStreak >= 1 || record.closedAt !== undefined);
      if (closing && requests < budget) {
        const title = record.title ?? listing.title;
        const json = answer.kind === 'answer' ? answer.json : undefined;
        const found = await findRepost(record.link, title, json, deps.fetch, deps.now());
        requests += found.requests;
        repost = found.repost;
      }
      await store.recordCheck(listing.source, listing.id, record.link, verdict, deps.now(), {
        ...(record.title ? {} : { title: listing.title }),
        ...(repost ? { repost } : {}),
      });
    }
    if (answer.kind !== 'answer' || answer.status !== 429) return { requests };
    const host = new URL(request.url).host;
    const until = new Date(now.getTime() + (answer.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS)).toISOString();
    await store.updateWatchState((state) => ({ ...state, pauses: { ...state.pauses, [host]: until } }));
    return { requests, paused: host };
  };

  const run = (): Promise<WatchRun> =>
    serial(async () => {
      const report: WatchRun = { requests: 0, checked: 0 };
      if (!(await watching())) {
        await stop();
        return report;
      }
      const store = await deps.store();
      if (!deps.online()) {
        await wakeAt(deps.now().getTime() + OFFLINE_RETRY_MS);
        return report;
      }
      const started = deps.now();
      const state = await store.watchState();
      const recent = state.sent.filter((at) => started.getTime() - Date.parse(at) < MINUTE_MS);
      let budget = REQUESTS_PER_MINUTE - recent.length;
      const { due } = await plan(store, state, started);
      const groups = new Map<string, Due[]>();
      for (const item of due) {
        const url = requestFor(item.record.link)?.url;
        if (url !== undefined) groups.set(url, [...(groups.get(url) ?? []), item]);
      }
      const sent: string[] = [];
      const held = new Set<string>();
      for (const [url, group] of groups) {
        if (budget <= 0) break;
        if (held.has(new URL(url).host)) continue;
        const { requests, paused } = await askGroup(store, group, budget);
        if (paused) held.add(paused);
        budget -= requests;
        report.requests += requests;
        report.checked += group.length;
        for (let i = 0; i < requests; i++) sent.push(deps.now().toISOString());
      }
      const now = deps.now();
      const after = await store.updateWatchState((current) => ({
        ...current,
        sent: [...current.sent, ...sent].filter((at) => now.getTime() - Date.parse(at) < MINUTE_MS).slice(-100),
        pauses: Object.fromEntries(
          Object.entries(current.pauses).filter(([, until]) => Date.parse(until) > now.getTime()),
        ),
      }));
      const left = await plan(store, after, now);
      await wakeAt(left.due.length > 0 ? now.getTime() + MINUTE_MS : left.nextDue);
      await refreshCount();
      return report;
    });

  const beginRound = async () => {
    const now = deps.now();
    const store = await deps.store();
    await store.updateWatchState((state) => ({ ...state, roundStartedAt: now.toISOString() }));
  };

  return {
    async start() {
      if (!(await watching())) return stop();
      await ensureRoundAlarm();
      const state = await (await deps.store()).watchState();
      const began = state.roundStartedAt ? Date.parse(state.roundStartedAt) : undefined;
      // The daily alarm may not survive a browser restart: a round a day old starts again here.
      if (began === undefined || deps.now().getTime() - began >= DAY_MS) await beginRound();
      await run();
    },
    async onAlarm(name) {
      if (name === ROUND_ALARM) {
        if (await watching()) await beginRound();
        return run();
      }
      return name === NEXT_ALARM ? run() : undefined;
    },
    async seen() {
      const store = await deps.store();
      let before: string | undefined;
      await store.updateWatchState((state) => {
        before = state.seenAt;
        return { ...state, seenAt: deps.now().toISOString() };
      });
      await refreshCount();
      return before === undefined ? {} : { seenAt: before };
    },
    async onSettingsChanged(settings) {
      if (!isWatching(settings)) await stop();
      else await this.start();
    },
    refreshCount,
    async soon() {
      if (await watching()) deps.alarms.create(NEXT_ALARM, { delayInMinutes: 1 });
    },
  };
}
