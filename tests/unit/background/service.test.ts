import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import { badgeLook } from '@/lib/background/toolbar-badge';
import { extractPosting } from '@/lib/extract';
import { enrichPosting } from '@/lib/extract/enrich';
import { backgroundListener, type TabResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import { scorePosting } from '@/lib/score';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import type { Store } from '@/lib/store/types';
import { type BackgroundHarness, backgroundHarness } from '../helpers/background';
import { makePosting } from '../helpers/results';

const FIXTURES = resolve(__dirname, '../../fixtures/lever');
const PAGE = 'handmade_plaid_posting-page_18503c02-17a0-4c47-98c8-155b0b6ccc2a';
const API = 'derived_plaid_postings-api_v0_single_18503c02-17a0-4c47-98c8-155b0b6ccc2a.json';
const NOW = new Date('2026-04-19T12:00:00.000Z');
const OWN = 'test-extension-id';
const DEFAULT_SETTINGS_NO_API: Settings = { ...DEFAULT_SETTINGS, atsDateLookup: false };

function leverPosting(): Posting {
  const html = readFileSync(resolve(FIXTURES, `${PAGE}.html`), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const extracted = extractPosting(doc, 'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a', NOW);
  if (!extracted.ok) throw new Error(extracted.reason);
  return extracted.posting;
}

const apiJson = () => JSON.parse(readFileSync(resolve(FIXTURES, API), 'utf8'));

type Harness = BackgroundHarness;

function setup(options: { fetch?: typeof fetch; openStore?: () => Promise<Store> } = {}): Harness {
  return backgroundHarness({
    fetch: options.fetch ?? (async () => new Response(JSON.stringify(apiJson()))),
    now: NOW,
    ...(options.openStore ? { openStore: options.openStore } : {}),
  });
}

async function settingsWith(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await saveSettings(next);
  return next;
}

const badgeText = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

async function seen(h: Harness, posting: Posting, tabId = 1): Promise<TabResult> {
  const answer = (await h.send({ type: 'posting:seen', posting }, tabId)) as { ok: boolean; result: TabResult };
  expect(answer.ok).toBe(true);
  return answer.result;
}

describe('background: a posting seen in a tab', () => {
  it('records it, scores it, keeps the result for the tab and sets the toolbar badge', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    const posting = leverPosting();
    const result = await seen(h, posting, 4);
    expect(result.history.timesSeen).toBe(1);
    expect(result.saved).toBe(false);
    expect(result.problem).toBeUndefined();
    const enriched = enrichPosting(posting);
    expect(enriched.skills.length).toBeGreaterThan(0);
    expect(result.posting).toEqual(enriched);
    expect(result.score).toEqual(
      scorePosting(enriched, { posting: result.history, company: result.company }, DEFAULT_SETTINGS_NO_API, NOW),
    );
    expect(await badgeText(4)).toBe(badgeLook(result.score).text);
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe(badgeLook(result.score).title);
    expect(await h.send({ type: 'tab:get-result', tabId: 4 })).toEqual({ ok: true, result });
    expect((await (await h.store()).getPosting('lever', posting.id))?.lastScore?.value).toBe(result.score.value);
    expect((await seen(h, posting, 4)).history.timesSeen).toBe(2);
  });

  it('asks the Lever API once, then refines the score and pushes it to the tab', async () => {
    const h = setup();
    const posting = leverPosting();
    expect(posting.posted).toBeUndefined();
    const first = await seen(h, posting, 2);
    expect(first.posting.posted).toBeUndefined();
    await h.service.idle();
    expect(h.fetch).toHaveBeenCalledTimes(1);
    expect(h.fetch.mock.calls[0]?.[0]).toBe(
      'https://api.lever.co/v0/postings/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a',
    );
    const [tabId, update] = h.sent[0] ?? [];
    expect(tabId).toBe(2);
    expect(update?.type).toBe('result:update');
    const refined = (update as { result: TabResult }).result;
    expect(refined.posting.posted?.kind).toBe('exact');
    expect(refined.posting.evidence.posted).toBe('ats-api');
    expect(await h.send({ type: 'tab:get-result', tabId: 2 })).toEqual({ ok: true, result: refined });
    expect(await badgeText(2)).toBe(badgeLook(refined.score).text);

    const again = await seen(h, posting, 3);
    await h.service.idle();
    expect(h.fetch).toHaveBeenCalledTimes(1);
    expect(again.posting.posted).toEqual(refined.posting.posted);
  });

  it('keeps the page data and its score when the API fails, says why for the popup, and does not ask again', async () => {
    const h = setup({ fetch: async () => new Response('Not found', { status: 404 }) });
    const posting = leverPosting();
    const result = await seen(h, posting);
    await h.service.idle();
    const gone = `Lever's postings API has no posting ${posting.id} (it answered 404): it may have closed.`;
    expect(h.sent).toEqual([
      [1, { type: 'result:update', result: { ...result, apiLookup: { outcome: 'gone', reason: gone } } }],
    ]);
    expect(result.problem).toBeUndefined();
    await seen(h, posting);
    await h.service.idle();
    expect(h.fetch).toHaveBeenCalledTimes(1);

    const offline = setup({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    const scored = await seen(offline, posting);
    expect(scored.problem).toBeUndefined();
    await offline.service.idle();
    const update = offline.sent[0]?.[1] as { result: TabResult } | undefined;
    expect(update?.result.score).toEqual(scored.score);
    expect(update?.result.apiLookup).toEqual({
      outcome: 'unknown',
      reason:
        "Lever's postings API could not be reached (Failed to fetch), so the exact posted date could not be read.",
    });
  });

  it('says in the result that the look-up is off when it is', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    const result = await seen(h, leverPosting());
    expect(result.apiLookup).toEqual({
      outcome: 'off',
      reason: 'Looking up exact posted dates is switched off in the settings.',
    });
  });

  it('never asks the API when the date lookup is off', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    await seen(h, leverPosting());
    await h.service.idle();
    expect(h.fetch).not.toHaveBeenCalled();
  });

  it('still scores from memory, saying why, when the store cannot be opened', async () => {
    const h = setup({ openStore: () => Promise.reject(new Error('QuotaExceededError')) });
    await settingsWith({ atsDateLookup: false });
    const posting = makePosting();
    const first = await seen(h, posting);
    expect(first.problem).toBe(
      'Still Hiring could not open its history (QuotaExceededError), so nothing was remembered.',
    );
    expect((await seen(h, posting)).history.timesSeen).toBe(2);
    expect(await h.send({ type: 'posting:set-saved', source: 'lever', id: posting.id, saved: true })).toEqual({
      ok: false,
      error: first.problem,
    });
  });

  it('refuses a posting of a site that is switched off, and shows no badge', async () => {
    const h = setup();
    await settingsWith({ sites: { ...DEFAULT_SETTINGS.sites, lever: false } });
    expect(await h.send({ type: 'posting:seen', posting: makePosting() }, 1)).toEqual({
      ok: false,
      error: 'Still Hiring is switched off for Lever.',
    });
    expect(await badgeText(1)).toBe('');
  });

  it('answers a malformed message with the bad field and ignores foreign or tab-less senders', async () => {
    const h = setup();
    const posting = { ...makePosting(), url: 'not a url' };
    expect(await h.send({ type: 'posting:seen', posting }, 1)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Bad "posting:seen" message, posting\.url: /),
    });
    const listener = backgroundListener(h.service.handlers);
    expect(listener({ type: 'posting:seen', posting: makePosting() }, { id: 'evil', tab: { id: 1 } as never })).toBe(
      undefined,
    );
    expect(listener({ type: 'posting:seen', posting: makePosting() }, { id: OWN })).toBeUndefined();
    expect(await badgeText(1)).toBe('');
  });
});

describe('background: leaving and closing', () => {
  it('clears the toolbar badge and the kept result when the tab leaves the posting', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    await seen(h, makePosting(), 5);
    expect(await badgeText(5)).not.toBe('');
    expect(await h.send({ type: 'posting:left' }, 5)).toEqual({ ok: true });
    expect(await badgeText(5)).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Still Hiring');
    expect(await h.send({ type: 'tab:get-result', tabId: 5 })).toEqual({ ok: true, result: null });
  });

  it('forgets a tab that closes or goes to another site', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    await seen(h, makePosting(), 5);
    await seen(h, makePosting(), 6);
    await h.service.onTabRemoved(5);
    await h.service.onTabLeftSite(6);
    expect(await h.send({ type: 'tab:get-result', tabId: 5 })).toEqual({ ok: true, result: null });
    expect(await h.send({ type: 'tab:get-result', tabId: 6 })).toEqual({ ok: true, result: null });
    expect(await badgeText(6)).toBe('');
  });

  it('still answers the popup after the service worker restarted', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    const result = await seen(h, makePosting(), 8);
    const restarted = setup();
    expect(await restarted.send({ type: 'tab:get-result', tabId: 8 })).toEqual({ ok: true, result });
  });
});

describe('background: settings changes', () => {
  it('re-scores open tabs with the new settings and pushes the result', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    const kept = await seen(h, makePosting(), 3);
    const next = await settingsWith({
      bands: { active: 95, likely: 90, uncertain: 85, stale: 80 },
      ghostThreshold: 90,
    });
    await h.service.onSettingsChanged(next);
    const expected = scorePosting(kept.posting, { posting: kept.history, company: kept.company }, next, NOW);
    expect(expected.band.label).not.toBe(kept.score.band.label);
    expect(h.sent).toEqual([[3, { type: 'result:update', result: { ...kept, score: expected } }]]);
    expect(await badgeText(3)).toBe(badgeLook(expected).text);
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe(badgeLook(expected).title);
  });

  it('tells the tabs of a site switched off, and clears their badges', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    await seen(h, makePosting(), 3);
    await seen(
      h,
      makePosting({ source: 'linkedin', id: '4450949378', url: 'https://www.linkedin.com/jobs/view/4450949378/' }),
      4,
    );
    const next = await settingsWith({ sites: { ...DEFAULT_SETTINGS.sites, lever: false } });
    await h.service.onSettingsChanged(next);
    expect(h.sent).toContainEqual([3, { type: 'site:disabled' }]);
    expect(h.sent.filter(([tabId]) => tabId === 3)).toEqual([[3, { type: 'site:disabled' }]]);
    expect(await badgeText(3)).toBe('');
    expect(await badgeText(4)).not.toBe('');
    expect(await h.send({ type: 'tab:get-result', tabId: 3 })).toEqual({ ok: true, result: null });
  });
});

describe('background: saving, blocking and job-list cards', () => {
  it('saves and unsaves a recorded posting and updates every tab showing it', async () => {
    const h = setup();
    await settingsWith({ atsDateLookup: false });
    const posting = makePosting();
    await seen(h, posting, 1);
    expect(await h.send({ type: 'posting:set-saved', source: 'lever', id: posting.id, saved: true })).toEqual({
      ok: true,
      saved: true,
    });
    expect(h.sent.map(([tabId, m]) => [tabId, m.type, (m as { result: TabResult }).result.saved])).toEqual([
      [1, 'result:update', true],
    ]);
    expect((await seen(h, posting, 2)).saved).toBe(true);
    await h.send({ type: 'posting:set-saved', source: 'lever', id: posting.id, saved: false });
    expect(((await h.send({ type: 'tab:get-result', tabId: 1 })) as { result: TabResult }).result.saved).toBe(false);
  });

  it('cannot save a posting it never saw', async () => {
    const h = setup();
    expect(await h.send({ type: 'posting:set-saved', source: 'lever', id: 'unknown', saved: true })).toEqual({
      ok: false,
      error: 'Still Hiring has not recorded this posting yet, so it cannot be saved.',
    });
  });

  it('blocks a company by its key, once', async () => {
    const h = setup();
    expect(await h.send({ type: 'company:block', company: 'Autodesk, Inc.' }, 1)).toEqual({ ok: true });
    expect(await h.send({ type: 'company:block', company: 'Autodesk' })).toEqual({ ok: true });
    expect((await loadSettings()).blockedCompanies).toEqual(['autodesk']);
  });

  it('records and scores job-list cards and flags blocked companies', async () => {
    const h = setup();
    await settingsWith({ blockedCompanies: ['globex'] });
    const card = (id: string, company: string) =>
      makePosting({
        source: 'linkedin',
        id,
        company,
        view: 'card',
        url: `https://www.linkedin.com/jobs/view/${id}/`,
        descriptionText: undefined,
      });
    const cards = [card('1000001', 'Acme'), card('1000002', 'Globex Corporation')];
    const answer = (await h.send({ type: 'cards:seen', postings: cards }, 1)) as { ok: true; results: unknown[] };
    expect(answer.results).toEqual([
      {
        source: 'linkedin',
        id: '1000001',
        score: expect.objectContaining({ value: expect.any(Number) }),
        blocked: false,
        hidden: false,
        marks: { viewed: false, applied: false, reposted: false },
        keywords: [],
      },
      {
        source: 'linkedin',
        id: '1000002',
        score: expect.objectContaining({ value: expect.any(Number) }),
        blocked: true,
        hidden: false,
        marks: { viewed: false, applied: false, reposted: false },
        keywords: [],
      },
    ]);
    await h.send({ type: 'cards:seen', postings: cards }, 1);
    expect((await (await h.store()).getPosting('linkedin', '1000001'))?.timesSeen).toBe(2);
    expect(h.fetch).not.toHaveBeenCalled();
    expect(await badgeText(1)).toBe('');
  });
});
