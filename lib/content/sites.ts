import { extractLever, LEVER_SELECTORS } from '@/lib/extract/lever';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { POSTING_SELECTORS as LINKEDIN_SELECTORS } from '@/lib/extract/linkedin-selectors';
import {
  isLeverPosting,
  isLinkedInJobList,
  isLinkedInJobView,
  isWorkdayPosting,
  linkedInJobIdFromUrl,
} from '@/lib/extract/urls';
import { extractWorkday, WORKDAY_SELECTORS } from '@/lib/extract/workday';
import type { ExtractResult, Source } from '@/lib/posting';

/**
 * What the content-script controller needs to know about one job site. Each site's script carries only its own
 * extractor (not the dispatcher over all three), which keeps the other sites' code out of its bundle.
 */
export interface SiteConfig {
  source: Source;
  extract: (document: Document, url: string, now: Date) => ExtractResult;
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
  extract: extractLever,
  isPostingPage: isLeverPosting,
  expectedId: () => undefined,
  titleSelectors: LEVER_SELECTORS.title,
  canBlockCompany: false,
};

export const WORKDAY: SiteConfig = {
  source: 'workday',
  extract: extractWorkday,
  isPostingPage: isWorkdayPosting,
  expectedId: () => undefined,
  titleSelectors: WORKDAY_SELECTORS.title,
  canBlockCompany: false,
};

export const LINKEDIN: SiteConfig = {
  source: 'linkedin',
  extract: extractLinkedIn,
  isPostingPage: (url) => isLinkedInJobView(url) || (isLinkedInJobList(url) && linkedInJobIdFromUrl(url) !== undefined),
  expectedId: linkedInJobIdFromUrl,
  titleSelectors: LINKEDIN_SELECTORS.title,
  canBlockCompany: true,
};
