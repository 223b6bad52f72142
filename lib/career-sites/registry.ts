import { careerSitePattern, hostOfScript, scriptIdFor, turnedOnHosts } from './hosts';

/**
 * The career sites' content script, registered for each site whose permission is granted and for no other:
 * `sync` brings the registrations in line with the permissions (at every start of the background, so a browser
 * restart or an extension update finds them registered, whatever the browser kept), `inject` runs the script in a
 * site's tabs already open when it was turned on, and `turnOff` unregisters a site and gives its permission back.
 * The browser is passed in, so tests can stand in for it.
 */

/** The built script, as WXT names it (entrypoints/career-site.content). */
export const CAREER_SITE_SCRIPT = 'content-scripts/career-site.js';
/** Asked for with a site's host, to register the script; given back with the last site. */
export const SCRIPTING = 'scripting';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
}

/** The part of browser.scripting used here. */
export interface Scripting {
  getRegisteredContentScripts(): Promise<Registered[]>;
  registerContentScripts(
    scripts: {
      id: string;
      matches: string[];
      js: string[];
      runAt: 'document_idle';
      allFrames: boolean;
      persistAcrossSessions: boolean;
    }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

export interface CareerSiteBrowser {
  permissions: {
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
    remove(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
  };
  /**
   * browser.scripting. Chrome keeps the namespace once "scripting" was granted and removed, refusing every call: it
   * is used only while the permission is granted.
   */
  scripting(): Scripting | undefined;
  tabs: { query(query: { url: string[] }): Promise<{ id?: number }[]> };
  /** The manifest's install-time host patterns, which no career site is. */
  installedHosts: readonly string[];
}

export interface CareerSites {
  /** The sites turned on, sorted. */
  turnedOn(): Promise<string[]>;
  /** Registers the script for every site turned on and unregisters it from every other; returns the sites on. */
  sync(): Promise<string[]>;
  /** Runs the script in the open tabs of `hosts` (just turned on: pages loaded before have no script yet). */
  inject(hosts: readonly string[]): Promise<void>;
  /** Unregisters a site's script and removes its permission (and "scripting" with the last site). */
  turnOff(host: string): Promise<void>;
}

export function createCareerSites(browser: CareerSiteBrowser): CareerSites {
  // One change at a time: a start, a permission event and a click in the options page can overlap.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** The sites turned on, and browser.scripting when its permission is granted. */
  const granted = async () => {
    const all = await browser.permissions.getAll();
    const hosts = turnedOnHosts(all.origins, browser.installedHosts);
    return { hosts, scripting: all.permissions?.includes(SCRIPTING) ? browser.scripting() : undefined };
  };
  const turnedOn = async () => (await granted()).hosts;

  const sync = async (): Promise<string[]> => {
    const { hosts, scripting } = await granted();
    if (!scripting) return hosts;
    const registered = (await scripting.getRegisteredContentScripts()).filter((s) => hostOfScript(s.id) !== undefined);
    // Stale: its site was turned off, or an update moved or renamed the script file.
    const stale = registered.filter((script) => {
      const host = hostOfScript(script.id) as string;
      const current = script.js?.length === 1 && script.js[0]?.replace(/^\//, '') === CAREER_SITE_SCRIPT;
      return !hosts.includes(host) || !current || script.matches?.[0] !== careerSitePattern(host);
    });
    if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
    const kept = new Set(registered.filter((script) => !stale.includes(script)).map((script) => script.id));
    const missing = hosts.filter((host) => !kept.has(scriptIdFor(host)));
    if (missing.length > 0) {
      await scripting.registerContentScripts(
        missing.map((host) => ({
          id: scriptIdFor(host),
          matches: [careerSitePattern(host)],
          js: [CAREER_SITE_SCRIPT],
          runAt: 'document_idle' as const,
          allFrames: false,
          persistAcrossSessions: true,
        })),
      );
    }
    return hosts;
  };

  return {
    turnedOn,
    sync: () => serially(sync),
    async inject(hosts) {
      const { scripting } = await granted();
      if (!scripting || hosts.length === 0) return;
      const tabs = await browser.tabs.query({ url: hosts.map(careerSitePattern) });
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? undefined
            : // A tab showing an error page or the store cannot be scripted; it gets the script on its next load.
              scripting
                .executeScript({ target: { tabId: tab.id }, files: [CAREER_SITE_SCRIPT] })
                .catch(() => undefined),
        ),
      );
    },
    turnOff: (host) =>
      serially(async () => {
        await browser
          .scripting()
          ?.unregisterContentScripts({ ids: [scriptIdFor(host)] })
          .catch(() => undefined);
        await browser.permissions.remove({ origins: [careerSitePattern(host)] });
        const left = await turnedOn();
        if (left.length === 0) await browser.permissions.remove({ permissions: [SCRIPTING] });
      }),
  };
}
