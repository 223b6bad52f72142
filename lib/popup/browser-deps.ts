import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/messages';
import { loadSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import type { Store } from '@/lib/store/types';
import { builtInSummarizer } from '@/lib/summary/on-device';
import type { PopupDeps } from './popup-store';

/** The popup's real dependencies: the browser's tabs and messaging, and the extension's own IndexedDB. */
export function browserPopupDeps(): PopupDeps {
  let store: Promise<Store> | undefined;
  return {
    // The tab id comes without the "tabs" permission; the url and title would not.
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    send: sendToBackground,
    store: () => {
      store ??= openStore();
      return store;
    },
    searchDelayMs: 150,
    openUrl: (url) => void browser.tabs.create({ url }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    now: () => new Date(),
    summarizer: builtInSummarizer(window),
    summaryMode: async () => (await loadSettings()).summaries,
  };
}
