/**
 * Where LinkedIn puts each field, one named entry per field with its fallbacks in order. LinkedIn serves several page
 * variants at once; each selector's comment says which one it serves, checked against the samples described in
 * /work/shared/fixtures/real/STRUCTURE.md §1 (real pages) or tests/fixtures/linkedin/README.md (hand-made ones).
 *
 * Variants:
 * - guest job page and guest jobPosting fragment (`/jobs/view/…` signed out, `/jobs-guest/jobs/api/jobPosting/{id}`)
 * - guest search detail pane (`/jobs/search?currentJobId=…` signed out: the same top card inside `.details-pane`)
 * - logged-in job view 2024 (`job-details-jobs-unified-top-card__…`, `primary-description-container`, job insights)
 * - logged-in 2025–26 (`…__tertiary-description-container`, `job-details-fit-level-preferences`, `…__company-name`)
 * - guest list cards (`base-search-card`, `job-search-card__listdate` and `…__listdate--new`)
 * - logged-in list cards (`job-card-container`, `div[data-job-id]`, `job-card-list__title`,
 *   `job-card-job-posting-card-wrapper__title`, `job-card-container__metadata-item`, `job-card-container__footer-item`)
 *
 * Never add a bare `h1`: on the guest search page it is the results header ("5,025,000+ Jobs in United States").
 */

export type SelectorRegistry = Readonly<Record<string, readonly string[]>>;

/** The page-level signs of LinkedIn's sign-in wall, which comes back instead of a job without a session. */
export const LINKEDIN_AUTHWALL = {
  /** `<meta name="pageKey">` values of the login, checkpoint and guest auth-wall pages. */
  pageKeys: ['d_checkpoint_lg_consumer_login', 'd_checkpoint_lg_consumerLogin', 'd_guest_authwall', 'd_authwall'],
  /** Start of `<title>` on those pages: "LinkedIn Login, Sign in | LinkedIn", "Sign Up | LinkedIn". */
  titles: [/^LinkedIn Login\b/i, /^Sign Up \| LinkedIn$/i, /^Sign in \| LinkedIn$/i],
} as const;

/** One job posting: a job view page, a guest jobPosting fragment or a list page's detail pane. */
export const POSTING_SELECTORS = {
  /** Where the selected job lives on a list page; the whole document on a job view. */
  detailPane: [
    // guest search detail pane
    '.details-pane__content',
    // logged-in 2024–26 search / collections detail pane
    '.jobs-search__job-details--wrapper',
    '.scaffold-layout__detail',
    '.jobs-details',
  ],
  /** The top card: title, company, location, time, applicants, labels. Text patterns run over it last. */
  topCard: [
    // logged-in 2025–26
    '.job-details-jobs-unified-top-card__container--two-pane',
    // logged-in 2024 (the main card; the sticky toolbar above it carries no such class)
    '.jobs-unified-top-card.artdeco-card',
    '.jobs-unified-top-card',
    // guest job page, jobPosting fragment and search detail pane
    'section.top-card-layout',
    '.top-card-layout',
  ],
  title: [
    // logged-in 2024 (h1 with text) and 2025–26 (h1 > a)
    '.job-details-jobs-unified-top-card__job-title',
    // logged-in before 2024
    '.jobs-unified-top-card__job-title',
    // guest job page, jobPosting fragment, search detail pane: an h2
    'h2.top-card-layout__title',
    '.topcard__title',
  ],
  company: [
    // logged-in 2025–26
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    // logged-in 2024: the company link that starts the primary description
    '.job-details-jobs-unified-top-card__primary-description-without-tagline a[href*="/company/"]',
    '.job-details-jobs-unified-top-card__primary-description-container a[href*="/company/"]',
    // logged-in before 2024
    '.jobs-unified-top-card__company-name',
    // guest job page, jobPosting fragment, search detail pane
    'a.topcard__org-name-link',
    '[data-tracking-control-name="public_jobs_topcard-org-name"]',
  ],
  location: [
    // guest job page, jobPosting fragment, search detail pane (the applicants caption shares --bullet, not .topcard__flavor)
    'span.topcard__flavor.topcard__flavor--bullet',
    // logged-in 2024 sticky toolbar above the top card
    '.jobs-unified-top-card__bullet',
  ],
  /**
   * The "Location · 2 weeks ago · 87 applicants" line, read segment by segment. Logged-in 2025–26 puts it in the
   * tertiary container (with a "Promoted by hirer · Actively reviewing applicants" paragraph); 2024 in the primary
   * description, after the company link.
   */
  descriptionLine: [
    '.job-details-jobs-unified-top-card__tertiary-description-container',
    '.job-details-jobs-unified-top-card__primary-description-without-tagline',
    '.job-details-jobs-unified-top-card__primary-description-container',
    '.jobs-unified-top-card__subtitle-primary-grouping',
  ],
  posted: [
    // guest job page, jobPosting fragment, search detail pane (fresh posts add posted-time-ago__text--new)
    '.posted-time-ago__text',
  ],
  applicants: [
    // guest 2026: "26 applicants"; guest 2025: figcaption "Be among the first 25 applicants"
    '.num-applicants__caption',
  ],
  closed: [
    // guest job page and jobPosting fragment: figure.closed-job > figcaption.closed-job__flavor--closed
    '.closed-job__flavor--closed',
    'figure.closed-job',
  ],
  /** Logged-in: an error line replaces the apply button; it counts only when it says the job is closed. */
  closedFeedback: [
    '.jobs-details-top-card__apply-error',
    '.jobs-unified-top-card .artdeco-inline-feedback--error',
    '.job-details-jobs-unified-top-card__container--two-pane .artdeco-inline-feedback--error',
  ],
  /**
   * Short labels read one by one for workplace, employment type, level and salary. Unlike the other entries every
   * selector counts, not just the first that finds something.
   */
  insightLabels: [
    // logged-in 2025–26
    '.job-details-fit-level-preferences button',
    '.job-details-preferences-and-skills__pill',
    // logged-in 2024: "Sur site", "Temps plein" as ui-labels, "Confirmé" as a plain secondary span
    '.job-details-jobs-unified-top-card__job-insight span.ui-label',
    '.job-details-jobs-unified-top-card__job-insight-view-model-secondary',
    // logged-in 2024 sticky toolbar
    '.jobs-unified-top-card__workplace-type',
  ],
  applyButton: [
    // logged-in: "Easy Apply" / "Candidature simplifiée" or "Apply" (offsite)
    '.jobs-apply-button--top-card .jobs-apply-button',
    'button.jobs-apply-button',
    // guest: onsite (Easy Apply) or offsite, told apart by data-tracking-control-name
    'button.apply-button',
    '[data-tracking-control-name^="public_jobs_apply-link"]',
  ],
  description: [
    // logged-in 2024–26
    '#job-details',
    '.jobs-description__content .jobs-box__html-content',
    '.jobs-description-content__text',
    // guest job page, jobPosting fragment, search detail pane
    '.description__text .show-more-less-html__markup',
    '.show-more-less-html__markup',
    '.description__text',
  ],
  criteriaItem: [
    // guest: "Seniority level", "Employment type", "Job function", "Industries"
    'li.description__job-criteria-item',
    // guest before 2022
    'li.job-criteria__item',
  ],
  criteriaLabel: ['.description__job-criteria-subheader', '.job-criteria__subheader', 'h3'],
  criteriaValue: ['.description__job-criteria-text', '.job-criteria__text', 'span'],
  salary: [
    // guest search detail pane: "$65,000.00/yr - $75,000.00/yr"
    '.compensation__salary',
    '.salary.compensation__salary',
  ],
  /** The page's own skills list: "Apache Spark · Git · …" (logged-in 2024 "how you match" card). */
  skills: ['.job-details-how-you-match__skills-section-descriptive-skill'],
  /** Job id carriers inside the page or pane. */
  /**
   * "Apply on company website": where LinkedIn sends applicants, through its own redirect (externalApply?url=…).
   * Guest pages 2024–26 keep it in a hidden `<code id="applyUrl">` comment behind a sign-up modal button; older
   * guest pages and some fragments link it from the apply button itself. Logged-in pages have it in their
   * embedded data only (applyMethod.companyApplyUrl, read with the job object).
   */
  applyUrlCode: ['code#applyUrl'],
  offsiteApplyLink: ['a[data-tracking-control-name^="public_jobs_apply-link-offsite"][href]', 'a.apply-button[href]'],
  jobIdCode: ['code#decoratedJobPostingId'],
  jobIdUrn: ['[data-semaphore-content-urn^="urn:li:jobPosting:"]'],
  jobIdAttribute: ['.jobs-apply-button--top-card [data-job-id]', 'button.jobs-apply-button[data-job-id]'],
  jobIdLink: ['a.topcard__link[href]', '.job-details-jobs-unified-top-card__job-title a[href]'],
  /** `<code>` elements with a `<!--…-->` JSON body: the logged-in page's data (bpr-guid-…), guest pages' ids and labels. */
  embeddedJson: ['code'],
} as const satisfies SelectorRegistry;

/** Job cards in a list: the guest search page, the guest seeMoreJobPostings fragment, logged-in lists and side lists. */
export const CARD_SELECTORS = {
  /** Card roots. Every selector counts; a match inside another match is the same card and the inner one is kept. */
  card: [
    // guest search page and seeMoreJobPostings fragment
    'div.base-search-card[data-entity-urn]',
    'div.job-search-card',
    '[data-entity-urn^="urn:li:jobPosting:"]',
    // logged-in lists (search, collections) and the job view's similar-jobs side list
    '.job-card-container',
    'div[data-job-id]',
    'li[data-occludable-job-id]',
    '.job-card-job-posting-card-wrapper',
  ],
  /** Id carriers on the card itself or on its list item. */
  idAttribute: ['data-entity-urn', 'data-job-id', 'data-occludable-job-id'],
  link: [
    // guest
    'a.base-card__full-link[href]',
    // logged-in lists and side list (side-list links carry ?currentJobId=)
    'a.job-card-container__link[href]',
    'a.job-card-list__title--link[href]',
    'a.job-card-square__link[href]',
    'a[href*="/jobs/view/"]',
    'a[href*="currentJobId="]',
  ],
  title: [
    // guest
    '.base-search-card__title',
    // logged-in lists 2023–24, 2024–26, side list
    '.job-card-list__title',
    '.job-card-list__title--link',
    '.job-card-job-posting-card-wrapper__title',
    '.job-card-square__title',
    'a.job-card-container__link',
    '.artdeco-entity-lockup__title',
  ],
  company: [
    // guest
    '.base-search-card__subtitle a.hidden-nested-link',
    '.base-search-card__subtitle',
    // logged-in (the side list leaves primary-description empty and puts the company link after it)
    '.job-card-container__primary-description',
    '.job-card-container__company-name',
    '.artdeco-entity-lockup__subtitle',
  ],
  /** The location, and on logged-in cards sometimes a salary as a second item. */
  metadata: [
    // guest
    '.job-search-card__location',
    // logged-in
    '.job-card-container__metadata-item',
    '.job-card-container__metadata-wrapper li',
    '.artdeco-entity-lockup__caption',
  ],
  time: [
    // guest: fresh posts carry only job-search-card__listdate--new, so both classes are listed
    'time.job-search-card__listdate',
    'time.job-search-card__listdate--new',
    // logged-in footer and side list
    'time[datetime]',
    'time',
  ],
  /** Footer items: "Promoted", "Viewed", "Applied", "Easy Apply", "18 candidats", "Reposted …", the time. */
  footerItem: [
    '.job-card-container__footer-item',
    '.job-card-container__footer-job-state',
    '.job-card-container__footer-wrapper li',
    '.job-card-list__footer-wrapper li',
  ],
  /** Insight lines and badges: "Be an early applicant", "Actively Hiring", "Recrutement actif". */
  badge: [
    // guest
    '.job-posting-benefits__text',
    // logged-in
    '.job-card-container__job-insight-text',
    '.job-card-list__insight',
  ],
  salary: ['.job-search-card__salary-info', '.job-card-container__salary-info'],
} as const satisfies SelectorRegistry;

// ---------------------------------------------------------------------------------------------------
// Reading an entry

/** Copies meant for screen readers only: "Poste" before a side-list title, the sentence behind a label. */
export const SCREEN_READER_ONLY = '.visually-hidden, .sr-only, .a11y-text, script, style, template';

function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function collectVisible(node: Node, parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !(child as Element).matches(SCREEN_READER_ONLY)) collectVisible(child, parts);
  }
}

/** The text a person sees in an element, whitespace collapsed; undefined when there is none. */
export function visibleText(element: Element): string | undefined {
  const parts: string[] = [];
  collectVisible(element, parts);
  const text = parts
    .join('')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  return text || undefined;
}

/** The first non-empty visible text the selectors find, in order, with the selector that found it. */
export function firstText(
  root: ParentNode,
  selectors: readonly string[],
): { text: string; selector: string; element: Element } | undefined {
  for (const selector of selectors) {
    for (const element of queryAll(root, selector)) {
      const text = visibleText(element);
      if (text) return { text, selector, element };
    }
  }
  return undefined;
}

/** Every element any of the selectors finds, each once, in document order. */
export function everyMatch(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) for (const element of queryAll(root, selector)) found.add(element);
  return Array.from(found).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
