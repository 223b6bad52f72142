import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createProblemLog } from '@/lib/background/problem-log';
import { createBackgroundService } from '@/lib/background/service';
import { createTabResults } from '@/lib/background/tab-results';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { browserCareerSites } from '@/lib/career-sites/browser';
import { turnedOnHosts } from '@/lib/career-sites/hosts';
import { createCareerSites } from '@/lib/career-sites/registry';
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
    alarms: browser.alarms,
    online: () => navigator.onLine,
  });
  const careerSitesBrowser = browserCareerSites();
  const careerSites = createCareerSites(careerSitesBrowser);
  const sitesIn = (origins: string[] | undefined) => turnedOnHosts(origins, careerSitesBrowser.installedHosts);

  browser.runtime.onMessage.addListener(backgroundListener(service.handlers));
  browser.tabs.onRemoved.addListener((tabId) => void service.onTabRemoved(tabId));
  // Without the tabs permission a tab's URL is visible only on the job sites: a load with no URL left them.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && tab.url === undefined) void service.onTabLeftSite(tabId);
  });
  watchSettings((settings) => void service.onSettingsChanged(settings));
  // A career site turned on (from the popup) gets its content script, in its open tabs too; one turned off (from
  // the options page or the browser's own settings) loses it, and its badges go.
  browser.permissions.onAdded.addListener((added) => {
    const hosts = sitesIn(added.origins);
    void careerSites.sync().then(() => careerSites.inject(hosts));
  });
  browser.permissions.onRemoved.addListener((removed) => {
    void careerSites.sync();
    void service.onCareerSitesOff(sitesIn(removed.origins));
  });
  // The daily watch of saved listings; registered at once so an alarm that woke the worker is heard.
  browser.alarms.onAlarm.addListener((alarm) => void service.onAlarm(alarm.name));
  // Old history goes at every start of the worker, then at most once a day as sightings arrive; the watch resumes.
  // The career sites' registrations are checked against their permissions at every start too: that covers a browser
  // restart and an extension update, whichever of them the browser kept.
  void service.start();
  void careerSites.sync();
});
