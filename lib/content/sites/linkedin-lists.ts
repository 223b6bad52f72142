import type { ListSite } from '@/lib/content/cards/list-site';
import { cardContentKey, readCard } from '@/lib/extract/linkedin-cards';
import { CARD_SELECTORS } from '@/lib/extract/linkedin-selectors';
import { linkedInJobIdFromUrl } from '@/lib/extract/urls';

/** Logged-in cards have a footer of labels ("Promoted", "Easy Apply"); guest cards never say Easy Apply. */
const FOOTER = CARD_SELECTORS.footerItem.join(', ');

/** LinkedIn's job lists: search, collections, and a job view's similar jobs, all under /jobs/. */
export const LINKEDIN_LISTS: ListSite = {
  source: 'linkedin',
  cardSelectors: CARD_SELECTORS.card,
  idAttributes: CARD_SELECTORS.idAttribute,
  // The busy feed is never watched; a job list reached from it without a page load starts the watcher.
  isListPage: (url) => new URL(url).pathname.startsWith('/jobs'),
  selectedJobId: linkedInJobIdFromUrl,
  readCard,
  contentKey: cardContentKey,
  labelsEasyApply: (card) => card.querySelector(FOOTER) !== null,
};
