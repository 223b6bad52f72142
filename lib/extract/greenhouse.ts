import {
  cleanText,
  closedByDate,
  type DraftPosting,
  finishPosting,
  firstMatch,
  htmlToText,
  inferExperienceLevel,
  type JobPostingFields,
  metaContent,
  normalizeWorkplace,
  parseSalaryText,
  readJsonLdJobPosting,
  textOf,
} from '@/lib/extract/common';
import { type GreenhousePostingKey, greenhousePostingKey } from '@/lib/extract/urls';
import type { ExtractResult } from '@/lib/posting';

/**
 * Greenhouse job posts: job-boards.greenhouse.io/{board}/jobs/{id} and the application form a company's careers page
 * embeds (/embed/job_app?for={board}&token={id}). Where each field sits: /work/shared/fixtures/real/STRUCTURE.md §4.
 * Page variants, each with its own selectors below:
 * - the current board UI (2024–2026, a Remix app; the real GitLab capture): `.job__title h1`, `.job__location`,
 *   `.job__description`, the board's logo in `.image-container`; `<title>` "Job Application for {Title} at {Company}";
 * - the old board UI (boards.greenhouse.io before the move, still served to some embeds): `#app_body` with
 *   `h1.app-title`, `.company-name` ("at {Company}"), `.location` and `#content`. No capture of it exists in our
 *   corpus; these are the ids public Greenhouse extractors name.
 * A JSON-LD JobPosting, where a board has one, comes first. The page shows no posted date: the background asks
 * Greenhouse's Job Board API for `first_published` (lib/extract/api/greenhouse.ts).
 */
export const GREENHOUSE_SELECTORS = {
  /** Current UI first, then the old one. */
  title: ['.job__title h1', '.job__header h1', '#app_body h1.app-title', 'h1.app-title'],
  /** Current UI: "Remote, Canada" beside a pin icon; old UI: `.location`. */
  location: ['.job__location', '#app_body .location', '#header .location'],
  /** Current UI, then the old UI's `#content`. */
  description: ['.job__description', '#app_body #content', '#content'],
  /** Old UI only: "at GitLab". */
  companyLine: ['#app_body .company-name', '.company-name'],
  /** Current UI: the board's logo, alt "{Company} Logo". */
  logo: ['.image-container img[alt]', '.logo img[alt]'],
  /** Both: the pay range Greenhouse's pay transparency block adds inside the description ("$170,000—$216,000 USD"). */
  payRange: ['.pay-range', '.pay-input .pay-range'],
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Job Application for {Title} at {Company}", the current UI's `<title>`; the part after the page's own title. */
function companyFromTitle(documentTitle: string | undefined, title: string | undefined): string | undefined {
  const match = /^Job Application for (.+) at (.+)$/.exec(documentTitle ?? '');
  if (!match) return undefined;
  return title && match[1] !== title ? undefined : cleanText(match[2]);
}

function companyOf(document: Document, title: string | undefined): string | undefined {
  const line = textOf(document, GREENHOUSE_SELECTORS.companyLine);
  const fromLine = cleanText(line?.replace(/^at\s+/i, ''));
  const logoAlt = firstMatch(document, GREENHOUSE_SELECTORS.logo)?.element.getAttribute('alt');
  const fromLogo = cleanText(logoAlt?.replace(/\s+logo$/i, ''));
  return companyFromTitle(cleanText(document.title), title) ?? fromLine ?? fromLogo;
}

/** A JSON-LD block is this posting's unless its `url` names another Greenhouse job post. */
function describesThisPosting(jsonLd: JobPostingFields, key: GreenhousePostingKey): boolean {
  const other = jsonLd.url ? greenhousePostingKey(jsonLd.url) : undefined;
  return other === undefined || other.id === key.id;
}

export function extractGreenhouse(document: Document, url: string, now: Date): ExtractResult {
  const key = greenhousePostingKey(url);
  if (!key) return { ok: false, reason: 'This Greenhouse address is not a job post (no /jobs/{id} or token in it).' };
  const pageJsonLd = readJsonLdJobPosting(document);
  const jsonLd = pageJsonLd && describesThisPosting(pageJsonLd, key) ? pageJsonLd : undefined;
  const evidence: NonNullable<DraftPosting['evidence']> = { id: 'url' };

  const domTitle = textOf(document, GREENHOUSE_SELECTORS.title);
  const title = jsonLd?.title ?? domTitle ?? metaContent(document, 'og:title');
  evidence.title = jsonLd?.title ? 'json-ld' : 'dom';

  const domCompany = companyOf(document, domTitle);
  const company = jsonLd?.company ?? domCompany ?? (key.board ? capitalise(key.board) : undefined);
  if (company) evidence.company = jsonLd?.company ? 'json-ld' : domCompany ? 'dom' : 'url';

  const domLocation = textOf(document, GREENHOUSE_SELECTORS.location);
  const locations = jsonLd?.locations.length ? jsonLd.locations : domLocation ? [domLocation] : [];
  if (locations.length > 0) evidence.locations = jsonLd?.locations.length ? 'json-ld' : 'dom';

  // "Remote, Canada": the location line is where a board says a job is remote.
  const domWorkplace = normalizeWorkplace(domLocation);
  const workplace = jsonLd?.workplace ?? domWorkplace;
  if (workplace) evidence.workplace = jsonLd?.workplace ? 'json-ld' : 'text';

  const descriptionElement = firstMatch(document, GREENHOUSE_SELECTORS.description)?.element;
  const domDescription = descriptionElement ? htmlToText(descriptionElement) || undefined : undefined;
  const descriptionText = domDescription ?? jsonLd?.descriptionText;
  if (descriptionText) evidence.descriptionText = domDescription ? 'dom' : 'json-ld';

  const domSalary = parseSalaryText(textOf(document, GREENHOUSE_SELECTORS.payRange));
  const salary = jsonLd?.salary ?? domSalary;
  if (salary) evidence.salary = jsonLd?.salary ? 'json-ld' : 'dom';

  const experienceLevel = inferExperienceLevel(title);
  if (experienceLevel) evidence.experienceLevel = 'text';

  if (jsonLd?.employmentType) evidence.employmentType = 'json-ld';
  if (jsonLd?.posted) evidence.posted = 'json-ld';
  if (jsonLd?.validThrough) evidence.validThrough = 'json-ld';
  if (jsonLd?.requisitionId) evidence.requisitionId = 'json-ld';
  const closed = closedByDate(jsonLd?.validThrough, now);
  if (closed) evidence.closed = 'json-ld';

  return finishPosting(
    {
      source: 'greenhouse',
      id: key.id,
      url,
      view: 'page',
      title,
      company,
      locations,
      workplace,
      employmentType: jsonLd?.employmentType,
      experienceLevel,
      descriptionText,
      salary,
      posted: jsonLd?.posted,
      validThrough: jsonLd?.validThrough,
      requisitionId: jsonLd?.requisitionId,
      closed,
      evidence,
    },
    'Greenhouse',
  );
}
