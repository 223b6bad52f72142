import type { SiteConfig } from '@/lib/content/site-config';
import { extractLever, LEVER_SELECTORS } from '@/lib/extract/lever';
import { isLeverPosting } from '@/lib/extract/urls';

export const LEVER: SiteConfig = {
  source: 'lever',
  extract: extractLever,
  isPostingPage: isLeverPosting,
  expectedId: () => undefined,
  titleSelectors: LEVER_SELECTORS.title,
};
