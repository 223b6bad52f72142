import type { SiteConfig } from '@/lib/content/site-config';
import { extractCareerSite } from '@/lib/extract/career-site';
import { cleanText } from '@/lib/extract/common';
import type { Posting } from '@/lib/posting';

/** Headings, most likely first: a job page's title is its h1 as a rule, an h2 on some sites. */
const HEADINGS = ['h1', 'h2', '[role="heading"]'];

const fold = (text: string | null | undefined) => cleanText(text)?.toLowerCase() ?? '';

/**
 * The heading that shows the posting's title on a site whose markup nobody registered: the first one reading
 * exactly the title, else the first one containing it ("Software Engineer, Multiverse – Waymo"). None: the corner.
 */
export function careerSiteTitle(document: Document, posting: Posting): Element | undefined {
  const title = fold(posting.title);
  const headings = HEADINGS.flatMap((selector) => Array.from(document.querySelectorAll(selector)));
  return (
    headings.find((heading) => fold(heading.textContent) === title) ??
    headings.find((heading) => fold(heading.textContent).includes(title))
  );
}

/**
 * A career site the user turned on. Any of its pages may be a posting, and the page's JSON-LD decides: one without
 * a JobPosting for itself gets no badge and no error.
 */
export const CAREER_SITE: SiteConfig = {
  source: 'career-site',
  extract: extractCareerSite,
  isPostingPage: () => true,
  expectedId: () => undefined,
  titleSelectors: [],
  titleOf: careerSiteTitle,
};
