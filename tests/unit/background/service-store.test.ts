import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { browser } from 'wxt/browser';
import { createProblemLog } from '@/lib/background/problem-log';
import { createBackgroundService } from '@/lib/background/service';
import { createTabResults } from '@/lib/background/tab-results';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { extractPosting } from '@/lib/extract';
import { backgroundListener, type CardResult, type ContentMessageInput, type TabResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import { scorePosting } from '@/lib/score';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { openStore, STORAGE_FULL_PROBLEM } from '@/lib/store';
import type { Store } from '@/lib/store/types';
import { makePosting } from '../helpers/results';

/** The background service with the store: retention, write failures, problems, the API date and re-scoring. */

const NOW = new Date('2026-04-19T12:00:00.000Z');
const DAY_MS = 86_400_000;
const OWN = 'test-extension-id';
const LEVER = resolve(__dirname, '../../fixtures/lever');
const LEVER_ID = '18503c02-17a0-4c47-98c8-155b0b6ccc2a';

const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY_MS);
const hoursAfter = (hours: number, from = NOW) => new Date(from.getTime() + hours * 3_600_000);

interface Options {
  store?: Store;
  fetch?: typeof fetch;
  problemLog?: ReturnType<typeof createProblemLog>;
}

function setup(options: Options = {}) {
  const clock = { now: NOW };
  const stored = options.store ? Promise.resolve(options.store) : openStore({ name: 'svc', factory: new IDBFactory() });
  const sent: [number, ContentMessageInput][] = [];
  const changed: [number, ContentMessageInput][] = [];
  const service = createBackgroundService({
    openStore: () => stored,
    loadSettings,
    saveSettings,
    fetch: options.fetch ?? (async () => new Response('', { status: 404 })),
    now: () => clock.now,
    badge: createToolbarBadge(browser.action),
    tabs: createTabResults(browser.storage.session),
    // The job lists' word that a job changed goes apart, to `changed`: these tests follow the badges' messages.
    sendToTab: async (tabId, message) => {
      (message.type === 'cards:changed' ? changed : sent).push([tabId, message]);
      return { ok: true };
    },
    ...(options.problemLog ? { problemLog: options.problemLog } : {}),
  });
  const listener = backgroundListener(service.handlers);
  const send = async (message: unknown, tabId?: number) =>
    listener(message, { id: OWN, ...(tabId === undefined ? {} : { tab: { id: tabId } as never }) });
  const seen = async (posting: Posting, tabId = 1): Promise<TabResult> => {
    const answer = (await send({ type: 'posting:seen', posting }, tabId)) as { ok: boolean; result: TabResult };
    expect(answer.ok).toBe(true);
    return answer.result;
  };
  const cards = async (postings: Posting[], rescore?: boolean): Promise<CardResult[]> => {
    const answer = (await send({ type: 'cards:seen', postings, ...(rescore ? { rescore } : {}) }, 1)) as {
      ok: boolean;
      results: CardResult[];
    };
    expect(answer.ok).toBe(true);
    return answer.results;
  };
  return { service, clock, store: () => stored, sent, send, seen, cards };
}

async function settingsWith(change: Partial<Settings>): Promise<Settings> {
  const next = { ...DEFAULT_SETTINGS, atsDateLookup: false, ...change };
  await saveSettings(next);
  return next;
}

const acme = (id: string, overrides: Parameters<typeof makePosting>[0] = {}) =>
  makePosting({ id, url: `https://jobs.lever.co/acme/${id}`, ...overrides });

const card = (id: string) =>
  makePosting({
    source: 'linkedin',
    id,
    view: 'card',
    url: `https://www.linkedin.com/jobs/view/${id}/`,
    descriptionText: undefined,
  });

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

beforeEach(async () => {
  await settingsWith({});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('retention', () => {
  async function storeWithHistory() {
    const store = await openStore({ name: 'retention', factory: new IDBFactory() });
    const opts = { staleDays: 60 };
    await store.recordSighting(acme('old'), daysBefore(400), opts);
    await store.recordSighting(acme('old-saved', { title: 'Designer' }), daysBefore(400), opts);
    await store.setSaved('lever', 'old-saved', true, daysBefore(400));
    await store.recordSighting(acme('month-old', { title: 'Writer' }), daysBefore(40), opts);
    return store;
  }

  it('prunes history older than the setting when the worker starts, and never a saved listing', async () => {
    const store = await storeWithHistory();
    const h = setup({ store });
    await h.service.start();
    await h.service.idle();
    expect(await store.getPosting('lever', 'old')).toBeUndefined();
    expect(await store.getPosting('lever', 'old-saved')).toBeDefined();
    expect(await store.getPosting('lever', 'month-old')).toBeDefined();
    expect(await store.counts()).toEqual({ postings: 2, saved: 1, companies: 1, hiddenJobs: 0 });
  });

  it('prunes again at most once a day while sightings arrive', async () => {
    await settingsWith({ retentionDays: 30 });
    const store = await storeWithHistory();
    const prune = vi.spyOn(store, 'prune');
    const h = setup({ store });
    await h.service.start();
    await h.service.idle();
    expect(prune.mock.calls).toEqual([[30, NOW]]);
    expect(await store.counts()).toMatchObject({ postings: 1 });

    // Seen 29 days ago: inside the retention today, outside it two days later.
    await store.recordSighting(acme('recent', { title: 'Analyst' }), daysBefore(29), { staleDays: 60 });
    h.clock.now = hoursAfter(23);
    await h.seen(acme('current'));
    await h.cards([card('4000000001')]);
    await h.service.idle();
    expect(prune).toHaveBeenCalledTimes(1);

    h.clock.now = hoursAfter(49);
    await h.seen(acme('current'));
    await h.service.idle();
    expect(prune).toHaveBeenCalledTimes(2);
    expect(prune).toHaveBeenLastCalledWith(30, hoursAfter(49));
    expect(await store.getPosting('lever', 'recent')).toBeUndefined();
    expect(await store.getPosting('lever', 'current')).toBeDefined();
  });

  it('prunes promptly when the retention setting changes, and not for other changes', async () => {
    const store = await storeWithHistory();
    const prune = vi.spyOn(store, 'prune');
    const h = setup({ store });
    await h.service.start();
    await h.service.idle();
    expect(await store.getPosting('lever', 'month-old')).toBeDefined();

    h.clock.now = hoursAfter(1);
    await h.service.onSettingsChanged(await settingsWith({ retentionDays: 30 }));
    await h.service.idle();
    expect(prune).toHaveBeenLastCalledWith(30, hoursAfter(1));
    expect(await store.getPosting('lever', 'month-old')).toBeUndefined();
    expect(await store.counts()).toEqual({ postings: 1, saved: 1, companies: 1, hiddenJobs: 0 });

    await h.service.onSettingsChanged(await settingsWith({ retentionDays: 30, ghostThreshold: 40 }));
    await h.service.idle();
    expect(prune).toHaveBeenCalledTimes(2);
  });
});

describe('a sighting the store cannot keep (storage full)', () => {
  it('is scored from memory: a posting seen earlier keeps its first seen, and the sentence says why', async () => {
    const h = setup();
    const posting = acme('p1');
    expect((await h.seen(posting)).history.timesSeen).toBe(1);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);

    h.clock.now = hoursAfter(2);
    const second = await h.seen(posting);
    expect(second.problem).toBe(STORAGE_FULL_PROBLEM);
    expect(second.history).toEqual({
      firstSeen: NOW.toISOString(),
      lastSeen: hoursAfter(2).toISOString(),
      timesSeen: 2,
      sightings: [NOW.toISOString(), hoursAfter(2).toISOString()],
      repostsSeen: 0,
    });
    expect(second.company).toMatchObject({ key: 'acme', postingsObserved: 1 });
    expect(second.score).toEqual(
      scorePosting(
        second.posting,
        { posting: second.history, company: second.company },
        await loadSettings(),
        hoursAfter(2),
      ),
    );

    h.clock.now = hoursAfter(3);
    const third = await h.seen(posting);
    expect(third.problem).toBe(STORAGE_FULL_PROBLEM);
    expect(third.history).toMatchObject({ firstSeen: NOW.toISOString(), timesSeen: 3 });
  });

  it('continues the stored history of a posting recorded before the worker restarted', async () => {
    const first = setup();
    await first.seen(acme('p1'));
    const store = await first.store();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);

    const restarted = setup({ store });
    restarted.clock.now = hoursAfter(5);
    const result = await restarted.seen(acme('p1'));
    expect(result.problem).toBe(STORAGE_FULL_PROBLEM);
    expect(result.history).toMatchObject({ firstSeen: NOW.toISOString(), timesSeen: 2 });
    expect(result.company).toMatchObject({ key: 'acme', postingsObserved: 1 });
  });

  it('still says a saved posting is saved', async () => {
    const h = setup();
    const posting = acme('p1');
    await h.seen(posting);
    await h.send({ type: 'posting:set-saved', source: 'lever', id: posting.id, saved: true });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    h.clock.now = hoursAfter(1);
    const result = await h.seen(posting);
    expect(result.problem).toBe(STORAGE_FULL_PROBLEM);
    expect(result.saved).toBe(true);
  });

  it('of a job-list card is scored from memory too', async () => {
    const h = setup();
    await h.cards([card('4000000001')]);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    h.clock.now = hoursAfter(1);
    await h.cards([card('4000000001')]);
    h.clock.now = hoursAfter(2);
    const result = await h.seen(card('4000000001'));
    expect(result.history).toMatchObject({ firstSeen: NOW.toISOString(), timesSeen: 3 });
    expect(result.problem).toBe(STORAGE_FULL_PROBLEM);
  });
});

describe('problems met while reading', () => {
  /** A store whose database holds a damaged posting of Acme, as a bug or a damaged disk would leave it. */
  async function damagedStore(name: string) {
    const setupStore = await openStore({ name });
    await setupStore.recordSighting(acme('good'), daysBefore(1), { staleDays: 60 });
    setupStore.close();
    const raw = await openDB(name);
    const good = await raw.get('postings', `lever:good`);
    await raw.put('postings', { ...good, key: 'lever:bad', id: 'bad', lastSeen: 'not a date' });
    raw.close();
    return openStore({ name });
  }

  const DAMAGED = 'Skipped a damaged posting record (lever:bad): lastSeen: Invalid ISO date';

  it('reach the user once, with the next result, and not again after the worker restarts', async () => {
    const name = `damaged-${crypto.randomUUID()}`;
    const h = setup({ store: await damagedStore(name), problemLog: createProblemLog(browser.storage.session) });
    expect((await h.seen(acme('p1'), 1)).problem).toBe(DAMAGED);
    expect((await h.seen(acme('p2'), 2)).problem).toBeUndefined();
    expect((await h.seen(acme('p1'), 1)).problem).toBeUndefined();

    const restarted = setup({
      store: await openStore({ name }),
      problemLog: createProblemLog(browser.storage.session),
    });
    expect((await restarted.seen(acme('p3'), 3)).problem).toBeUndefined();
  });

  it('met while scoring job-list cards reach the next posting result', async () => {
    const name = `damaged-cards-${crypto.randomUUID()}`;
    const h = setup({ store: await damagedStore(name) });
    const acmeCard = makePosting({ ...card('4000000001'), company: 'Acme' });
    await h.cards([acmeCard]);
    const result = await h.seen(makePosting({ id: 'g1', company: 'Globex', url: 'https://jobs.lever.co/globex/g1' }));
    expect(result.problem).toBe(DAMAGED);
  });

  it('come after the sighting own sentence, the storage-full one said once per result', async () => {
    const h = setup({ store: await damagedStore(`damaged-full-${crypto.randomUUID()}`) });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    expect((await h.seen(acme('p1'))).problem).toBe(`${STORAGE_FULL_PROBLEM} ${DAMAGED}`);
    expect((await h.seen(acme('p1'))).problem).toBe(STORAGE_FULL_PROBLEM);
  });
});

describe("the Lever API's posted date", () => {
  const leverPosting = (): Posting => {
    const html = readFileSync(resolve(LEVER, `handmade_plaid_posting-page_${LEVER_ID}.html`), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const extracted = extractPosting(doc, `https://jobs.lever.co/plaid/${LEVER_ID}`, NOW);
    if (!extracted.ok) throw new Error(extracted.reason);
    return extracted.posting;
  };
  const apiText = () => readFileSync(resolve(LEVER, `derived_plaid_postings-api_v0_single_${LEVER_ID}.json`), 'utf8');
  const apiDate = () => new Date(JSON.parse(apiText()).createdAt).toISOString();

  it('is written to the stored posting, without counting another sighting', async () => {
    await settingsWith({ atsDateLookup: true });
    const h = setup({ fetch: async () => new Response(apiText()) });
    const first = await h.seen(leverPosting());
    expect(first.posting.posted).toBeUndefined();
    await h.service.idle();
    const store = await h.store();
    const stored = await store.getPosting('lever', LEVER_ID);
    expect(stored).toMatchObject({ postedAt: apiDate(), timesSeen: 1, sightings: [NOW.toISOString()] });
    await h.send({ type: 'posting:set-saved', source: 'lever', id: LEVER_ID, saved: true });
    expect(await store.exportSavedCsv()).toContain(apiDate());
  });

  it('is written even when the tab moved on before the API answered', async () => {
    await settingsWith({ atsDateLookup: true });
    let answer: (response: Response) => void = () => undefined;
    const h = setup({ fetch: () => new Promise<Response>((done) => (answer = done)) });
    await h.seen(leverPosting(), 4);
    await h.send({ type: 'posting:left' }, 4);
    answer(new Response(apiText()));
    await h.service.idle();
    expect((await (await h.store()).getPosting('lever', LEVER_ID))?.postedAt).toBe(apiDate());
    expect(h.sent).toEqual([]);
  });
});

describe('settings changes', () => {
  it('recompute the company history with a new staleDays before re-scoring open tabs', async () => {
    const h = setup();
    // Posted 30 days ago: stale past a 20-day stale point, not past the default 60 days.
    const posting = acme('p1', { posted: { kind: 'exact', date: daysBefore(30).toISOString() } });
    const kept = await h.seen(posting, 3);
    expect(kept.company?.staleShare).toBe(0);

    const next = await settingsWith({ staleDays: 20 });
    await h.service.onSettingsChanged(next);
    const company = await (await h.store()).getCompanyHistory('acme', NOW, { staleDays: 20 });
    expect(company?.staleShare).toBe(1);
    const score = scorePosting(kept.posting, { posting: kept.history, company }, next, NOW);
    expect(h.sent).toEqual([[3, { type: 'result:update', result: { ...kept, company, score } }]]);
  });

  it('reuse the kept company history when staleDays did not change', async () => {
    const h = setup();
    const kept = await h.seen(acme('p1'), 3);
    const store = await h.store();
    const read = vi.spyOn(store, 'getCompanyHistory');
    await h.service.onSettingsChanged(await settingsWith({ ghostThreshold: 40 }));
    expect(read).not.toHaveBeenCalled();
    const [[, update] = []] = h.sent;
    expect(update).toEqual({ type: 'result:update', result: expect.objectContaining({ company: kept.company }) });
  });
});

describe('job-list cards scored again after a settings change', () => {
  it('are scored from their recorded histories without recording a sighting', async () => {
    const h = setup();
    const cards = [card('4000000001'), card('4000000002')];
    const first = await h.cards(cards);
    const store = await h.store();
    const before = await store.exportJson(NOW);

    h.clock.now = hoursAfter(1);
    const next = await settingsWith({ bands: { active: 95, likely: 90, uncertain: 85, stale: 80 } });
    await h.service.onSettingsChanged(next);
    const again = await h.cards(cards, true);
    expect(await store.exportJson(NOW)).toBe(before);
    expect((await store.getPosting('linkedin', '4000000001'))?.timesSeen).toBe(1);
    const [read] = await store.readSightings([cards[0] as Posting], hoursAfter(1), { staleDays: next.staleDays });
    expect(again[0]?.score).toEqual(
      scorePosting(cards[0] as Posting, { posting: read?.posting, company: read?.company }, next, hoursAfter(1)),
    );
    expect(again[0]?.score.band.id).not.toBe(first[0]?.score.band.id);
  });

  it('score a card never recorded as a first sighting, and still record nothing', async () => {
    const h = setup();
    const [result] = await h.cards([card('4000000009')], true);
    const expected = scorePosting(
      card('4000000009'),
      {
        posting: {
          firstSeen: NOW.toISOString(),
          lastSeen: NOW.toISOString(),
          timesSeen: 1,
          sightings: [NOW.toISOString()],
          repostsSeen: 0,
        },
      },
      await loadSettings(),
      NOW,
    );
    expect(result?.score).toEqual(expected);
    expect(await (await h.store()).counts()).toEqual({ postings: 0, saved: 0, companies: 0, hiddenJobs: 0 });
  });

  it('refuse a flag that is not true or false', async () => {
    const h = setup();
    expect(await h.send({ type: 'cards:seen', postings: [card('4000000001')], rescore: 'yes' }, 1)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Bad "cards:seen" message, rescore: /),
    });
  });
});
