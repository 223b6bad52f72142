import {
  cleanText,
  closedByDate,
  type DraftPosting,
  finishPosting,
  firstMatch,
  htmlToText,
  inferExperienceLevel,
  metaContent,
  normalizeEmploymentType,
  normalizeWorkplace,
  parseSalaryText,
  readJsonLdJobPosting,
  textOf,
} from '@/lib/extract/common';
import { leverPostingKey } from '@/lib/extract/urls';
import type { ExtractResult, Salary } from '@/lib/posting';

/**
 * Lever job pages, jobs.lever.co/{company}/{uuid} and its /apply form. Where each field sits is documented in
 * /work/shared/fixtures/real/STRUCTURE.md §3. Two page variants share the header:
 * - posting page: `.posting-header > .posting-headline > h2` plus `.posting-categories`, then the description in
 *   `div.section-wrapper.page-full-width > div.section.page-centered` blocks (opening, lists, salary, closing);
 * - /apply page: `.posting-header > h2` with the same `.posting-categories` but **no** `.posting-headline` wrapper
 *   and no description sections (the application form takes their place).
 * Lever shows no posted date on either; the background asks Lever's API for it (lib/extract/api.ts).
 */
export const LEVER_SELECTORS = {
  /** Posting page first, then the /apply page's bare h2. */
  title: ['.posting-headline h2', '.posting-header h2'],
  /** Both variants. `.sort-by-time` is not a location selector: Lever also puts it on workplaceTypes. */
  location: ['.posting-categories .posting-category.location', '.posting-categories .location'],
  /** Both variants; the text ends in " /" ("Full time /"). */
  commitment: ['.posting-categories .posting-category.commitment', '.posting-categories .sort-by-commitment'],
  /** Both variants: "Hybrid", "Remote", "On-site". */
  workplace: ['.posting-categories .posting-category.workplaceTypes', '.posting-categories .workplaceTypes'],
  /** Both variants: alt is "{Company} logo". */
  logo: ['a.main-header-logo img[alt]', '.main-header-logo img[alt]'],
  /** Posting page only: every content block except the header and the bottom apply button. */
  descriptionSections: [
    '.section-wrapper.page-full-width > .section.page-centered:not(.posting-header):not(.last-section-apply)',
    '[data-qa="job-description"], [data-qa="posting-requirements"], [data-qa="closing-description"]',
  ],
  /** Posting page only, when the employer publishes a pay range. */
  salary: ['[data-qa="salary-range"]'],
} as const;

/** Lever ends category labels with " /" as a visual separator. */
function stripSeparator(text: string | undefined): string | undefined {
  return cleanText(text?.replace(/\s*\/\s*$/, ''));
}

/** "{Company} - {Title}" from `<title>` (og:title has the same form), when the title part matches. */
function companyFromTitle(documentTitle: string | undefined, title: string | undefined): string | undefined {
  if (!documentTitle) return undefined;
  if (title && documentTitle.endsWith(` - ${title}`)) return cleanText(documentTitle.slice(0, -title.length - 3));
  return cleanText(documentTitle.split(' - ')[0]);
}

function capitalise(slug: string): string {
  return slug.charAt(0).toUpperCase() + slug.slice(1);
}

function descriptionOf(document: Document): string | undefined {
  for (const selector of LEVER_SELECTORS.descriptionSections) {
    const blocks = Array.from(document.querySelectorAll(selector));
    const text = blocks
      .map((block) => htmlToText(block))
      .filter(Boolean)
      .join('\n\n');
    if (text) return text;
  }
  return undefined;
}

/** The pay block's figure line; its heading ("Salary range") has no figures. */
function salaryOf(document: Document): Salary | undefined {
  const block = firstMatch(document, LEVER_SELECTORS.salary)?.element;
  const line = block
    ? htmlToText(block)
        .split('\n')
        .find((text) => /\d/.test(text))
    : undefined;
  return parseSalaryText(line);
}

export function extractLever(document: Document, url: string, now: Date): ExtractResult {
  const key = leverPostingKey(url);
  if (!key) return { ok: false, reason: 'This Lever address is not a job posting (no posting id in it).' };
  const jsonLd = readJsonLdJobPosting(document);
  const evidence: NonNullable<DraftPosting['evidence']> = { id: 'url' };

  const domTitle = textOf(document, LEVER_SELECTORS.title);
  const documentTitle = cleanText(document.title) ?? metaContent(document, 'og:title');
  const title = jsonLd?.title ?? domTitle ?? documentTitle?.split(' - ').slice(1).join(' - ');
  evidence.title = jsonLd?.title ? 'json-ld' : 'dom';

  const logoAlt = firstMatch(document, LEVER_SELECTORS.logo)?.element.getAttribute('alt');
  const domCompany = companyFromTitle(documentTitle, domTitle) ?? cleanText(logoAlt?.replace(/\s+logo$/i, ''));
  const company = jsonLd?.company ?? domCompany ?? capitalise(key.company);
  evidence.company = jsonLd?.company ? 'json-ld' : domCompany ? 'dom' : 'url';

  // A posting open in several places lists them in one category joined by " / " ("Toronto, Ontario / Remote").
  const domLocations = (stripSeparator(textOf(document, LEVER_SELECTORS.location))?.split(/\s+\/\s+/) ?? [])
    .map((location) => cleanText(location))
    .filter((location): location is string => location !== undefined);
  const locations = jsonLd?.locations.length ? jsonLd.locations : domLocations;
  if (locations.length > 0) evidence.locations = jsonLd?.locations.length ? 'json-ld' : 'dom';

  const domEmployment = normalizeEmploymentType(stripSeparator(textOf(document, LEVER_SELECTORS.commitment)));
  const employmentType = jsonLd?.employmentType ?? domEmployment;
  if (employmentType) evidence.employmentType = jsonLd?.employmentType ? 'json-ld' : 'dom';

  const domWorkplace = normalizeWorkplace(textOf(document, LEVER_SELECTORS.workplace));
  const workplace = domWorkplace ?? jsonLd?.workplace;
  if (workplace) evidence.workplace = domWorkplace ? 'dom' : 'json-ld';

  const domDescription = descriptionOf(document);
  const descriptionText = domDescription ?? jsonLd?.descriptionText;
  if (descriptionText) evidence.descriptionText = domDescription ? 'dom' : 'json-ld';

  const domSalary = salaryOf(document);
  const salary = jsonLd?.salary ?? domSalary;
  if (salary) evidence.salary = jsonLd?.salary ? 'json-ld' : 'dom';

  const experienceLevel = inferExperienceLevel(title);
  if (experienceLevel) evidence.experienceLevel = 'text';

  if (jsonLd?.posted) evidence.posted = 'json-ld';
  if (jsonLd?.validThrough) evidence.validThrough = 'json-ld';
  if (jsonLd?.requisitionId) evidence.requisitionId = 'json-ld';

  return finishPosting(
    {
      source: 'lever',
      id: key.id,
      url,
      view: 'page',
      title,
      company,
      locations,
      workplace,
      employmentType,
      experienceLevel,
      descriptionText,
      salary,
      posted: jsonLd?.posted,
      validThrough: jsonLd?.validThrough,
      requisitionId: jsonLd?.requisitionId,
      closed: closedByDate(jsonLd?.validThrough, now),
      evidence,
    },
    'Lever',
  );
}
