import { LEVER_SELECTORS } from '@/lib/extract/lever';
import { POSTING_SELECTORS as LINKEDIN_SELECTORS } from '@/lib/extract/linkedin-selectors';
import {
  isLeverPosting,
  isLinkedInJobList,
  isLinkedInJobView,
  isWorkdayPosting,
  linkedInJobIdFromUrl,
} from '@/lib/extract/urls';
import { WORKDAY_SELECTORS } from '@/lib/extract/workday';
import type { Source } from '@/lib/posting';

/** What the content-script controller needs to know about one job site. */
export interface SiteConfig {
  source: Source;
  /** The URL shows one posting (a LinkedIn list with a job selected counts: its detail pane is one). */
  isPostingPage(url: string): boolean;
  /** The posting id the URL names, when the page must show that one (LinkedIn swaps postings in place). */
  expectedId(url: string): string | undefined;
  /** Where the job title is, from the extractor's own registry: the badge sits at its end. */
  titleSelectors: readonly string[];
  /** Only LinkedIn has job lists where the user's blocked companies are hidden. */
  canBlockCompany: boolean;
}

export const LEVER: SiteConfig = {
  source: 'lever',
  isPostingPage: isLeverPosting,
  expectedId: () => undefined,
  titleSelectors: LEVER_SELECTORS.title,
  canBlockCompany: false,
};

export const WORKDAY: SiteConfig = {
  source: 'workday',
  isPostingPage: isWorkdayPosting,
  expectedId: () => undefined,
  titleSelectors: WORKDAY_SELECTORS.title,
  canBlockCompany: false,
};

export const LINKEDIN: SiteConfig = {
  source: 'linkedin',
  isPostingPage: (url) => isLinkedInJobView(url) || (isLinkedInJobList(url) && linkedInJobIdFromUrl(url) !== undefined),
  expectedId: linkedInJobIdFromUrl,
  titleSelectors: LINKEDIN_SELECTORS.title,
  canBlockCompany: true,
};
