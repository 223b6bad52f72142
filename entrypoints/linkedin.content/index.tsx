import { defineContentScript } from 'wxt/utils/define-content-script';
import { LINKEDIN } from '@/lib/content/sites/linkedin';
import { startPostingBadge } from '@/lib/content/start';

/** The posting badge on LinkedIn's job views and list detail panes; the list cards have their own script (linkedin-lists.content). */
export default defineContentScript({
  // All of LinkedIn, not only /jobs/*: LinkedIn reaches its job pages from the feed without a page load, and a
  // script matched to /jobs/* would then never run. Off the job pages the controller only waits for navigation.
  matches: ['https://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startPostingBadge(ctx, LINKEDIN);
  },
});
