import { noPostingReason } from '@/lib/extract/common';
import { extractLever } from '@/lib/extract/lever';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import {
  detectSite,
  isLeverPosting,
  isLinkedInAuthWall,
  isLinkedInJobList,
  isLinkedInJobView,
  isWorkdayPosting,
} from '@/lib/extract/urls';
import { extractWorkday } from '@/lib/extract/workday';
import { type ExtractResult, parsePosting, type Source } from '@/lib/posting';

/**
 * The one entry point the CLI and the tests call: picks the site's extractor from the address and checks its
 * posting in full with the zod schema, as the background does with what a content script sends (content scripts
 * call their site's extractor directly). It never throws; a page that is not a posting, or that an extractor
 * cannot read, gets a sentence instead.
 */

const SITE_NAMES: Record<Source, string> = { lever: 'Lever', workday: 'Workday', linkedin: 'LinkedIn' };

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
  }
}

function runExtractor(site: Source, document: Document, url: string, now: Date): ExtractResult {
  switch (site) {
    case 'lever':
      return extractLever(document, url, now);
    case 'workday':
      return extractWorkday(document, url, now);
    case 'linkedin':
      return extractLinkedIn(document, url, now);
  }
}

export function extractPosting(document: Document, url: string, now: Date = new Date()): ExtractResult {
  const site = detectSite(url);
  if (!site) return { ok: false, reason: 'This is not a job posting page of Lever, Workday or LinkedIn.' };
  const reason = notAPosting(site, url);
  if (reason) return { ok: false, reason };
  try {
    const extracted = runExtractor(site, document, url, now);
    if (!extracted.ok) return extracted;
    const parsed = parsePosting(extracted.posting);
    return parsed.ok
      ? parsed
      : { ok: false, reason: noPostingReason(SITE_NAMES[site], parsed.error.split(':')[0] ?? 'posting') };
  } catch (error) {
    // Extractors are written not to throw; this keeps a page the site broke in a new way from breaking the caller.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `This ${SITE_NAMES[site]} page could not be read (${detail}).` };
  }
}
