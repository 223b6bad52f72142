import { CAREER_SITE_SCRIPT, type CareerSiteBrowser, type Scripting } from '@/lib/career-sites/registry';

type Script = Parameters<Scripting['registerContentScripts']>[0][number];

export const INSTALLED = ['https://jobs.lever.co/*', 'https://api.lever.co/*'];

/** The content script registration a site gets, as the registry makes it. */
export const registration = (host: string, js = CAREER_SITE_SCRIPT): Script => ({
  id: `career-site-${host}`,
  matches: [`https://${host}/*`],
  js: [js],
  runAt: 'document_idle',
  allFrames: false,
  persistAcrossSessions: true,
});

/**
 * The browser as lib/career-sites/registry.ts sees it, in memory: the permissions granted (the manifest's, plus
 * the optional ones), the registered scripts (browser.scripting refuses every call while "scripting" is not granted,
 * and a duplicate id, as Chrome does), the open tabs and the scripts run in them.
 */
export function fakeCareerSiteBrowser(tabs: { id: number; url: string }[] = []) {
  const origins = new Set<string>(INSTALLED);
  const permissions = new Set<string>(['storage']);
  const registered = new Map<string, Script>();
  const injected: { tabId: number; files: string[] }[] = [];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };

  const allowed = () => {
    if (!permissions.has('scripting')) throw new Error("'scripting' is not available in this context.");
  };
  const scripting: Scripting = {
    async getRegisteredContentScripts() {
      allowed();
      return [...registered.values()].map((script) => structuredClone(script));
    },
    async registerContentScripts(scripts) {
      allowed();
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      }
      for (const script of scripts) registered.set(script.id, structuredClone(script));
    },
    async unregisterContentScripts({ ids }) {
      allowed();
      for (const id of ids) registered.delete(id);
    },
    async executeScript({ target, files }) {
      allowed();
      injected.push({ tabId: target.tabId, files });
      return [];
    },
  };

  const browser: CareerSiteBrowser = {
    permissions: {
      getAll: async () => ({ origins: [...origins], permissions: [...permissions] }),
      async remove(removed) {
        for (const origin of removed.origins ?? []) origins.delete(origin);
        for (const permission of removed.permissions ?? []) permissions.delete(permission);
        changed();
        return true;
      },
    },
    scripting: () => scripting,
    tabs: {
      query: async ({ url }) =>
        tabs.filter((tab) => url.some((pattern) => tab.url.startsWith(pattern.replace(/\*$/, '')))),
    },
    installedHosts: INSTALLED,
  };

  return {
    browser,
    registered,
    injected,
    /** What the browser's prompt does when the user allows a site. */
    grant(host: string) {
      origins.add(`https://${host}/*`);
      permissions.add('scripting');
      changed();
    },
    watch(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
