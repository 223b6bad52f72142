import {
  allMatches,
  cleanText,
  closedByDate,
  type DraftPosting,
  decodeEntities,
  finishPosting,
  firstMatch,
  htmlToText,
  inferExperienceLevel,
  type JobPostingFields,
  metaContent,
  normalizeEmploymentType,
  normalizeWorkplace,
  readJsonLdJobPosting,
  textOf,
} from '@/lib/extract/common';
import { type WorkdayPostingKey, workdayPostingKey } from '@/lib/extract/urls';
import type { ExtractResult } from '@/lib/posting';
import { parseRelativeTime } from '@/lib/text/relative-time';

/**
 * Workday job pages, {tenant}.wdN.myworkdayjobs.com/…/job/…/{title}_{reqId}. Where each field sits is documented in
 * /work/shared/fixtures/real/STRUCTURE.md §2. Three sources, most trusted first:
 * 1. JSON-LD JobPosting in the head (the raw server HTML has it: exact datePosted, validThrough, employer name);
 * 2. `data-automation-id` fields of the rendered single-page app (relative "Posted 30+ Days Ago", `dd` values);
 * 3. og:title / og:description in the head.
 * The head is only trusted when it describes the posting in the address: after in-app navigation the SPA swaps
 * the body but the head can still be the search page's ("Careers") or the first job's.
 */
export const WORKDAY_SELECTORS = {
  /** Rendered SPA: the automation id sits on the h2 itself (`[…jobPostingHeader] h2` finds nothing). */
  title: ['h2[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobPostingHeader"]'],
  /** Rendered SPA: read the `dd`; the `dt` is the label ("locations"). One `dd` per location. */
  locations: ['[data-automation-id="locations"] dd'],
  /** Rendered SPA: "Full time", "Part time". */
  time: ['[data-automation-id="time"] dd'],
  /** Rendered SPA: "Posted Today", "Posted 30+ Days Ago". */
  postedOn: ['[data-automation-id="postedOn"] dd'],
  /** Rendered SPA: the requisition id without the URL's "-1" suffix. */
  requisitionId: ['[data-automation-id="requisitionId"] dd'],
  /** Rendered SPA: the description HTML. */
  description: ['[data-automation-id="jobPostingDescription"]'],
  /** Both: the head's own address for the page. */
  pageAddress: ['link[rel="canonical"]', 'meta[property="og:url"]'],
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the head (canonical, og:url, JSON-LD identifier) describes the posting in the address. */
function headDescribes(document: Document, key: WorkdayPostingKey, jsonLd: JobPostingFields | undefined): boolean {
  const address = firstMatch(document, WORKDAY_SELECTORS.pageAddress)?.element;
  const headUrl = address?.getAttribute('href') ?? address?.getAttribute('content');
  const headKey = headUrl ? workdayPostingKey(headUrl)?.key : undefined;
  return headKey === key.key || (jsonLd?.requisitionId !== undefined && jsonLd.requisitionId === key.requisitionId);
}

/**
 * `window.workday = {…, postingAvailable: false, …}` in the bootstrap script. Seen as `true` on live job pages and
 * `null` on the search page; that `false` marks a closed posting is an inference with no real sample to confirm it.
 */
function postingUnavailable(document: Document): boolean {
  return Array.from(document.querySelectorAll('script:not([src])')).some((script) =>
    /window\.workday\b[\s\S]*?\bpostingAvailable\s*:\s*false\b/.test(script.textContent ?? ''),
  );
}

export function extractWorkday(document: Document, url: string, now: Date): ExtractResult {
  const key = workdayPostingKey(url);
  if (!key)
    return { ok: false, reason: 'This Workday address is not a job posting (no {title}_{id} part after /job/).' };
  const pageJsonLd = readJsonLdJobPosting(document);
  const trustHead = headDescribes(document, key, pageJsonLd);
  const jsonLd = trustHead ? pageJsonLd : undefined;
  const evidence: NonNullable<DraftPosting['evidence']> = { id: 'url' };

  const domTitle = textOf(document, WORKDAY_SELECTORS.title);
  const headTitle = trustHead ? (metaContent(document, 'og:title') ?? cleanText(document.title)) : undefined;
  const title = jsonLd?.title ?? domTitle ?? headTitle;
  evidence.title = jsonLd?.title ? 'json-ld' : 'dom';

  const company = jsonLd?.company ?? capitalise(key.tenant);
  evidence.company = jsonLd?.company ? 'json-ld' : 'url';

  const domLocations = (allMatches(document, WORKDAY_SELECTORS.locations)?.elements ?? [])
    .map((dd) => cleanText(dd.textContent))
    .filter((location): location is string => location !== undefined);
  const locations = jsonLd?.locations.length ? jsonLd.locations : domLocations;
  if (locations.length > 0) evidence.locations = jsonLd?.locations.length ? 'json-ld' : 'dom';

  const employmentType = jsonLd?.employmentType ?? normalizeEmploymentType(textOf(document, WORKDAY_SELECTORS.time));
  if (employmentType) evidence.employmentType = jsonLd?.employmentType ? 'json-ld' : 'dom';

  // Tenants name a remote "location" in their own language too: "France - Télétravail", "Deutschland - Homeoffice".
  const remoteLocation = locations.some(
    (location) => /\bremote\b/i.test(location) || normalizeWorkplace(location) === 'remote',
  );
  const workplace = jsonLd?.workplace ?? (remoteLocation ? 'remote' : undefined);
  if (workplace) evidence.workplace = jsonLd?.workplace ? 'json-ld' : 'text';

  const postedText = textOf(document, WORKDAY_SELECTORS.postedOn);
  const posted = jsonLd?.posted ?? (postedText ? parseRelativeTime(postedText, now) : undefined);
  if (posted) evidence.posted = jsonLd?.posted ? 'json-ld' : 'dom';

  const domRequisition = textOf(document, WORKDAY_SELECTORS.requisitionId);
  const requisitionId = jsonLd?.requisitionId ?? domRequisition ?? key.requisitionId;
  evidence.requisitionId = jsonLd?.requisitionId ? 'json-ld' : domRequisition ? 'dom' : 'url';

  // The rendered description keeps its paragraphs and lists; Workday's JSON-LD flattens it to one paragraph,
  // and og:description is cut short.
  const descriptionElement = firstMatch(document, WORKDAY_SELECTORS.description)?.element;
  const domDescription = descriptionElement ? htmlToText(descriptionElement) || undefined : undefined;
  const headDescription = trustHead ? metaContent(document, 'og:description') : undefined;
  const descriptionText =
    domDescription ?? jsonLd?.descriptionText ?? (headDescription ? decodeEntities(headDescription) : undefined);
  if (descriptionText) evidence.descriptionText = !domDescription && jsonLd?.descriptionText ? 'json-ld' : 'dom';

  const experienceLevel = inferExperienceLevel(title);
  if (experienceLevel) evidence.experienceLevel = 'text';

  const validThrough = jsonLd?.validThrough;
  if (validThrough) evidence.validThrough = 'json-ld';
  const unavailable = postingUnavailable(document);
  const closed = unavailable
    ? { reason: 'Workday marks this posting as no longer available.' }
    : closedByDate(validThrough, now);
  if (closed) evidence.closed = unavailable ? 'embedded-json' : 'json-ld';

  return finishPosting(
    {
      source: 'workday',
      id: key.key,
      url,
      view: 'page',
      title,
      company,
      locations,
      workplace,
      employmentType,
      experienceLevel,
      descriptionText,
      posted,
      validThrough,
      requisitionId,
      closed,
      evidence,
    },
    'Workday',
  );
}
