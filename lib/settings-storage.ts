import { browser } from 'wxt/browser';
import { type Settings, type SettingsErrors, settingsFromStorage, validateSettings } from './settings';

/** Settings live in storage.sync under one key, so they follow the user across browsers and change atomically. */
export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return settingsFromStorage(stored[SETTINGS_KEY]);
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
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) listener(settingsFromStorage(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
