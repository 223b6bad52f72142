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

/** An event the fake browser does not implement: listeners kept, and a way to fire it. */
function event<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    addListener: (listener: (value: T) => void) => listeners.add(listener),
    removeListener: (listener: (value: T) => void) => listeners.delete(listener),
    fire: (value: T) => {
      for (const listener of listeners) listener(value);
    },
  };
}

const HOST = 'careers.withwaymo.com';
const CAREER_URL = `https://${HOST}/jobs/software-engineer`;

/** The permissions, scripting and manifest parts the fake browser leaves out, as Chrome behaves. */
function careerSiteBrowser() {
  const origins = new Set(['https://jobs.lever.co/*']);
  const granted = new Set(['storage']);
  const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const injected: number[] = [];
  const onAdded = event<{ origins?: string[]; permissions?: string[] }>();
  const onRemoved = event<{ origins?: string[]; permissions?: string[] }>();
  const scripting = {
    getRegisteredContentScripts: async () => [...registered.values()],
    registerContentScripts: async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
      for (const script of scripts) registered.set(script.id, script);
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    },
    executeScript: async ({ target }: { target: { tabId: number } }) => injected.push(target.tabId),
  };
  const fake = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    host_permissions: ['https://jobs.lever.co/*'],
  } as never);
  fake.permissions = {
    getAll: async () => ({ origins: [...origins], permissions: [...granted] }),
    remove: async () => true,
    onAdded,
    onRemoved,
  };
  Object.defineProperty(fake, 'scripting', { configurable: true, get: () => scripting });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: 9, url: CAREER_URL }] as never);
  return {
    registered,
    injected,
    grant() {
      origins.add(`https://${HOST}/*`);
      granted.add('scripting');
      onAdded.fire({ origins: [`https://${HOST}/*`], permissions: ['scripting'] });
    },
    revoke() {
      origins.delete(`https://${HOST}/*`);
      onRemoved.fire({ origins: [`https://${HOST}/*`] });
    },
  };
}

let careerSites: ReturnType<typeof careerSiteBrowser>;
const fake = fakeBrowser as unknown as Record<string, unknown>;
const untouched = { permissions: fake.permissions, scripting: Object.getOwnPropertyDescriptor(fake, 'scripting') };

// The fake browser resets each namespace before every test (tests/unit/setup.ts): give back its own.
afterEach(() => {
  fake.permissions = untouched.permissions;
  if (untouched.scripting) Object.defineProperty(fake, 'scripting', untouched.scripting);
});

beforeEach(async () => {
  careerSites = careerSiteBrowser();
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

  it('registers the career site script when a site is granted, runs it in its open tabs, and drops it when revoked', async () => {
    careerSites.grant();
    await vi.waitFor(() => expect([...careerSites.registered.keys()]).toEqual([`career-site-${HOST}`]));
    await vi.waitFor(() => expect(careerSites.injected).toEqual([9]));
    const [answer] = (await fakeBrowser.runtime.onMessage.trigger(
      {
        type: 'posting:seen',
        posting: makePosting({ source: 'career-site', id: `${HOST}#1`, url: CAREER_URL }),
      },
      fromTab(9),
    )) as unknown as { ok: boolean }[];
    expect(answer?.ok).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).not.toBe('');
    careerSites.revoke();
    await vi.waitFor(() => expect(careerSites.registered.size).toBe(0));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe(''));
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
