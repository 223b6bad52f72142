import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { createBackgroundService } from '@/lib/background/service';
import { createTabResults } from '@/lib/background/tab-results';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { backgroundListener, type ContentMessageInput, type TabResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import { makePosting } from '../helpers/results';

/** The background cross-checking a LinkedIn posting on the ATS its apply link goes to. */

const NOW = new Date('2026-04-19T12:00:00.000Z');
const OWN = 'test-extension-id';
const PLAID = '18503c02-17a0-4c47-98c8-155b0b6ccc2a';
const API = `https://api.lever.co/v0/postings/plaid/${PLAID}`;
const SINGLE = readFileSync(
  resolve(__dirname, `../../fixtures/lever/derived_plaid_postings-api_v0_single_${PLAID}.json`),
  'utf8',
);

function linkedin(overrides: Parameters<typeof makePosting>[0] = {}): Posting {
  return makePosting({
    source: 'linkedin',
    id: '4400000091',
    url: 'https://www.linkedin.com/jobs/view/4400000091/',
    title: 'Data Scientist - Network Value',
    company: 'Plaid',
    posted: {
      kind: 'range',
      text: '2 weeks ago',
      earliest: '2026-03-29T12:00:00.000Z',
      latest: '2026-04-05T12:00:00.000Z',
      precision: 'week',
    },
    applyUrl: `https://jobs.lever.co/plaid/${PLAID}/apply?lever-source=LinkedIn`,
    flags: { easyApply: false },
    evidence: { posted: 'text', applyUrl: 'dom' },
    ...overrides,
  });
}

function setup(answer: (url: string) => Response | Promise<Response>) {
  const asked: string[] = [];
  const stored = openStore({ name: 'employer', factory: new IDBFactory() });
  const sent: ContentMessageInput[] = [];
  const service = createBackgroundService({
    openStore: () => stored,
    loadSettings,
    saveSettings,
    fetch: async (input) => {
      asked.push(String(input));
      return answer(String(input));
    },
    now: () => NOW,
    badge: createToolbarBadge(browser.action),
    tabs: createTabResults(browser.storage.session),
    sendToTab: async (_tabId, message) => {
      sent.push(message);
      return { ok: true };
    },
  });
  const listener = backgroundListener(service.handlers);
  const send = (message: unknown, tabId?: number) =>
    listener(message, { id: OWN, ...(tabId === undefined ? {} : { tab: { id: tabId } as never }) });
  const seen = async (posting: Posting): Promise<TabResult> => {
    const reply = (await send({ type: 'posting:seen', posting }, 1)) as { ok: boolean; result: TabResult };
    expect(reply.ok).toBe(true);
    return reply.result;
  };
  const final = async () => {
    await service.idle();
    return ((await send({ type: 'tab:get-result', tabId: 1 })) as { result: TabResult }).result;
  };
  return { service, asked, store: () => stored, sent, send, seen, final };
}

const lever200 = () => new Response(SINGLE, { status: 200 });
const factor = (result: TabResult) => result.score.factors.find((f) => f.id === 'employer');

async function settingsWith(change: Partial<Settings>): Promise<void> {
  await saveSettings({ ...DEFAULT_SETTINGS, ...change });
}

beforeEach(async () => {
  await settingsWith({});
});

describe('cross-checking a LinkedIn posting on its employer ATS', () => {
  it('asks the ATS once, then shows it still listed with its exact date in place of "2 weeks ago"', async () => {
    const t = setup(lever200);
    const first = await t.seen(linkedin());
    expect(first.employer).toBeUndefined();
    const result = await t.final();
    expect(t.asked).toEqual([API]);
    expect(result.employer).toEqual({
      state: 'listed',
      ats: 'lever',
      checkedAt: NOW.toISOString(),
      posted: '2026-01-31T00:07:08.287Z',
    });
    expect(result.posting.posted).toEqual({ kind: 'exact', date: '2026-01-31T00:07:08.287Z' });
    expect(result.posting.evidence.posted).toBe('ats-api');
    expect(factor(result)).toMatchObject({
      label: "Still listed on the employer's site (Lever), posted 2026-01-31",
      points: 6,
    });
    expect(t.sent.at(-1)).toMatchObject({ type: 'result:update', result: { employer: { state: 'listed' } } });
    // Kept in the posting's watch record, for the daily watch once it is saved.
    const store = await t.store();
    expect(await store.getWatch('linkedin', '4400000091')).toMatchObject({
      state: 'listed',
      title: 'Data Scientist - Network Value',
      link: { ats: 'lever', url: `https://jobs.lever.co/plaid/${PLAID}` },
    });
    // Seen again a moment later: the answer is reused, in the first score already.
    const again = await t.seen(linkedin());
    expect(again.employer?.state).toBe('listed');
    expect(factor(again)?.points).toBe(6);
    await t.service.idle();
    expect(t.asked).toEqual([API]);
  });

  it('shows a severe ghost signal when the ATS answers 404', async () => {
    const t = setup(() => new Response('{"ok":false,"error":"Document not found"}', { status: 404 }));
    await t.seen(linkedin());
    const result = await t.final();
    expect(result.employer).toMatchObject({ state: 'gone', ats: 'lever' });
    expect(result.score.ghostSignals).toContainEqual({
      id: 'gone',
      severity: 'severe',
      reason: "No longer on the employer's own site (Lever)",
    });
    expect(result.score.ghostWarning).toBe(true);
  });

  it('gives no points, with the reason, when the ATS cannot be read: a server error, a rate limit', async () => {
    const t = setup(() => new Response('', { status: 503 }));
    await t.seen(linkedin());
    const result = await t.final();
    expect(factor(result)).toEqual({
      id: 'employer',
      kind: 'source',
      label: "Not checked on the employer's site: Lever answered with a server error (HTTP 503)",
      points: 0,
    });
    expect(result.score.ghostSignals.map((s) => s.id)).not.toContain('gone');

    const limited = setup(() => new Response('', { status: 429, headers: { 'retry-after': '600' } }));
    await limited.seen(linkedin());
    expect((await limited.final()).employer?.state).toBe('unknown');
    // Held back until Retry-After: the next view says so without asking.
    const next = await limited.seen(
      linkedin({ id: '4400000092', url: 'https://www.linkedin.com/jobs/view/4400000092/' }),
    );
    expect(next.employer).toMatchObject({
      state: 'unknown',
      reason: expect.stringContaining('asking again after 12:10'),
    });
    await limited.service.idle();
    expect(limited.asked).toHaveLength(1);
  });

  it('says at once, without asking anyone, when the apply link goes to a site it cannot read', async () => {
    const t = setup(lever200);
    const result = await t.seen(linkedin({ applyUrl: 'https://careers.northwind.example/jobs/4471' }));
    expect(factor(result)?.label).toBe(
      "Not checked on the employer's site: the apply link goes to careers.northwind.example, a site Still Hiring cannot ask",
    );
    await t.service.idle();
    expect(t.asked).toEqual([]);
  });

  it('checks nothing for Easy Apply, for a posting without a link, or with every request turned off', async () => {
    const t = setup(lever200);
    await t.seen(linkedin({ flags: { easyApply: true } }));
    await t.seen(linkedin({ applyUrl: undefined }));
    await t.service.idle();
    expect(t.asked).toEqual([]);
    await settingsWith({ atsDateLookup: false });
    const off = setup(lever200);
    const result = await off.seen(linkedin());
    await off.service.idle();
    expect(off.asked).toEqual([]);
    expect(result.employer).toBeUndefined();
  });

  it('drops the answer from the score when every request is turned off', async () => {
    const t = setup(lever200);
    await t.seen(linkedin());
    await t.final();
    await t.service.onSettingsChanged({ ...DEFAULT_SETTINGS, atsDateLookup: false });
    const result = await t.final();
    expect(result.employer).toBeUndefined();
    expect(factor(result)).toBeUndefined();
  });

  it('keeps the apply link for the watch when the posting is saved, and counts it then', async () => {
    const t = setup(() => new Response('', { status: 503 }));
    await settingsWith({ atsDateLookup: false });
    await t.seen(linkedin());
    await t.service.idle();
    const reply = await t.send({ type: 'posting:set-saved', source: 'linkedin', id: '4400000091', saved: true });
    expect(reply).toEqual({ ok: true, saved: true });
    const store = await t.store();
    expect(await store.getWatch('linkedin', '4400000091')).toMatchObject({
      link: { ats: 'lever', url: `https://jobs.lever.co/plaid/${PLAID}` },
      history: [],
    });
    expect(await t.send({ type: 'watch:seen' })).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
