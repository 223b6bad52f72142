import { render } from '@testing-library/preact';
import { Options } from '@/components/options/Options';
import { createCareerSites } from '@/lib/career-sites/registry';
import { createCareerSitesStore } from '@/lib/options/career-sites-store';
import { createDataStore, type DataStoreAccess } from '@/lib/options/data-store';
import type { Download } from '@/lib/options/download';
import { createSettingsStore } from '@/lib/options/settings-store';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings-storage';
import { fakeCareerSiteBrowser } from '../career-sites/fake-browser';
import { freshStore, NOW } from '../popup/fixtures';

export interface Downloaded {
  fileName: string;
  text: string;
  type: string;
}

/**
 * The options page on the fake browser's storage.sync and a fresh store, with careers sites in an in-memory browser
 * (`careerSites`); downloads are caught, not made.
 */
export async function renderOptions(store?: DataStoreAccess, careerSites = fakeCareerSiteBrowser()) {
  const data = store ?? (await freshStore());
  const downloads: Downloaded[] = [];
  const download: Download = (fileName, text, type) => downloads.push({ fileName, text, type });
  const settings = createSettingsStore({
    load: loadSettings,
    save: saveSettings,
    watch: watchSettings,
    download,
    saveDelayMs: 0,
  });
  const dataStore = createDataStore({
    store: async () => data,
    settings: { load: loadSettings, save: saveSettings },
    send: async () => ({ ok: false, error: 'No background in this test.' }),
    now: () => NOW,
    download,
  });
  const registry = createCareerSites(careerSites.browser);
  const sites = createCareerSitesStore({
    turnedOn: registry.turnedOn,
    turnOff: registry.turnOff,
    watch: careerSites.watch,
  });
  const view = render(<Options settings={settings} data={dataStore} careerSites={sites} />);
  return { view, settings, data, downloads, careerSites };
}

/** Long enough for a save debounced by 0 ms, and the storage write after it, to have happened. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
