import { browser } from 'wxt/browser';
import { careerSitePattern } from './hosts';
import { type CareerSiteBrowser, SCRIPTING, type Scripting } from './registry';

/** The real browser behind lib/career-sites/registry.ts, for the background and the options page. */
export function browserCareerSites(): CareerSiteBrowser {
  return {
    permissions: browser.permissions,
    // Read at each use: the namespace appears once "scripting" is granted, without a restart.
    scripting: () => (browser as unknown as { scripting?: Scripting }).scripting,
    tabs: { query: (query) => browser.tabs.query(query) },
    installedHosts: browser.runtime.getManifest().host_permissions ?? [],
  };
}

/**
 * Asks the user to turn a career site on: the browser's own prompt for the site's host, with "scripting" to
 * register the content script there. It must be called in the click's own task, before any await: Firefox refuses
 * a permissions.request that is not directly inside a user action.
 */
export function requestCareerSite(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [careerSitePattern(host)], permissions: [SCRIPTING] });
}
