import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { badgeLook } from '@/lib/background/toolbar-badge';
import type { TabResult } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { saveSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import { makePosting } from '../helpers/results';

/** The background's wiring: messages, tab events and settings changes reach the service. */

/** The fake browser's events take partial senders and tabs; the real ones are much larger. */
const fromTab = (tabId: number) => ({ id: 'test-extension-id', tab: { id: tabId } }) as never;
const tab = (id: number, url?: string) => ({ id, url }) as never;

async function showPosting(tabId: number): Promise<TabResult> {
  const [answer] = (await fakeBrowser.runtime.onMessage.trigger(
    { type: 'posting:seen', posting: makePosting() },
    fromTab(tabId),
  )) as unknown as { ok: true; result: TabResult }[];
  expect(answer?.ok).toBe(true);
  return (answer as { result: TabResult }).result;
}

beforeEach(async () => {
  await saveSettings({ ...DEFAULT_SETTINGS, atsDateLookup: false });
  background.main();
});

describe('background entrypoint', () => {
  it('answers content scripts and sets the toolbar badge', async () => {
    const result = await showPosting(2);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe(badgeLook(result.score).text);
  });

  it('ignores messages from other extensions', async () => {
    const sender = { id: 'other', tab: { id: 2 } } as never;
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'posting:left' }, sender);
    expect(answers).toEqual([undefined]);
  });

  it('clears the badge when the tab loads a page of another site', async () => {
    await showPosting(2);
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading' }, tab(2));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe(''));
  });

  it('keeps the badge while the tab loads another job-site page (its content script decides)', async () => {
    await showPosting(2);
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading' }, tab(2, 'https://jobs.lever.co/acme'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).not.toBe('');
  });

  it('forgets a closed tab', async () => {
    await showPosting(2);
    await fakeBrowser.tabs.onRemoved.trigger(2, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => {
      const [answer] = await fakeBrowser.runtime.onMessage.trigger(
        { type: 'tab:get-result', tabId: 2 },
        { id: 'test-extension-id' },
      );
      expect(answer).toEqual({ ok: true, result: null });
    });
  });

  it('re-scores when the settings change, and clears a switched-off site', async () => {
    await showPosting(2);
    await saveSettings({
      ...DEFAULT_SETTINGS,
      atsDateLookup: false,
      sites: { ...DEFAULT_SETTINGS.sites, lever: false },
    });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe(''));
  });

  it('prunes history older than the retention setting when the worker starts', async () => {
    const store = await openStore();
    const old = makePosting({ id: 'old-one', url: 'https://jobs.lever.co/acme/old-one' });
    await store.recordSighting(old, new Date(Date.now() - 400 * 86_400_000), { staleDays: 60 });
    expect(await store.getPosting('lever', 'old-one')).toBeDefined();
    background.main();
    await vi.waitFor(async () => expect(await store.getPosting('lever', 'old-one')).toBeUndefined());
    store.close();
  });
});
