import { firstMatch } from '@/lib/extract/common';
import { extractPosting } from '@/lib/extract/index';
import { extractLever, LEVER_SELECTORS } from '@/lib/extract/lever';
import { expectGolden, readGolden, readPage } from './golden';

const APPLY_PAGE = 'jobapplier_highspot_apply-page_rendered.html';
const POSTING_PAGE = 'handmade_plaid_posting-page_18503c02-17a0-4c47-98c8-155b0b6ccc2a.html';
const EU_MULTI_LOCATION = 'handmade_maplebyte_posting-page_eu_multi-location-remote.html';

/** Registry entries that must find something on each page variant. */
const REQUIRED: Record<string, readonly (keyof typeof LEVER_SELECTORS)[]> = {
  [APPLY_PAGE]: ['title', 'location', 'commitment', 'workplace', 'logo'],
  [POSTING_PAGE]: ['title', 'location', 'commitment', 'workplace', 'logo', 'descriptionSections', 'salary'],
  [EU_MULTI_LOCATION]: ['title', 'location', 'commitment', 'workplace', 'logo', 'descriptionSections', 'salary'],
};

describe.each(Object.keys(REQUIRED))('Lever page %s', (page) => {
  const golden = readGolden('lever', page);

  it.each(REQUIRED[page] ?? [])('selector registry entry "%s" finds its element', (field) => {
    expect(firstMatch(readPage('lever', page), LEVER_SELECTORS[field])).toBeDefined();
  });

  it('extracts every field the page shows, as in its golden file', () => {
    expectGolden(extractPosting(readPage('lever', page), golden.url, new Date(golden.now)), golden);
  });
});

describe('Lever details', () => {
  const golden = readGolden('lever', POSTING_PAGE);

  it('reads the /apply title from the bare h2, since /apply has no .posting-headline', () => {
    const page = readPage('lever', APPLY_PAGE);
    expect(page.querySelector('.posting-headline')).toBeNull();
    expect(firstMatch(page, LEVER_SELECTORS.title)?.selector).toBe('.posting-header h2');
  });

  it('does not take the location from .sort-by-time, which also marks the workplace type', () => {
    const page = readPage('lever', APPLY_PAGE);
    expect(page.querySelectorAll('.posting-categories .sort-by-time')).toHaveLength(2);
    const result = extractLever(page, readGolden('lever', APPLY_PAGE).url, new Date());
    expect(result.ok && result.posting.locations).toEqual(['Seattle']);
  });

  it('keeps list items of the description sections as lines and leaves out the apply button', () => {
    const result = extractLever(readPage('lever', POSTING_PAGE), golden.url, new Date(golden.now));
    const lines = result.ok ? (result.posting.descriptionText ?? '').split('\n') : [];
    expect(lines).toContain(
      'Design and maintain scalable data models and dashboards that increase visibility into core systems and drive operational excellence.',
    );
    expect(lines).not.toContain('Apply for this job');
  });

  it('falls back to the logo, then the URL slug, for the company', () => {
    const page = readPage('lever', POSTING_PAGE);
    for (const tag of Array.from(page.querySelectorAll('title, meta[property="og:title"]'))) tag.remove();
    const fromLogo = extractLever(page, golden.url, new Date(golden.now));
    expect(fromLogo.ok && [fromLogo.posting.company, fromLogo.posting.evidence.company]).toEqual(['Plaid', 'dom']);
    page.querySelector('.main-header-logo')?.remove();
    const fromSlug = extractLever(page, golden.url, new Date(golden.now));
    expect(fromSlug.ok && [fromSlug.posting.company, fromSlug.posting.evidence.company]).toEqual(['Plaid', 'url']);
  });

  it('uses a JSON-LD JobPosting when the page has one: exact posted date and closing date', () => {
    const page = readPage('lever', POSTING_PAGE);
    const script = page.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Data Scientist - Network Value',
      datePosted: '2026-01-31',
      validThrough: '2026-04-01',
      hiringOrganization: { '@type': 'Organization', name: 'Plaid Inc.' },
    });
    page.head.append(script);
    const result = extractLever(page, golden.url, new Date(golden.now));
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting.posted).toEqual({ kind: 'exact', date: '2026-01-31T00:00:00.000Z' });
    expect(result.posting.company).toBe('Plaid Inc.');
    expect(result.posting.closed).toEqual({ reason: "The posting's closing date (2026-04-01) has passed." });
    expect(result.posting.evidence).toMatchObject({ posted: 'json-ld', company: 'json-ld', validThrough: 'json-ld' });
  });

  it('explains a Lever page that shows no posting', () => {
    const empty = new DOMParser().parseFromString(
      '<html><head><title></title></head><body></body></html>',
      'text/html',
    );
    const result = extractPosting(empty, golden.url, new Date(golden.now));
    expect(result).toEqual({
      ok: false,
      reason:
        'This Lever page has no readable job posting (title is missing or invalid); it may still be loading or may have been taken down.',
    });
  });

  it('says the company list page is not a posting', () => {
    expect(extractPosting(readPage('lever', POSTING_PAGE), 'https://jobs.lever.co/plaid', new Date())).toEqual({
      ok: false,
      reason: 'This Lever page is not a job posting (it may be the company’s list of jobs).',
    });
  });
});
