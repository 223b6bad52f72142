import type { SiteConfig } from '@/lib/content/site-config';
import { ASHBY_SELECTORS, extractAshby } from '@/lib/extract/ashby';
import { isAshbyPosting } from '@/lib/extract/urls';

export const ASHBY: SiteConfig = {
  source: 'ashby',
  extract: extractAshby,
  isPostingPage: isAshbyPosting,
  expectedId: () => undefined,
  titleSelectors: ASHBY_SELECTORS.title,
};
