import type { Browser } from 'wxt/browser';
import { TabResult } from '@/lib/messages';

/**
 * The latest result per tab, in memory and mirrored to storage.session: Chrome stops an idle service worker, and
 * the popup opened afterwards must still get the tab's result.
 */

const PREFIX = 'tab:';

export interface TabResults {
  get(tabId: number): Promise<TabResult | undefined>;
  set(tabId: number, result: TabResult): Promise<void>;
  delete(tabId: number): Promise<void>;
  all(): Promise<[number, TabResult][]>;
}

export function createTabResults(session: Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>): TabResults {
  const results = new Map<number, TabResult>();
  let restoring: Promise<void> | undefined;

  // Entries written by an earlier copy of the worker; anything unreadable is skipped, never fatal.
  const restore = () => {
    restoring ??= session.get(null).then(
      (stored) => {
        for (const [key, value] of Object.entries(stored)) {
          const tabId = Number(key.slice(PREFIX.length));
          const parsed = TabResult.safeParse(value);
          if (key.startsWith(PREFIX) && Number.isInteger(tabId) && parsed.success && !results.has(tabId)) {
            results.set(tabId, parsed.data);
          }
        }
      },
      () => undefined,
    );
    return restoring;
  };

  return {
    async get(tabId) {
      await restore();
      return results.get(tabId);
    },
    async set(tabId, result) {
      await restore();
      results.set(tabId, result);
      await session.set({ [PREFIX + tabId]: result }).catch(() => undefined);
    },
    async delete(tabId) {
      await restore();
      results.delete(tabId);
      await session.remove(PREFIX + tabId).catch(() => undefined);
    },
    async all() {
      await restore();
      return [...results.entries()];
    },
  };
}
