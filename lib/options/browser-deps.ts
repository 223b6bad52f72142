import { browser } from 'wxt/browser';
import { browserCareerSites } from '@/lib/career-sites/browser';
import { createCareerSites } from '@/lib/career-sites/registry';
import { sendToBackground } from '@/lib/messages';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import type { Store } from '@/lib/store/types';
import type { CareerSitesDeps } from './career-sites-store';
import type { DataDeps } from './data-store';
import { downloadText } from './download';
import type { SettingsDeps } from './settings-store';

/** Follows the browser's permission changes, which is where career sites are turned on and off. */
function watchPermissions(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

/**
 * The options page's real dependencies: settings in storage.sync, data in the extension's IndexedDB, career sites
 * in the browser's permissions.
 */
export function browserOptionsDeps(): { settings: SettingsDeps; data: DataDeps; careerSites: CareerSitesDeps } {
  let store: Promise<Store> | undefined;
  const careerSites = createCareerSites(browserCareerSites());
  return {
    careerSites: { turnedOn: careerSites.turnedOn, turnOff: careerSites.turnOff, watch: watchPermissions },
    settings: {
      load: loadSettings,
      save: saveSettings,
      watch: watchSettings,
      download: downloadText,
      saveDelayMs: 400,
    },
    data: {
      store: () => {
        store ??= openStore();
        return store;
      },
      settings: { load: loadSettings, save: saveSettings },
      send: sendToBackground,
      now: () => new Date(),
      download: downloadText,
    },
  };
}
