import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractPosting } from '@/lib/extract';
import type { TabResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { EXTRACTIVE_VERSION } from '@/lib/summary/extractive';
import type { OnDeviceSummarizer } from '@/lib/summary/on-device';
import { descriptionKey } from '@/lib/summary/summary';
import { backgroundHarness } from '../helpers/background';
import { fakeSummarizer } from '../helpers/fake-summarizer';

const PAGE = resolve(
  __dirname,
  '../../fixtures/lever/handmade_plaid_posting-page_18503c02-17a0-4c47-98c8-155b0b6ccc2a',
);
const URL = 'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a';
const NOW = new Date('2026-04-19T12:00:00.000Z');
const TAB = 4;
const GOLDEN = JSON.parse(readFileSync(`${PAGE}.summary.expected.json`, 'utf8')).lines as string[];

function plaid(): Posting {
  const doc = new DOMParser().parseFromString(readFileSync(`${PAGE}.html`, 'utf8'), 'text/html');
  const extracted = extractPosting(doc, URL, NOW);
  if (!extracted.ok) throw new Error(extracted.reason);
  return extracted.posting;
}

function setup(summarizer?: OnDeviceSummarizer) {
  const { service, store, send, sent } = backgroundHarness({
    fetch: async () => new Response('{}', { status: 404 }),
    now: NOW,
    ...(summarizer ? { summarizer } : {}),
  });
  const see = async (posting: Posting) => {
    const answer = (await send({ type: 'posting:seen', posting }, TAB)) as { ok: boolean; result: TabResult };
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    return answer.result;
  };
  const updates = () => sent.flatMap(([, m]) => (m.type === 'result:update' ? [m.result] : []));
  return { service, store, send, see, updates };
}

async function settingsWith(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await saveSettings(next);
  return next;
}

beforeEach(async () => {
  await settingsWith({ atsDateLookup: false });
});

describe('summaries in the background', () => {
  it('come with the result as key lines from the posting, and are kept with it', async () => {
    const { see, service, store } = setup();
    const result = await see(plaid());
    expect(result.summary).toEqual({ method: 'extractive', lines: GOLDEN });
    await service.idle();
    expect((await (await store()).getPosting('lever', plaid().id))?.summary).toMatchObject({
      method: 'extractive',
      lines: GOLDEN,
      descriptionKey: descriptionKey(plaid().descriptionText ?? ''),
    });
  });

  it('are read back on a second visit rather than made again, and made again when the description changes', async () => {
    const { see, service, store } = setup();
    await see(plaid());
    await service.idle();
    const key = descriptionKey(plaid().descriptionText ?? '');
    const kept = {
      method: 'extractive' as const,
      lines: ['Kept from the first visit.'],
      descriptionKey: key,
      version: EXTRACTIVE_VERSION,
      madeAt: NOW.toISOString(),
    };
    await (await store()).recordSummary('lever', plaid().id, kept);
    expect((await see(plaid())).summary?.lines).toEqual(['Kept from the first visit.']);
    const changed = { ...plaid(), descriptionText: `${plaid().descriptionText}\nWe now also use Rust and Kafka.` };
    expect((await see(changed)).summary?.lines).not.toEqual(['Kept from the first visit.']);
  });

  it('are left out when the setting is off, and follow it as it changes', async () => {
    await settingsWith({ summaries: 'off' });
    const { see, service, updates } = setup();
    expect((await see(plaid())).summary).toBeUndefined();
    await service.onSettingsChanged(await settingsWith({ summaries: 'extractive' }));
    expect(updates().at(-1)?.summary).toEqual({ method: 'extractive', lines: GOLDEN });
    await service.onSettingsChanged(await settingsWith({ summaries: 'off' }));
    expect(updates().at(-1)?.summary).toBeUndefined();
  });

  it("come with the description the site's API gives a page that shows none (Lever's /apply page)", async () => {
    await settingsWith({ atsDateLookup: true });
    const api = readFileSync(
      resolve(
        __dirname,
        '../../fixtures/lever/derived_plaid_postings-api_v0_single_18503c02-17a0-4c47-98c8-155b0b6ccc2a.json',
      ),
      'utf8',
    );
    const { service, store, send, sent } = backgroundHarness({ fetch: async () => new Response(api), now: NOW });
    const { descriptionText: _none, ...apply } = plaid();
    const first = (await send({ type: 'posting:seen', posting: apply }, TAB)) as { result: TabResult };
    expect(first.result.summary).toBeUndefined();
    await service.idle();
    const refined = sent.flatMap(([, m]) => (m.type === 'result:update' ? [m.result] : [])).at(-1);
    expect(refined?.posting.descriptionText).toBeTruthy();
    expect(refined?.summary?.method).toBe('extractive');
    expect((await (await store()).getPosting('lever', apply.id))?.summary?.method).toBe('extractive');
  });

  it('are absent, with no problem, for an empty or very short description', async () => {
    const { see } = setup();
    for (const descriptionText of [undefined, '', 'Join us as a data scientist.']) {
      const result = await see({ ...plaid(), descriptionText });
      expect(result.summary).toBeUndefined();
      expect(result.problem).toBeUndefined();
    }
  });
});

describe("summaries by Chrome's on-device model, in the background", () => {
  it('replace the key lines once the model has summarized the posting, and are not asked for again', async () => {
    const model = fakeSummarizer();
    const { see, service, store, updates } = setup(model.summarizer);
    expect((await see(plaid())).summary?.method).toBe('extractive');
    await service.idle();
    const onDevice = {
      method: 'on-device',
      lines: ['Builds the network data models.', 'Asks for 2+ years as a data scientist.'],
    };
    expect(updates().at(-1)?.summary).toEqual(onDevice);
    expect((await (await store()).getPosting('lever', plaid().id))?.summary?.method).toBe('on-device');
    expect((await see(plaid())).summary).toEqual(onDevice);
    await service.idle();
    expect(model.calls.summarize).toHaveLength(1);
  });

  it('are not asked for while the model is not downloaded, in another language, or under the key-lines setting', async () => {
    const waiting = fakeSummarizer({ availability: 'downloadable' });
    const first = setup(waiting.summarizer);
    expect((await first.see(plaid())).summary?.method).toBe('extractive');
    await first.service.idle();
    expect(waiting.calls.summarize).toEqual([]);

    const ready = fakeSummarizer();
    const second = setup(ready.summarizer);
    const french = 'Nous recherchons une data scientist pour notre équipe à Paris. '.repeat(8);
    expect((await second.see({ ...plaid(), id: 'fr-1', descriptionText: french })).summary?.method).toBe('extractive');
    await second.service.onSettingsChanged(await settingsWith({ summaries: 'extractive' }));
    await second.see(plaid());
    await second.service.idle();
    expect(ready.calls.summarize).toEqual([]);
  });

  it('leave the key lines in place, with no problem shown, when the model fails', async () => {
    const broken = fakeSummarizer({ fail: 'The model crashed.' });
    const { see, service, updates } = setup(broken.summarizer);
    const result = await see(plaid());
    await service.idle();
    expect(result.summary?.method).toBe('extractive');
    expect(updates().filter((update) => update.summary?.method === 'on-device')).toEqual([]);
  });

  it('are made for the popup on request, or answered null where the worker has no model', async () => {
    const model = fakeSummarizer();
    const withModel = setup(model.summarizer);
    await withModel.see(plaid());
    const asked = (await withModel.send({ type: 'summary:on-device', tabId: TAB })) as { result: TabResult | null };
    expect(asked.result?.summary?.method).toBe('on-device');

    const without = setup();
    await without.see(plaid());
    expect(await without.send({ type: 'summary:on-device', tabId: TAB })).toEqual({ ok: true, result: null });
    expect(await without.send({ type: 'summary:on-device', tabId: 99 })).toEqual({
      ok: false,
      error: 'This tab shows no posting Still Hiring has read.',
    });
  });

  it('are kept and shown when the popup made them, for the description it names only', async () => {
    const { see, send, store, updates } = setup();
    await see(plaid());
    const key = descriptionKey(plaid().descriptionText ?? '');
    const saved = (await send({
      type: 'summary:save',
      tabId: TAB,
      descriptionKey: key,
      lines: ['Made in the popup.'],
    })) as {
      ok: true;
      result: TabResult;
    };
    expect(saved.result.summary).toEqual({ method: 'on-device', lines: ['Made in the popup.'] });
    expect(updates().at(-1)?.summary).toEqual({ method: 'on-device', lines: ['Made in the popup.'] });
    expect((await (await store()).getPosting('lever', plaid().id))?.summary?.lines).toEqual(['Made in the popup.']);
    expect(await send({ type: 'summary:save', tabId: TAB, descriptionKey: 'another', lines: ['Old.'] })).toEqual({
      ok: false,
      error: 'The tab shows another posting now, so this summary was not kept.',
    });
    expect(
      (await send({ type: 'summary:save', tabId: TAB, descriptionKey: key, lines: [] })) as { ok: boolean },
    ).toMatchObject({
      ok: false,
    });
  });
});
