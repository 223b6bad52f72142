import { browser } from 'wxt/browser';
import { requestCareerSite } from '@/lib/career-sites/browser';
import { careerSiteOf, turnedOnHosts } from '@/lib/career-sites/hosts';
import { sendToBackground } from '@/lib/messages';
import { loadSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import type { Store } from '@/lib/store/types';
import { builtInSummarizer } from '@/lib/summary/on-device';
import type { PopupDeps } from './popup-store';

/** The popup's real dependencies: the browser's tabs and messaging, and the extension's own IndexedDB. */
const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0];

export function browserPopupDeps(): PopupDeps {
  let store: Promise<Store> | undefined;
  return {
    // The tab id comes without the "tabs" permission; its address comes with activeTab, which the toolbar click
    // that opened the popup grants for this tab alone.
    activeTabId: async () => (await activeTab())?.id,
    activeCareerSite: async () => careerSiteOf((await activeTab())?.url),
    turnedOnSites: async () =>
      turnedOnHosts((await browser.permissions.getAll()).origins, browser.runtime.getManifest().host_permissions ?? []),
    requestSite: requestCareerSite,
    readingWaitMs: 20_000,
    readingPollMs: 250,
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
