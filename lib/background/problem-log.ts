import type { Browser } from 'wxt/browser';

/**
 * Problems the store met in the background (a damaged record skipped, a write that failed) reach the user once:
 * each goes out with the next result a tab gets, then counts as shown. The store's own list starts empty with
 * every copy of the service worker, which Chrome stops when idle, so what was shown is kept in storage.session:
 * a restarted worker does not say it again, a new browser session does.
 */

const KEY = 'problems:shown';
/** A damaged database can produce many; the oldest shown are forgotten first. */
const MAX_SHOWN = 200;

export interface ProblemLog {
  /** Of `problems`, those not shown yet, in order; from now on they count as shown. */
  unseen(problems: readonly string[]): Promise<string[]>;
}

type Area = Pick<Browser.storage.StorageArea, 'get' | 'set'>;

export function createProblemLog(session?: Area): ProblemLog {
  let loading: Promise<Set<string>> | undefined;

  const load = () => {
    loading ??= (session?.get(KEY) ?? Promise.resolve({})).then(
      (stored: Record<string, unknown>) => {
        const list = stored[KEY];
        return new Set(Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
      },
      () => new Set<string>(),
    );
    return loading;
  };

  return {
    async unseen(problems) {
      const shown = await load();
      const fresh = [...new Set(problems)].filter((problem) => !shown.has(problem));
      if (fresh.length === 0) return [];
      for (const problem of fresh) shown.add(problem);
      for (const old of shown) {
        if (shown.size <= MAX_SHOWN) break;
        shown.delete(old);
      }
      await session?.set({ [KEY]: [...shown] }).catch(() => undefined);
      return fresh;
    },
  };
}
