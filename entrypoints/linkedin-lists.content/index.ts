import { defineContentScript } from 'wxt/utils/define-content-script';
import { startJobCards } from '@/lib/content/cards/start';
import { sendToBackground } from '@/lib/content/channel';
import { LINKEDIN_LISTS } from '@/lib/content/sites/linkedin-lists';

/**
 * LinkedIn's job lists: a score pill on every card, and the cards the rules dim, hide or collapse. A script of its
 * own, apart from the posting badge (linkedin.content), so that each stays within its size budget and a list page's
 * card work never delays a posting's badge. Matched to all of LinkedIn for the same reason as the badge's script
 * (LinkedIn reaches its job lists from the feed without a page load); the watcher starts only under /jobs/ and
 * stops off it.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  async main(ctx) {
    await startJobCards(ctx, LINKEDIN_LISTS, {
      send: (postings, rescore) => sendToBackground({ type: 'cards:seen', postings, rescore }),
      setHidden: ({ source, id }, hidden) => sendToBackground({ type: 'job:set-hidden', source, id, hidden }),
      now: () => new Date(),
    });
  },
});
