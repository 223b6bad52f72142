import type { SiteConfig } from '@/lib/content/site-config';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { POSTING_SELECTORS as LINKEDIN_SELECTORS } from '@/lib/extract/linkedin-selectors';
import { isLinkedInJobList, isLinkedInJobView, linkedInJobIdFromUrl } from '@/lib/extract/urls';

export const LINKEDIN: SiteConfig = {
  source: 'linkedin',
  extract: extractLinkedIn,
  isPostingPage: (url) => isLinkedInJobView(url) || (isLinkedInJobList(url) && linkedInJobIdFromUrl(url) !== undefined),
  expectedId: linkedInJobIdFromUrl,
  titleSelectors: LINKEDIN_SELECTORS.title,
};
