import type { ExtractResult, Posting, Source } from '@/lib/posting';

/**
 * What the content-script controller needs to know about one job site. Each site's config lives in its own module
 * (lib/content/sites/), so a site's script bundles only its own extractor and selectors.
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
  /** Where the title is when no selector can say it (a career site's own markup): found from the posting. */
  titleOf?: (document: Document, posting: Posting) => Element | undefined;
}
