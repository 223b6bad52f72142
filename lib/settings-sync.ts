import { browser } from 'wxt/browser';

/**
 * Where the settings live: storage.sync under one key, so they follow the user across browsers and change
 * atomically. Raw values only: each reader checks them its own way (lib/settings-storage.ts with the zod schema,
 * content scripts with the few fields they use).
 */
export const SETTINGS_KEY = 'settings';

export async function readStoredSettings(): Promise<unknown> {
  return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/** Calls `listener` with the newly stored value whenever it changes; returns the function that stops listening. */
export function onStoredSettingsChange(listener: (stored: unknown) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) listener(change.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
