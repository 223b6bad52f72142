import { defineContentScript } from 'wxt/utils/define-content-script';
import { WORKDAY } from '@/lib/content/sites/workday';
import { startPostingBadge } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startPostingBadge(ctx, WORKDAY);
  },
});
