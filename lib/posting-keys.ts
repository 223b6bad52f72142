/**
 * What names a posting's site and matches its company and title across postings: plain values apart from the zod
 * schema in lib/posting.ts, so content scripts can use them without carrying zod.
 */

export const SOURCES = ['lever', 'workday', 'linkedin'] as const;

/** Sites whose job lists Still Hiring treats (lib/content/sites/*-lists.ts): where hiding one job means something. */
export const LIST_SOURCES: readonly (typeof SOURCES)[number][] = ['linkedin'];

/** Sites that are the employer's own applicant tracking system, as opposed to a job board. */
export const DIRECT_ATS_SOURCES: readonly (typeof SOURCES)[number][] = ['lever', 'workday'];

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
