import fc from 'fast-check';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { extractLinkedInCards } from '@/lib/extract/linkedin-cards';
import { Posting } from '@/lib/posting';
import { fixtureHtml, fixtureNames, parsePage } from './linkedin-fixtures';

/** Malformed, truncated or random LinkedIn-like HTML never makes either extractor throw, and what they return is valid. */

const NOW = new Date('2026-09-15T12:00:00.000Z');
const URLS = [
  'https://www.linkedin.com/jobs/view/4400000001/',
  'https://www.linkedin.com/jobs/search?currentJobId=4185843819',
  'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4400000101',
  'https://kr.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?start=0',
  'https://www.linkedin.com/feed/',
];

function readBoth(html: string, url: string): void {
  const page = parsePage(html);
  const result = extractLinkedIn(page, url, NOW);
  if (result.ok) expect(Posting.safeParse(result.posting).success).toBe(true);
  else expect(result.reason.length).toBeGreaterThan(0);
  for (const { element, posting } of extractLinkedInCards(page, url, NOW)) {
    expect(element.isConnected).toBe(true);
    expect(Posting.safeParse(posting).success).toBe(true);
  }
}

/** Pieces of the markup the extractors look for, to be cut, nested and mixed at random. */
const FRAGMENTS = [
  '<section class="top-card-layout">',
  '<h2 class="top-card-layout__title topcard__title">',
  '<a class="topcard__org-name-link" href="/company/x">',
  '<span class="topcard__flavor topcard__flavor--bullet">',
  '<span class="posted-time-ago__text">',
  '<figcaption class="num-applicants__caption">',
  '<figure class="closed-job"><figcaption class="closed-job__flavor--closed">',
  '<div class="job-details-jobs-unified-top-card__tertiary-description-container"><span dir="ltr">',
  '<span class="tvm__text tvm__text--low-emphasis">',
  '<div class="job-details-fit-level-preferences"><button><span aria-hidden="true">',
  '<div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/4400000001/">',
  '<div id="job-details"><h2>About the job</h2><p>',
  '<li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">',
  '<span class="description__job-criteria-text">',
  '<code id="decoratedJobPostingId"><!--"4400000001"-->',
  '<code id="bpr-guid-1"><!--{"included":[{"entityUrn":"urn:li:fs_normalized_jobPosting:4400000001","title":',
  '<script type="application/ld+json">{"@type":"JobPosting","title":',
  '<div class="base-search-card" data-entity-urn="urn:li:jobPosting:4461353862">',
  '<li data-occludable-job-id="4400000101"><div class="job-card-container" data-job-id="4400000101">',
  '<a class="job-card-container__link" href="/jobs/view/4400000101/">',
  '<li class="job-card-container__metadata-item">',
  '<li class="job-card-container__footer-item">',
  '<time datetime="2026-09-01">',
  '<time datetime="not a date">',
  '<span class="visually-hidden">',
  '</span>',
  '</div>',
  '</li>',
  '</a>',
  '-->',
  '<!--',
  ' · ',
  'Over 100 applicants',
  'Be among the first 25 applicants',
  'Reposted 2 weeks ago',
  'il y a 2 semaines',
  'No longer accepting applications',
  'Promoted by hirer',
  'Actively reviewing applicants',
  'Easy Apply',
  'Paris (Hybride)',
  '$120K/yr - $150K/yr',
  '99999999999999999999 applicants',
  'Senior Engineer',
];

const randomHtml = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

test('random LinkedIn-like HTML', () => {
  fc.assert(
    fc.property(randomHtml, fc.constantFrom(...URLS), (html, url) => {
      readBoth(html, url);
    }),
    { numRuns: 300 },
  );
});

test('any address, even one that is no URL', () => {
  const page = parsePage(fixtureHtml('etanhey_guest_jobPosting_4450949378_EXCERPT_topcard+description+criteria'));
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(...URLS)), (url) => {
      const result = extractLinkedIn(page, url, NOW);
      expect(typeof result.ok).toBe('boolean');
      extractLinkedInCards(page, url, NOW);
    }),
    { numRuns: 200 },
  );
});

describe.each(fixtureNames())('%s cut short anywhere', (name) => {
  const html = fixtureHtml(name);
  test('never throws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: html.length }), fc.constantFrom(...URLS), (end, url) => {
        readBoth(html.slice(0, end), url);
      }),
      { numRuns: html.length > 100_000 ? 8 : 25 },
    );
  });
});
