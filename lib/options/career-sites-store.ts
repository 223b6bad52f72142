import { signal } from '@preact/signals';

/** The options page's list of career sites turned on, each of which can be turned off. */

export interface CareerSitesDeps {
  turnedOn(): Promise<string[]>;
  /** Unregisters the site's content script and gives its permission back. */
  turnOff(host: string): Promise<void>;
  /** Calls `listener` when the browser's permissions change; returns the function that stops it. */
  watch(listener: () => void): () => void;
}

export function createCareerSitesStore(deps: CareerSitesDeps) {
  /** Undefined until read. */
  const hosts = signal<string[] | undefined>(undefined);
  /** The site being turned off. */
  const busy = signal<string | undefined>(undefined);
  const error = signal<string | undefined>(undefined);

  async function refresh(): Promise<void> {
    try {
      hosts.value = await deps.turnedOn();
    } catch (caught) {
      error.value = `The career sites turned on could not be read: ${caught instanceof Error ? caught.message : String(caught)}`;
    }
  }

  async function turnOff(host: string): Promise<void> {
    if (busy.value) return;
    busy.value = host;
    error.value = undefined;
    try {
      await deps.turnOff(host);
    } catch (caught) {
      error.value = `${host} could not be turned off: ${caught instanceof Error ? caught.message : String(caught)}`;
    } finally {
      busy.value = undefined;
      await refresh();
    }
  }

  /** Reads the list and follows the browser's permissions; returns the function that stops following. */
  function start(): () => void {
    void refresh();
    return deps.watch(() => void refresh());
  }

  return { hosts, busy, error, refresh, turnOff, start };
}

export type CareerSitesStore = ReturnType<typeof createCareerSitesStore>;
