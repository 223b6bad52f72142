import { defineContentScript } from 'wxt/utils/define-content-script';
import { GREENHOUSE } from '@/lib/content/sites/greenhouse';
import { startPostingBadge } from '@/lib/content/start';

export default defineContentScript({
  matches: [
    'https://job-boards.greenhouse.io/*',
    'https://boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
    'https://boards.eu.greenhouse.io/*',
  ],
  // Every frame: a company's careers page shows its Greenhouse application form in an iframe (#grnhse_iframe) from
  // these hosts, and the badge goes inside it. The careers page itself needs no permission for this.
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startPostingBadge(ctx, GREENHOUSE);
  },
});
