/**
 * What names a posting's site and matches its company and title across postings: plain values apart from the zod
 * schema in lib/posting.ts, so content scripts can use them without carrying zod.
 */

/** `career-site`: a company's own career site the user turned on, read from its JSON-LD JobPosting alone. */
export const SOURCES = ['lever', 'workday', 'linkedin', 'greenhouse', 'ashby', 'career-site'] as const;
type Site = (typeof SOURCES)[number];

/** Sites whose job lists Still Hiring treats (lib/content/sites/*-lists.ts): where hiding one job means something. */
export const LIST_SOURCES: readonly (typeof SOURCES)[number][] = ['linkedin'];

/** Sites that are the employer's own applicant tracking system, as opposed to a job board. */
export const DIRECT_ATS_SOURCES: readonly Site[] = ['lever', 'workday', 'greenhouse', 'ashby'];

/** How each site is named to a person (settings, the badge's job information, the popup). */
export const SITE_NAMES: Record<Site, string> = {
  lever: 'Lever',
  workday: 'Workday',
  linkedin: 'LinkedIn',
  greenhouse: 'Greenhouse',
  ashby: 'Ashby',
  'career-site': 'Career sites',
};

/** The host of a career site's address, for naming the site; the address itself when it has none. */
export function careerSiteHost(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : url;
}

/** Where one posting comes from, as a person reads it: "Greenhouse", "Employer's career site (careers.example.com)". */
export function postingSourceName(source: Site, url: string): string {
  return source === 'career-site' ? `Employer's career site (${careerSiteHost(url)})` : SITE_NAMES[source];
}

/** Lower-case, accent-free, punctuation-free key used to match the same company or title across postings. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Company key: legal suffixes dropped so "Autodesk, Inc." and "Autodesk" are one company. */
export function companyKey(company: string): string {
  const key = normalizeKey(company)
    .replace(/\b(inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|s a s|bv|plc|corp|corporation|co|company)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key || normalizeKey(company);
}
