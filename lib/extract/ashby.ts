import {
  cleanText,
  closedByDate,
  type DraftPosting,
  finishPosting,
  firstMatch,
  htmlToText,
  inferExperienceLevel,
  normalizeEmploymentType,
  normalizeWorkplace,
  parseSalaryText,
  readJsonLdJobPosting,
  textOf,
  toIsoDate,
} from '@/lib/extract/common';
import { assignedJson } from '@/lib/extract/embedded-json';
import { ashbyPostingKey } from '@/lib/extract/urls';
import type { ExtractResult, Salary } from '@/lib/posting';

/**
 * Ashby job postings, jobs.ashbyhq.com/{org}/{uuid} and its /application tab. Where each field sits:
 * /work/shared/fixtures/real/STRUCTURE.md §5. Three sources, most trusted first:
 * 1. `window.__appData.posting`, the app's own record of the posting in an inline script (workplace type, every
 *    location, the pay components, the listed flag); it wins over JSON-LD where the two disagree (the real Ramp page
 *    says TELECOMMUTE in JSON-LD and "Hybrid" in appData, and shows "Hybrid");
 * 2. the JSON-LD JobPosting (datePosted, employment type, employer, base salary);
 * 3. the rendered page: the heading and the left pane's labelled sections ("Location", "Employment Type",
 *    "Location Type", "Compensation"), whose class names are hashed CSS modules, so only the stable
 *    `ashby-job-posting-*` classes and the labels are used.
 * Ashby is a single-page app: after moving to another posting in the app, the head's JSON-LD and appData still
 * describe the first one, so each is used only when its id is the address's.
 */
export const ASHBY_SELECTORS = {
  /** Both tabs. */
  title: ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading'],
  /** Both tabs: each section is an `h2` label followed by its value. */
  sectionLabels: ['.ashby-job-posting-left-pane h2'],
  /** Overview tab only; the application tab has the form in its place. */
  description: ['#overview [class*="descriptionText"]', '[role="tabpanel"]#overview'],
  /** Both tabs: the employer's wordmark, alt "{Company}". */
  logo: ['.ashby-job-posting-header img[alt]'],
  /**
   * Both tabs, inside the "Compensation" section: each tier's summary ("Target Base Salary $220K – $330K • Offers
   * Equity"), without the tier's title and the pay philosophy around it. The class is a CSS module's, hashed after
   * its name, so it is matched on the name.
   */
  payTier: ['.ashby-job-posting-left-pane [class*="compensationTierSummary"]'],
} as const;

/** The left pane's labels, by what they hold. */
const LABELS = {
  location: /^(location|locations)$/i,
  employmentType: /^employment type$/i,
  workplace: /^location type$/i,
  compensation: /^compensation$/i,
};

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
const textField = (value: unknown): string | undefined => (typeof value === 'string' ? cleanText(value) : undefined);

/** The left pane's section labelled `label`: its value's text. */
function section(document: Document, label: RegExp): string | undefined {
  for (const heading of document.querySelectorAll(ASHBY_SELECTORS.sectionLabels.join(', '))) {
    if (!label.test(cleanText(heading.textContent) ?? '')) continue;
    const parts = [];
    for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) parts.push(next.textContent);
    return cleanText(parts.join(' '));
  }
  return undefined;
}

const INTERVALS: Record<string, NonNullable<Salary['period']>> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
};

/** The base pay among appData's `summaryComponents` ({compensationType: "Salary", interval: "1 YEAR", …}). */
function appDataSalary(posting: Fields): Salary | undefined {
  const components = Array.isArray(posting.summaryComponents) ? posting.summaryComponents : [];
  const pay = components
    .map(fieldsOf)
    .find((c) => c?.compensationType === 'Salary' || c?.compensationType === 'Hourly');
  if (!pay) return undefined;
  const amount = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
  const min = amount(pay.minValue);
  const max = amount(pay.maxValue);
  if (min === undefined && max === undefined) return undefined;
  const unit = /^1 (HOUR|DAY|WEEK|MONTH|YEAR)$/.exec(textField(pay.interval) ?? '')?.[1];
  const currency = textField(pay.currencyCode);
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(currency ? { currency } : {}),
    ...(unit ? { period: INTERVALS[unit] } : {}),
  };
}

/** appData's posting when it is the one in the address, with the employer's name from its organization. */
function appDataPosting(document: Document, id: string): { posting?: Fields; company?: string } {
  const appData = assignedJson(document, 'window.__appData');
  const posting = fieldsOf(appData?.posting);
  const company = textField(fieldsOf(appData?.organization)?.name);
  if (!posting || textField(posting.id)?.toLowerCase() !== id) return { company };
  return { posting, company };
}

/** `<title>` "{Title} @ {Company}". */
function companyFromTitle(documentTitle: string | undefined): string | undefined {
  const at = documentTitle?.lastIndexOf(' @ ') ?? -1;
  return at > 0 ? cleanText(documentTitle?.slice(at + 3)) : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function extractAshby(document: Document, url: string, now: Date): ExtractResult {
  const key = ashbyPostingKey(url);
  if (!key) return { ok: false, reason: 'This Ashby address is not a job posting (no posting id in it).' };
  const pageJsonLd = readJsonLdJobPosting(document);
  // Ashby's JSON-LD identifier is the posting's uuid.
  const ldId = pageJsonLd?.requisitionId?.toLowerCase();
  const jsonLd = pageJsonLd && (ldId === undefined || ldId === key.id) ? pageJsonLd : undefined;
  const { posting: app, company: appCompany } = appDataPosting(document, key.id);
  const evidence: NonNullable<DraftPosting['evidence']> = { id: 'url' };

  const appTitle = textField(app?.title);
  const title = jsonLd?.title ?? appTitle ?? textOf(document, ASHBY_SELECTORS.title);
  evidence.title = jsonLd?.title ? 'json-ld' : appTitle ? 'embedded-json' : 'dom';

  const logoAlt = firstMatch(document, ASHBY_SELECTORS.logo)?.element.getAttribute('alt');
  const domCompany = companyFromTitle(cleanText(document.title)) ?? cleanText(logoAlt);
  const company = jsonLd?.company ?? appCompany ?? domCompany ?? capitalise(key.org);
  evidence.company = jsonLd?.company ? 'json-ld' : appCompany ? 'embedded-json' : domCompany ? 'dom' : 'url';

  const appLocations = [
    app?.locationName,
    ...(Array.isArray(app?.secondaryLocationNames) ? app.secondaryLocationNames : []),
  ]
    .map(textField)
    .filter((location): location is string => location !== undefined);
  const domLocations = (section(document, LABELS.location)?.split(/\s*;\s*/) ?? []).filter(Boolean);
  const locations = appLocations.length > 0 ? appLocations : jsonLd?.locations.length ? jsonLd.locations : domLocations;
  if (locations.length > 0) {
    evidence.locations = appLocations.length > 0 ? 'embedded-json' : jsonLd?.locations.length ? 'json-ld' : 'dom';
  }

  const appWorkplace = normalizeWorkplace(textField(app?.workplaceType));
  const domWorkplace = normalizeWorkplace(section(document, LABELS.workplace));
  const workplace = appWorkplace ?? domWorkplace ?? jsonLd?.workplace;
  if (workplace) evidence.workplace = appWorkplace ? 'embedded-json' : domWorkplace ? 'dom' : 'json-ld';

  const appEmployment = normalizeEmploymentType(textField(app?.employmentType));
  const employmentType =
    jsonLd?.employmentType ?? appEmployment ?? normalizeEmploymentType(section(document, LABELS.employmentType));
  if (employmentType)
    evidence.employmentType = jsonLd?.employmentType ? 'json-ld' : appEmployment ? 'embedded-json' : 'dom';

  const appSalary = app ? appDataSalary(app) : undefined;
  const domSalary = parseSalaryText(
    textOf(document, ASHBY_SELECTORS.payTier) ?? section(document, LABELS.compensation),
  );
  const salary = jsonLd?.salary ?? appSalary ?? domSalary;
  if (salary) evidence.salary = jsonLd?.salary ? 'json-ld' : appSalary ? 'embedded-json' : 'dom';

  const appDescription =
    typeof app?.descriptionHtml === 'string' ? htmlToText(app.descriptionHtml) || undefined : undefined;
  const descriptionElement = firstMatch(document, ASHBY_SELECTORS.description)?.element;
  const domDescription = descriptionElement ? htmlToText(descriptionElement) || undefined : undefined;
  const descriptionText = appDescription ?? jsonLd?.descriptionText ?? domDescription;
  if (descriptionText) {
    evidence.descriptionText = appDescription ? 'embedded-json' : jsonLd?.descriptionText ? 'json-ld' : 'dom';
  }

  const appPosted = toIsoDate(app?.publishedDate);
  const posted = jsonLd?.posted ?? (appPosted ? { kind: 'exact' as const, date: appPosted } : undefined);
  if (posted) evidence.posted = jsonLd?.posted ? 'json-ld' : 'embedded-json';

  const appDeadline = toIsoDate(app?.applicationDeadline, true);
  const validThrough = jsonLd?.validThrough ?? appDeadline;
  if (validThrough) evidence.validThrough = jsonLd?.validThrough ? 'json-ld' : 'embedded-json';
  const closed = closedByDate(validThrough, now);
  if (closed) evidence.closed = evidence.validThrough;

  const requisitionId = textField(app?.jobRequisitionId);
  if (requisitionId) evidence.requisitionId = 'embedded-json';

  const experienceLevel = inferExperienceLevel(title);
  if (experienceLevel) evidence.experienceLevel = 'text';

  return finishPosting(
    {
      source: 'ashby',
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
      posted,
      validThrough,
      requisitionId,
      closed,
      evidence,
    },
    'Ashby',
  );
}
