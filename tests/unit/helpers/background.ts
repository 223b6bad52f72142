import { IDBFactory } from 'fake-indexeddb';
import { browser } from 'wxt/browser';
import { createBackgroundService } from '@/lib/background/service';
import { createTabResults } from '@/lib/background/tab-results';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { backgroundListener, type ContentMessageInput } from '@/lib/messages';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import type { Store } from '@/lib/store/types';
import type { OnDeviceSummarizer } from '@/lib/summary/on-device';

export interface BackgroundHarness {
  service: ReturnType<typeof createBackgroundService>;
  /** What the background sent to content scripts, by tab. */
  sent: [number, ContentMessageInput][];
  /** The job lists' word that a job changed (cards:changed), kept apart from `sent`, which follows the badges. */
  changed: [number, ContentMessageInput][];
  fetch: ReturnType<typeof vi.fn>;
  store: () => Promise<Store>;
  /** A message as this extension's page (no tab) or content script (a tab) sends it; the listener's answer. */
  send: (message: unknown, tabId?: number) => Promise<unknown>;
}

/** The background service on the fake browser, a store on its own fake IndexedDB, and a fixed clock. */
export function backgroundHarness(options: {
  fetch: typeof fetch;
  now: Date;
  openStore?: () => Promise<Store>;
  summarizer?: OnDeviceSummarizer;
}): BackgroundHarness {
  const factory = new IDBFactory();
  let opened: Promise<Store> | undefined;
  const store = () => {
    opened ??= openStore({ name: 'background-test', factory });
    return opened;
  };
  const sent: [number, ContentMessageInput][] = [];
  const changed: [number, ContentMessageInput][] = [];
  const fetchMock = vi.fn(options.fetch);
  const service = createBackgroundService({
    openStore: options.openStore ?? store,
    loadSettings,
    saveSettings,
    fetch: fetchMock as unknown as typeof fetch,
    now: () => options.now,
    badge: createToolbarBadge(browser.action),
    tabs: createTabResults(browser.storage.session),
    sendToTab: async (tabId, message) => {
      (message.type === 'cards:changed' ? changed : sent).push([tabId, message]);
      return { ok: true };
    },
    ...(options.summarizer ? { summarizer: options.summarizer } : {}),
  });
  const listener = backgroundListener(service.handlers);
  const send = async (message: unknown, tabId?: number) =>
    listener(message, { id: 'test-extension-id', ...(tabId === undefined ? {} : { tab: { id: tabId } as never }) });
  return { service, sent, changed, fetch: fetchMock, store, send };
}
