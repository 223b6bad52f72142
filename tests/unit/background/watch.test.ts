import { IDBFactory } from 'fake-indexeddb';
import { createWatch, NEXT_ALARM, REQUESTS_PER_MINUTE, ROUND_ALARM, type WatchDeps } from '@/lib/background/watch';
import { type Posting, parsePosting } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { openStore, type Store } from '@/lib/store';
import { CONFIRM_AFTER_MS } from '@/lib/watch/record';

const START = new Date('2026-10-01T08:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const leverUrl = (n: number) => `https://jobs.lever.co/acme/${id(n)}`;
const apiUrl = (n: number) => `https://api.lever.co/v0/postings/acme/${id(n)}`;
const BOARD = 'https://api.lever.co/v0/postings/acme?mode=json';

function leverPosting(n: number, title = `Role ${n}`): Posting {
  const parsed = parsePosting({ source: 'lever', id: id(n), url: leverUrl(n), title, company: 'Acme' });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.posting;
}

/** What the fake ATS answers: a status (and body, Retry-After) per address, changeable between runs. */
class FakeAts {
  answers = new Map<string, { status: number; body?: unknown; retryAfter?: string } | 'offline' | 'timeout'>();
  asked: string[] = [];

  listed(n: number, title = `Role ${n}`) {
    this.answers.set(apiUrl(n), {
      status: 200,
      body: { id: id(n), text: title, createdAt: START.getTime() - 5 * DAY },
    });
  }

  fetch: typeof fetch = async (input) => {
    const url = String(input);
    this.asked.push(url);
    const answer = this.answers.get(url);
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    if (answer === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
    if (!answer) return new Response('{"ok":false,"error":"Document not found"}', { status: 404 });
    const headers: Record<string, string> = answer.retryAfter ? { 'retry-after': answer.retryAfter } : {};
    return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
      status: answer.status,
      headers,
    });
  };
}

class FakeAlarms {
  alarms = new Map<string, { when?: number; delayInMinutes?: number; periodInMinutes?: number }>();
  create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) {
    this.alarms.set(name, info);
  }
  async clear(name: string) {
    return this.alarms.delete(name);
  }
  async get(name: string) {
    return this.alarms.has(name) ? { name } : undefined;
  }
}

async function setup(saved: number[], { settings = DEFAULT_SETTINGS as Settings } = {}) {
  const factory = new IDBFactory();
  const store = await openStore({ name: 'watch', factory });
  for (const n of saved) {
    await store.recordSighting(leverPosting(n), new Date(START.getTime() - DAY), { staleDays: 60 });
    await store.setSaved('lever', id(n), true, new Date(START.getTime() - DAY + n));
  }
  const ats = new FakeAts();
  const alarms = new FakeAlarms();
  const clock = { now: START };
  const shown: number[] = [];
  let current = settings;
  let online = true;
  const deps: WatchDeps = {
    store: async () => store,
    settings: async () => current,
    fetch: ats.fetch,
    now: () => clock.now,
    online: () => online,
    alarms,
    showClosed: async (count) => void shown.push(count),
  };
  return {
    store,
    factory,
    ats,
    alarms,
    shown,
    watch: createWatch(deps),
    deps,
    at: (ms: number) => {
      clock.now = new Date(START.getTime() + ms);
    },
    setSettings: (next: Settings) => {
      current = next;
    },
    setOnline: (value: boolean) => {
      online = value;
    },
  };
}

const kinds = async (store: Store, n: number) =>
  (await store.getWatch('lever', id(n)))?.history.map((entry) => entry.kind) ?? [];

describe('the watch', () => {
  it('keeps a daily alarm and starts the first round at once, a few requests a minute, oldest first', async () => {
    const t = await setup([1, 2, 3, 4, 5, 6]);
    for (const n of [1, 2, 3, 4, 5, 6]) t.ats.listed(n);
    await t.watch.start();
    expect(t.alarms.alarms.get(ROUND_ALARM)).toEqual({ delayInMinutes: 1440, periodInMinutes: 1440 });
    expect(t.ats.asked).toHaveLength(REQUESTS_PER_MINUTE);
    expect(t.alarms.alarms.get(NEXT_ALARM)).toEqual({ when: START.getTime() + MINUTE });
    // A second alarm in the same minute finds the minute's requests spent.
    expect(await t.watch.onAlarm(NEXT_ALARM)).toEqual({ requests: 0, checked: 0 });
    t.at(MINUTE);
    expect(await t.watch.onAlarm(NEXT_ALARM)).toEqual({ requests: 2, checked: 2 });
    expect(new Set(t.ats.asked)).toEqual(new Set([1, 2, 3, 4, 5, 6].map(apiUrl)));
    // Nothing left in this round: no early alarm, the daily one stays.
    expect(t.alarms.alarms.has(NEXT_ALARM)).toBe(false);
    expect(t.alarms.alarms.has(ROUND_ALARM)).toBe(true);
    t.at(2 * MINUTE);
    expect(await t.watch.onAlarm(NEXT_ALARM)).toEqual({ requests: 0, checked: 0 });
    // The next day's round asks the oldest checks first: the four of yesterday's first minute.
    const firstMinute = new Set(t.ats.asked.slice(0, 4));
    t.at(DAY);
    t.ats.asked = [];
    await t.watch.onAlarm(ROUND_ALARM);
    expect(new Set(t.ats.asked)).toEqual(firstMinute);
  });

  it('closes a saved listing the employer removed between two rounds once a second answer confirms it', async () => {
    const t = await setup([1, 2]);
    t.ats.listed(1);
    t.ats.listed(2);
    await t.watch.start();
    expect(await kinds(t.store, 1)).toEqual(['listed']);

    t.ats.answers.delete(apiUrl(1));
    t.at(DAY);
    await t.watch.onAlarm(ROUND_ALARM);
    expect(await kinds(t.store, 1)).toEqual(['listed', 'gone']);
    expect(await t.store.closedListings()).toEqual([]);
    // The confirmation falls due half an hour later, and the watch comes back for it.
    expect(t.alarms.alarms.get(NEXT_ALARM)).toEqual({ when: START.getTime() + DAY + CONFIRM_AFTER_MS });

    t.at(DAY + CONFIRM_AFTER_MS);
    t.ats.asked = [];
    await t.watch.onAlarm(NEXT_ALARM);
    // Before calling it closed, the employer's board is searched for the same title under a new id.
    expect(t.ats.asked).toEqual([apiUrl(1), BOARD]);
    expect(await kinds(t.store, 1)).toEqual(['listed', 'gone', 'gone', 'closed']);
    const closed = await t.store.closedListings();
    expect(closed.map(({ posting }) => posting.id)).toEqual([id(1)]);
    expect(closed[0]?.watch.closedAt).toBe(new Date(START.getTime() + DAY).toISOString());
    expect(t.shown.at(-1)).toBe(1);

    // The user looks (the popup opens): the count starts again from now.
    expect(await t.watch.seen()).toEqual({});
    expect(t.shown.at(-1)).toBe(0);
    t.at(DAY + CONFIRM_AFTER_MS + MINUTE);
    expect(await t.watch.seen()).toEqual({ seenAt: new Date(START.getTime() + DAY + CONFIRM_AFTER_MS).toISOString() });
  });

  it('follows a repost of the same title under a new id instead of closing', async () => {
    const t = await setup([1]);
    t.ats.listed(1, 'Data Engineer');
    await t.watch.start();
    t.ats.answers.delete(apiUrl(1));
    t.ats.answers.set(BOARD, { status: 200, body: [{ id: id(9), text: 'Data Engineer', createdAt: START.getTime() }] });
    t.at(DAY);
    await t.watch.onAlarm(ROUND_ALARM);
    t.at(DAY + CONFIRM_AFTER_MS);
    await t.watch.onAlarm(NEXT_ALARM);
    const record = await t.store.getWatch('lever', id(1));
    expect(record).toMatchObject({ state: 'listed', link: { ats: 'lever', url: leverUrl(9) } });
    expect(record?.closedAt).toBeUndefined();
    expect(await t.store.closedListings()).toEqual([]);
    // From then on the new posting is the one asked.
    t.ats.listed(9, 'Data Engineer');
    t.ats.asked = [];
    t.at(2 * DAY);
    await t.watch.onAlarm(ROUND_ALARM);
    expect(t.ats.asked).toEqual([apiUrl(9)]);
  });

  it('never asks about a listing unsaved, even one unsaved while its round is under way', async () => {
    const t = await setup([1, 2, 3, 4, 5]);
    for (const n of [1, 2, 3, 4, 5]) t.ats.listed(n);
    await t.store.setSaved('lever', id(5), false, START);
    await t.watch.start();
    await t.store.setSaved('lever', id(4), false, START);
    t.at(MINUTE);
    await t.watch.onAlarm(NEXT_ALARM);
    expect(t.ats.asked).not.toContain(apiUrl(5));
    expect(await t.store.getWatch('lever', id(5))).toBeUndefined();
  });

  it('marks nothing closed on failed checks: offline, a timeout, a server error, a rate limit', async () => {
    const t = await setup([1, 2, 3]);
    t.setOnline(false);
    await t.watch.start();
    expect(t.ats.asked).toEqual([]);
    expect(t.alarms.alarms.get(NEXT_ALARM)).toEqual({ when: START.getTime() + 5 * MINUTE });
    expect(await t.store.watchRecords()).toEqual([]);

    t.setOnline(true);
    t.ats.answers.set(apiUrl(1), 'timeout');
    t.ats.answers.set(apiUrl(2), { status: 503 });
    t.ats.answers.set(apiUrl(3), 'offline');
    t.at(5 * MINUTE);
    await t.watch.onAlarm(NEXT_ALARM);
    for (const n of [1, 2, 3]) {
      const record = await t.store.getWatch('lever', id(n));
      expect(record).toMatchObject({ failures: 1, goneStreak: 0 });
      expect(record?.state).toBeUndefined();
      expect(record?.history[0]?.kind).toBe('unknown');
    }
    // Each is tried again 10 minutes later, not before.
    expect(t.alarms.alarms.get(NEXT_ALARM)).toEqual({ when: START.getTime() + 15 * MINUTE });
    expect(await t.store.closedListings()).toEqual([]);
  });

  it('holds every request to an ATS that answered 429 until its Retry-After has passed', async () => {
    const t = await setup([1, 2, 3]);
    t.ats.answers.set(apiUrl(1), { status: 429, retryAfter: '1200' });
    t.ats.listed(2);
    t.ats.listed(3);
    await t.watch.start();
    // The first answer asked to wait 20 minutes: nothing more goes to api.lever.co this run.
    expect(t.ats.asked).toEqual([apiUrl(1)]);
    expect(t.alarms.alarms.get(NEXT_ALARM)).toEqual({ when: START.getTime() + 20 * MINUTE });
    t.at(10 * MINUTE);
    await t.watch.onAlarm(NEXT_ALARM);
    expect(t.ats.asked).toEqual([apiUrl(1)]);
    t.at(20 * MINUTE);
    t.ats.listed(1);
    await t.watch.onAlarm(NEXT_ALARM);
    expect(new Set(t.ats.asked)).toEqual(new Set([apiUrl(1), apiUrl(2), apiUrl(3)]));
    expect((await t.store.getWatch('lever', id(1)))?.state).toBe('listed');
  });

  it('resumes an unfinished round in a new worker, without starting another', async () => {
    const t = await setup([1, 2, 3, 4, 5, 6]);
    for (const n of [1, 2, 3, 4, 5, 6]) t.ats.listed(n);
    await t.watch.start();
    const first = [...t.ats.asked];
    // The browser closes; later a new worker starts with the same database.
    t.at(3 * MINUTE);
    t.ats.asked = [];
    const again = createWatch({ ...t.deps, store: async () => openStore({ name: 'watch', factory: t.factory }) });
    await again.start();
    expect(t.ats.asked).toHaveLength(2);
    expect(t.ats.asked.some((url) => first.includes(url))).toBe(false);
  });

  it('stops, alarms and count included, when watching or every request is switched off', async () => {
    const t = await setup([1]);
    t.ats.listed(1);
    await t.watch.start();
    t.setSettings({ ...DEFAULT_SETTINGS, watchSaved: false });
    await t.watch.onSettingsChanged({ ...DEFAULT_SETTINGS, watchSaved: false });
    expect(t.alarms.alarms.size).toBe(0);
    expect(t.shown.at(-1)).toBe(0);
    t.ats.asked = [];
    t.at(DAY);
    expect(await t.watch.onAlarm(ROUND_ALARM)).toEqual({ requests: 0, checked: 0 });
    expect(t.ats.asked).toEqual([]);

    const off = await setup([1], { settings: { ...DEFAULT_SETTINGS, atsDateLookup: false } });
    await off.watch.start();
    expect(off.ats.asked).toEqual([]);
    expect(off.alarms.alarms.size).toBe(0);
    // Back on: the round starts.
    off.setSettings(DEFAULT_SETTINGS);
    off.ats.listed(1);
    await off.watch.onSettingsChanged(DEFAULT_SETTINGS);
    expect(off.ats.asked).toEqual([apiUrl(1)]);
  });

  it('watches a saved job-board listing through the employer link its check left', async () => {
    const t = await setup([]);
    const linkedin = parsePosting({
      source: 'linkedin',
      id: '4400000091',
      url: 'https://www.linkedin.com/jobs/view/4400000091/',
      title: 'Role 7',
      applyUrl: `${leverUrl(7)}/apply?source=LinkedIn`,
    });
    if (!linkedin.ok) throw new Error(linkedin.error);
    await t.store.recordSighting(linkedin.posting, START, { staleDays: 60 });
    await t.store.setSaved('linkedin', '4400000091', true, START);
    await t.watch.start();
    expect(t.ats.asked).toEqual([]);
    await t.store.linkWatch('linkedin', '4400000091', { ats: 'lever', url: leverUrl(7) });
    t.ats.listed(7);
    t.at(MINUTE);
    await t.watch.onAlarm(NEXT_ALARM);
    expect(t.ats.asked).toEqual([apiUrl(7)]);
    expect((await t.store.getWatch('linkedin', '4400000091'))?.state).toBe('listed');
  });
});
