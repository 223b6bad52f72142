import type { SiteConfig } from '@/lib/content/site-config';
import { extractGreenhouse, GREENHOUSE_SELECTORS } from '@/lib/extract/greenhouse';
import { isGreenhousePosting } from '@/lib/extract/urls';

export const GREENHOUSE: SiteConfig = {
  source: 'greenhouse',
  extract: extractGreenhouse,
  isPostingPage: isGreenhousePosting,
  expectedId: () => undefined,
  titleSelectors: GREENHOUSE_SELECTORS.title,
};
