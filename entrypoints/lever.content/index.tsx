import { defineContentScript } from 'wxt/utils/define-content-script';
import { LEVER } from '@/lib/content/sites/lever';
import { startPostingBadge } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startPostingBadge(ctx, LEVER);
  },
});
