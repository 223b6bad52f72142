import { extractAshby } from '@/lib/extract/ashby';
import { extractCareerSite } from '@/lib/extract/career-site';
import { noPostingReason } from '@/lib/extract/common';
import { extractGreenhouse } from '@/lib/extract/greenhouse';
import { extractLever } from '@/lib/extract/lever';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import {
  detectSite,
  isAshbyPosting,
  isGreenhousePosting,
  isLeverPosting,
  isLinkedInAuthWall,
  isLinkedInJobList,
  isLinkedInJobView,
  isWorkdayPosting,
} from '@/lib/extract/urls';
import { extractWorkday } from '@/lib/extract/workday';
import { type ExtractResult, parsePosting, type Source } from '@/lib/posting';
import { SITE_NAMES } from '@/lib/posting-keys';

/**
 * The one entry point the CLI and the tests call: picks the site's extractor from the address and checks its
 * posting in full with the zod schema, as the background does with what a content script sends (content scripts
 * call their site's extractor directly). An address of no supported job site is read as a company's career site,
 * from its JSON-LD JobPosting alone, as the extension reads a career site the user turned on. It never throws; a
 * page that is not a posting, or that an extractor cannot read, gets a sentence instead.
 */

/** Why a page of a supported site is not a posting, or undefined when it is one. */
function notAPosting(site: Source, url: string): string | undefined {
  switch (site) {
    case 'lever':
      return isLeverPosting(url)
        ? undefined
        : 'This Lever page is not a job posting (it may be the company’s list of jobs).';
    case 'workday':
      return isWorkdayPosting(url)
        ? undefined
        : 'This Workday page is not a job posting (it may be a search or list page).';
    case 'linkedin':
      if (isLinkedInAuthWall(url)) return 'This LinkedIn page is the sign-in wall, not a job posting.';
      // A job list may show the selected job in a detail pane even without ?currentJobId=; the extractor decides.
      if (isLinkedInJobView(url) || isLinkedInJobList(url)) return undefined;
      return 'This LinkedIn page is not a job posting (open a job, or select one in a job list).';
    case 'greenhouse':
      if (isGreenhousePosting(url)) return undefined;
      // Greenhouse sends a job post it no longer has to its board with ?error=true.
      return new URL(url).searchParams.get('error') === 'true'
        ? 'Greenhouse shows this board in place of a job post it no longer has: the job you opened has closed.'
        : 'This Greenhouse page is not a job post (it may be the company’s board of jobs).';
    case 'ashby':
      return isAshbyPosting(url)
        ? undefined
        : 'This Ashby page is not a job posting (it may be the company’s list of jobs).';
    case 'career-site':
      return undefined;
  }
}

// A switch rather than a table: the extractor is looked up when called, so a test can stand in for one.
function runExtractor(site: Source, document: Document, url: string, now: Date): ExtractResult {
  switch (site) {
    case 'lever':
      return extractLever(document, url, now);
    case 'workday':
      return extractWorkday(document, url, now);
    case 'linkedin':
      return extractLinkedIn(document, url, now);
    case 'greenhouse':
      return extractGreenhouse(document, url, now);
    case 'ashby':
      return extractAshby(document, url, now);
    case 'career-site':
      return extractCareerSite(document, url, now);
  }
}

/** How an error names the page: "This Lever page", "This career site page". */
const pageName = (site: Source) => (site === 'career-site' ? 'career site' : SITE_NAMES[site]);

export function extractPosting(document: Document, url: string, now: Date = new Date()): ExtractResult {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    return { ok: false, reason: 'This is not the address of a web page (it should start with https://).' };
  }
  const site: Source = detectSite(url) ?? 'career-site';
  const reason = notAPosting(site, url);
  if (reason) return { ok: false, reason };
  try {
    const extracted = runExtractor(site, document, url, now);
    if (!extracted.ok) return extracted;
    const parsed = parsePosting(extracted.posting);
    return parsed.ok
      ? parsed
      : { ok: false, reason: noPostingReason(pageName(site), parsed.error.split(':')[0] ?? 'posting') };
  } catch (error) {
    // Extractors are written not to throw; this keeps a page the site broke in a new way from breaking the caller.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `This ${pageName(site)} page could not be read (${detail}).` };
  }
}
