import { IDBFactory } from 'fake-indexeddb';
import { browser } from 'wxt/browser';
import { createBackgroundService } from '@/lib/background/service';
import { createTabResults } from '@/lib/background/tab-results';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { backgroundListener, type CardResult, type ContentMessageInput } from '@/lib/messages';
import type { Posting, PostingInput } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import { makePosting } from '../helpers/results';

/**
 * What the background tells job lists beyond the score: the card's marks joined to the job's history, the jobs the
 * user hid, the title keywords matched here (never on the page), and the word to every tab that a job changed.
 */

const NOW = new Date('2026-04-19T12:00:00.000Z');
const OWN = 'test-extension-id';

function setup() {
  const store = openStore({ name: 'list-facts', factory: new IDBFactory() });
  const changed: [number, ContentMessageInput][] = [];
  const service = createBackgroundService({
    openStore: () => store,
    loadSettings,
    saveSettings,
    fetch: async () => new Response('', { status: 404 }),
    now: () => NOW,
    badge: createToolbarBadge(browser.action),
    tabs: createTabResults(browser.storage.session),
    sendToTab: async (tabId, message) => {
      if (message.type === 'cards:changed') changed.push([tabId, message]);
      return { ok: true };
    },
    allTabIds: async () => [1, 2, 5],
  });
  const listener = backgroundListener(service.handlers);
  const send = (message: unknown, tabId?: number) =>
    listener(message, { id: OWN, ...(tabId === undefined ? {} : { tab: { id: tabId } as never }) });
  const cards = async (postings: Posting[], rescore?: boolean) => {
    const answer = (await send({ type: 'cards:seen', postings, rescore }, 1)) as { ok: true; results: CardResult[] };
    return answer.results;
  };
  return { service, changed, send, cards };
}

const card = (id: string, overrides: Partial<PostingInput> = {}) =>
  makePosting({
    source: 'linkedin',
    id,
    view: 'card',
    url: `https://www.linkedin.com/jobs/view/${id}/`,
    descriptionText: undefined,
    company: 'Acme',
    ...overrides,
  });

const withRules = (rules: Partial<Settings['listRules']>) =>
  saveSettings({ ...DEFAULT_SETTINGS, atsDateLookup: false, listRules: { ...DEFAULT_SETTINGS.listRules, ...rules } });

beforeEach(() => withRules({}));

describe('marks', () => {
  it("come from the card's own labels", async () => {
    const h = setup();
    const [result] = await h.cards([
      card('5000001', { flags: { viewed: true, applied: true }, reposted: { text: 'Reposted' } }),
    ]);
    expect(result?.marks).toEqual({ viewed: true, applied: true, reposted: true });
  });

  it("come from the job's history: opened in the detail pane, 'Applied' and 'Reposted' said there, and kept", async () => {
    const h = setup();
    expect((await h.cards([card('5000002')]))[0]?.marks).toEqual({ viewed: false, applied: false, reposted: false });
    const page = card('5000002', { view: 'page', flags: { applied: true }, reposted: { text: 'Reposted 1 week ago' } });
    await h.send({ type: 'posting:seen', posting: page }, 4);
    // Its card in tab 4's list is told to ask again; a card that says nothing now has them from the store.
    expect(h.changed).toEqual([[4, { type: 'cards:changed', source: 'linkedin', id: '5000002' }]]);
    expect((await h.cards([card('5000002')], true))[0]?.marks).toEqual({ viewed: true, applied: true, reposted: true });
    expect((await h.cards([card('5000002')]))[0]?.marks).toEqual({ viewed: true, applied: true, reposted: true });
  });

  it('say reposted for a job the store found to repeat an earlier one of the same company, title and place', async () => {
    const h = setup();
    await h.cards([card('5000003', { title: 'Data Engineer', locations: ['Berlin'] })]);
    NOW.setTime(NOW.getTime() + 86_400_000);
    const [again] = await h.cards([card('5000004', { title: 'Data Engineer', locations: ['Berlin'] })]);
    NOW.setTime(NOW.getTime() - 86_400_000);
    expect(again?.marks.reposted).toBe(true);
  });
});

describe('hidden jobs', () => {
  it('are hidden and shown again by job:set-hidden, every tab told, from a tab or from the popup', async () => {
    const h = setup();
    await h.cards([card('5000010')]);
    expect(await h.send({ type: 'job:set-hidden', source: 'linkedin', id: '5000010', hidden: true }, 1)).toEqual({
      ok: true,
      hidden: true,
    });
    expect(h.changed.map(([tabId]) => tabId)).toEqual([1, 2, 5]);
    expect((await h.cards([card('5000010')]))[0]?.hidden).toBe(true);
    expect((await h.cards([card('5000010')], true))[0]?.hidden).toBe(true);
    expect(await h.send({ type: 'job:set-hidden', source: 'linkedin', id: '5000010', hidden: false })).toEqual({
      ok: true,
      hidden: false,
    });
    expect((await h.cards([card('5000010')]))[0]?.hidden).toBe(false);
  });

  it('refuse a job never recorded, with a sentence, and tell no tab', async () => {
    const h = setup();
    expect(await h.send({ type: 'job:set-hidden', source: 'linkedin', id: '5999999', hidden: true })).toEqual({
      ok: false,
      error: 'Still Hiring has not recorded this job yet, so it cannot hide it.',
    });
    expect(h.changed).toEqual([]);
  });
});

describe('title keywords', () => {
  it('are matched only while their rule is on: words whole, ignoring case and accents, and expressions', async () => {
    const h = setup();
    const titles = [
      card('5000020', { title: 'Senior Front-End Développeur' }),
      card('5000021', { title: 'Seniority Analyst' }),
    ];
    await withRules({ keywords: { mode: 'show', terms: ['senior'] } });
    expect((await h.cards(titles)).map((r) => r.keywords)).toEqual([[], []]);
    await withRules({
      keywords: { mode: 'hide', terms: ['senior', 'front end', 'developpeur', '/analyst$/i', '/ANALYST/'] },
    });
    await h.service.onSettingsChanged(await loadSettings());
    expect((await h.cards(titles, true)).map((r) => r.keywords)).toEqual([
      ['senior', 'front end', 'developpeur'],
      ['/analyst$/i'],
    ]);
  });

  it('cannot stall anything with a catastrophic expression: matching takes time linear in a bounded title', async () => {
    const h = setup();
    // With a backtracking engine (JavaScript's RegExp), each of these on this title would run for longer than the age
    // of the universe; with RE2JS they answer at once, so this test ends well within its timeout.
    const catastrophic = ['/(a+)+$/', '/(a|aa)*b/', '/(x+x+)+y/i', '/^(a?){40}a{40}$/'];
    await withRules({ keywords: { mode: 'hide', terms: catastrophic } });
    const title = `${'a'.repeat(120)}x${'x'.repeat(150)}!`;
    const [result] = await h.cards([card('5000030', { title })]);
    expect(result?.keywords).toEqual([]);
    const [matched] = await h.cards([card('5000031', { title: 'a'.repeat(40) })]);
    expect(matched?.keywords).toEqual(['/(a+)+$/', '/^(a?){40}a{40}$/']);
  });
});
