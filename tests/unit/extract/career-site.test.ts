import { careerSitePostingId, extractCareerSite } from '@/lib/extract/career-site';
import { extractPosting } from '@/lib/extract/index';
import { expectGolden, goldenPages, readGolden, readPage } from './golden';

const FRENCH = 'handmade_lumenor_offre_fr.html';

describe.each(goldenPages('career-site'))('career site page %s', (page) => {
  it('extracts every field its JSON-LD gives, as in its golden file', () => {
    const golden = readGolden('career-site', page);
    expectGolden(extractPosting(readPage('career-site', page), golden.url, new Date(golden.now)), golden);
  });
});

describe('career site details', () => {
  const golden = readGolden('career-site', FRENCH);
  const now = new Date(golden.now);

  it('reads nothing but the JSON-LD: a page without one has no posting, whatever its markup shows', () => {
    const page = readPage('career-site', FRENCH);
    for (const script of Array.from(page.querySelectorAll('script[type="application/ld+json"]'))) script.remove();
    expect(page.querySelector('h1')?.textContent).toBe('Ingénieur·e données (H/F)');
    expect(extractCareerSite(page, golden.url, now)).toEqual({
      ok: false,
      reason: 'This page has no JobPosting data (schema.org JSON-LD), so there is nothing to score.',
    });
  });

  it('has no posting when its JSON-LD is broken', () => {
    expect(
      extractPosting(readPage('career-site', 'handmade_lumenor_offre_fr_broken-json-ld.html'), golden.url, now),
    ).toEqual({
      ok: false,
      reason: 'This page has no JobPosting data (schema.org JSON-LD), so there is nothing to score.',
    });
  });

  it('has no posting when its JSON-LD describes another page', () => {
    const result = extractPosting(
      readPage('career-site', 'handmade_lumenor_offre_fr_other-posting.html'),
      golden.url,
      now,
    );
    expect(result).toEqual({
      ok: false,
      reason:
        "This page's JobPosting data describes another page (https://carrieres.lumenor.fr/offres/cheffe-de-projet-grenoble-097), not this one.",
    });
  });

  it('picks the JobPosting for this page out of several, and has none when no one is this page', () => {
    const page = readPage('career-site', FRENCH);
    const script = page.querySelector('script[type="application/ld+json"]');
    const own = JSON.parse(script?.textContent ?? '{}');
    const other = { ...own, title: 'Autre offre', url: 'https://carrieres.lumenor.fr/offres/autre-001' };
    if (script) script.textContent = JSON.stringify({ '@graph': [other, own] });
    const picked = extractCareerSite(page, `${golden.url}/?utm_source=newsletter`, now);
    expect(picked.ok && picked.posting.title).toBe('Ingénieur·e données (H/F)');
    if (script)
      script.textContent = JSON.stringify([other, { ...other, url: 'https://carrieres.lumenor.fr/offres/autre-002' }]);
    expect(extractCareerSite(page, golden.url, now)).toEqual({
      ok: false,
      reason: 'This page lists 2 job postings in its JobPosting data, none of them for this page.',
    });
  });

  it('closes a posting whose validThrough has passed', () => {
    const result = extractCareerSite(readPage('career-site', FRENCH), golden.url, new Date('2026-12-01T00:00:00Z'));
    expect(result.ok && result.posting.closed).toEqual({
      reason: "The posting's closing date (2026-11-30) has passed.",
    });
  });

  it('ids a posting by the host and its identifier, else by its address without tracking parameters', () => {
    expect(careerSitePostingId('https://www.example.com/jobs/42?utm_source=x', 'R-7')).toBe('example.com#R-7');
    expect(careerSitePostingId('https://www.example.com/jobs/42/?utm_source=x&gclid=1', undefined)).toBe(
      'example.com/jobs/42',
    );
    expect(careerSitePostingId('https://example.com/careers/job?id=123&ref=mail', undefined)).toBe(
      'example.com/careers/job?id=123',
    );
  });
});
