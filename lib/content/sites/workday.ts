import type { SiteConfig } from '@/lib/content/site-config';
import { isWorkdayPosting } from '@/lib/extract/urls';
import { extractWorkday, WORKDAY_SELECTORS } from '@/lib/extract/workday';

export const WORKDAY: SiteConfig = {
  source: 'workday',
  extract: extractWorkday,
  isPostingPage: isWorkdayPosting,
  expectedId: () => undefined,
  titleSelectors: WORKDAY_SELECTORS.title,
};
