import { defineContentScript } from 'wxt/utils/define-content-script';
import { ASHBY } from '@/lib/content/sites/ashby';
import { startPostingBadge } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://jobs.ashbyhq.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startPostingBadge(ctx, ASHBY);
  },
});
