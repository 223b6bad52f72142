import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { enforceContentScriptBudget } from './scripts/size-budget.mjs';

/** Job sites whose posting pages the content scripts read. */
export const JOB_SITE_MATCHES = [
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*',
  'https://*.linkedin.com/*',
  'https://job-boards.greenhouse.io/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://jobs.ashbyhq.com/*',
];

/**
 * Public APIs the background asks for the exact posted date of the posting being viewed, and whether a posting is
 * still listed on its employer's ATS (Workday's CXS API is on the job sites' own hosts above).
 */
export const ATS_API_HOSTS = [
  'https://api.lever.co/*',
  'https://api.eu.lever.co/*',
  'https://boards-api.greenhouse.io/*',
  'https://api.ashbyhq.com/*',
];

/**
 * A career site the user turns on from the popup: its host is asked for at that moment (permissions.request) out
 * of these patterns, with "scripting" to register the content script there, so installing asks for neither.
 */
export const CAREER_SITE_OPTIONAL_HOSTS = ['https://*/*'];
export const CAREER_SITE_OPTIONAL_PERMISSIONS = ['scripting'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // Dev builds are unminified, so only production builds are held to the content-script size budget.
    'build:done': (wxt) => {
      if (wxt.config.command === 'build') enforceContentScriptBudget(wxt.config.outDir, (m) => wxt.logger.info(m));
    },
  },
  manifest: ({ browser }) => ({
    name: 'Still Hiring',
    description:
      'Scores job listings on Lever, Workday, LinkedIn, Greenhouse, Ashby and the career sites you turn on for signs of active hiring, and warns about ghost jobs.',
    // activeTab shows the popup the address of the tab it was opened over, so it can offer to turn that careers
    // site on; it grants nothing until the toolbar button is clicked, and browsers show no install warning for it.
    // alarms: the daily check of saved listings on their employer's ATS.
    permissions: ['storage', 'activeTab', 'alarms'],
    host_permissions: [...JOB_SITE_MATCHES, ...ATS_API_HOSTS],
    optional_host_permissions: CAREER_SITE_OPTIONAL_HOSTS,
    optional_permissions: CAREER_SITE_OPTIONAL_PERMISSIONS,
    action: { default_title: 'Still Hiring' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'still-hiring@still-hiring.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
