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
];

/** Public APIs the background asks for the exact posted date of the posting being viewed. */
export const ATS_API_HOSTS = ['https://api.lever.co/*', 'https://api.eu.lever.co/*'];

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
      'Scores job listings on Lever, Workday and LinkedIn for signs of active hiring, and warns about ghost jobs.',
    permissions: ['storage'],
    host_permissions: [...JOB_SITE_MATCHES, ...ATS_API_HOSTS],
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
