import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createProblemLog } from '@/lib/background/problem-log';
import { createBackgroundService } from '@/lib/background/service';
import { createTabResults } from '@/lib/background/tab-results';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { backgroundListener, sendToTab } from '@/lib/messages';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import { builtInSummarizer } from '@/lib/summary/on-device';

export default defineBackground(() => {
  const service = createBackgroundService({
    openStore: () => openStore(),
    loadSettings,
    saveSettings,
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    badge: createToolbarBadge(browser.action),
    tabs: createTabResults(browser.storage.session),
    sendToTab,
    // Ids only: without the tabs permission a query gives no addresses, and none are needed.
    allTabIds: async () => (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    problemLog: createProblemLog(browser.storage.session),
    // Current Chrome gives an extension's service worker the Summarizer API; where it does not, the popup makes
    // the on-device summary instead (lib/popup/summary-model.ts).
    summarizer: builtInSummarizer(globalThis),
  });

  browser.runtime.onMessage.addListener(backgroundListener(service.handlers));
  browser.tabs.onRemoved.addListener((tabId) => void service.onTabRemoved(tabId));
  // Without the tabs permission a tab's URL is visible only on the job sites: a load with no URL left them.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && tab.url === undefined) void service.onTabLeftSite(tabId);
  });
  watchSettings((settings) => void service.onSettingsChanged(settings));
  // Old history goes at every start of the worker, then at most once a day as sightings arrive.
  void service.start();
});
