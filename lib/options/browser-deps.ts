import { sendToBackground } from '@/lib/messages';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import type { Store } from '@/lib/store/types';
import type { DataDeps } from './data-store';
import { downloadText } from './download';
import type { SettingsDeps } from './settings-store';

/** The options page's real dependencies: settings in storage.sync, data in the extension's IndexedDB. */
export function browserOptionsDeps(): { settings: SettingsDeps; data: DataDeps } {
  let store: Promise<Store> | undefined;
  return {
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
