import { browser } from 'wxt/browser';
import { type Settings, type SettingsErrors, settingsFromStorage, validateSettings } from './settings';
import { onStoredSettingsChange, readStoredSettings, SETTINGS_KEY } from './settings-sync';

export async function loadSettings(): Promise<Settings> {
  return settingsFromStorage(await readStoredSettings());
}

/** Saves only valid settings; invalid ones come back as per-field messages and nothing is written. */
export async function saveSettings(
  input: unknown,
): Promise<{ ok: true; settings: Settings } | { ok: false; errors: SettingsErrors }> {
  const result = validateSettings(input);
  if (result.ok) await browser.storage.sync.set({ [SETTINGS_KEY]: result.settings });
  return result;
}

/** Calls `listener` with the new settings whenever they change; returns the function that stops listening. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return onStoredSettingsChange((stored) => listener(settingsFromStorage(stored)));
}
