import { defineContentScript } from 'wxt/utils/define-content-script';
import { startJobCards } from '@/lib/content/cards/start';
import { sendToBackground } from '@/lib/content/channel';

/**
 * LinkedIn's job lists: a score pill on every card, and the cards the settings dim or hide. A script of its own,
 * apart from the posting badge (linkedin.content), so that each stays within its size budget and a list page's card
 * work never delays a posting's badge. Matched to all of LinkedIn for the same reason as the badge's script (LinkedIn
 * reaches its job lists from the feed without a page load); the watcher starts only under /jobs/ and stops off it.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  async main(ctx) {
    await startJobCards(ctx, {
      send: (postings, rescore) => sendToBackground({ type: 'cards:seen', postings, rescore }),
      now: () => new Date(),
    });
  },
});
