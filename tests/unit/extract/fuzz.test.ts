import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extractPosting } from '@/lib/extract/index';
import { detectSite } from '@/lib/extract/urls';
import { type ExtractResult, Posting } from '@/lib/posting';
import { FIXTURE_SITES, FIXTURES } from './golden';

/**
 * Whatever HTML a page holds, at whatever address, extraction returns a valid result and never throws:
 * random tag soup built from the selectors the extractors look for, truncated real pages, and JSON-LD that is
 * broken or full of values of the wrong type.
 */

const URLS = [
  'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a',
  'https://jobs.eu.lever.co/veeva/466ed4a1-2c00-400e-8b9b-77b0c63d64d2/apply',
  'https://jobs.lever.co/plaid',
  'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer_JR2019510-1',
  'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/Assoc-Credit-Services-Rep_R63624-2',
  'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Data-Engineer_JR-0042',
  'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext',
  'https://www.linkedin.com/jobs/view/3786945580',
  'https://il.linkedin.com/jobs/view/full-stack-developer-at-abra-4450949378',
  'https://www.linkedin.com/jobs/search/?currentJobId=4187391230',
  'https://www.linkedin.com/jobs/collections/similar-jobs/?currentJobId=3786945580',
  'https://www.linkedin.com/authwall?trk=gf',
  'https://www.linkedin.com/feed/',
  'https://boards.greenhouse.io/gitlab/jobs/8620720002',
  'https://job-boards.greenhouse.io/embed/job_app?for=gitlab&token=8620720002',
  'https://job-boards.greenhouse.io/gitlab',
  'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43',
  'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43/application',
  'https://jobs.ashbyhq.com/ramp',
  'https://careers.withwaymo.com/jobs/software-engineer-multiverse',
  'https://carrieres.lumenor.fr/offres/ingenieur-donnees-lyon-118?utm_source=x',
];

const token = fc.stringMatching(/^[A-Za-z0-9-]{1,16}$/);

const randomUrl = fc.oneof(
  fc.constantFrom(...URLS),
  fc.tuple(token, fc.uuid()).map(([company, id]) => `https://jobs.lever.co/${company}/${id}`),
  fc
    .tuple(token, token, token, token, token)
    .map(
      ([tenant, site, place, title, req]) =>
        `https://${tenant}.wd5.myworkdayjobs.com/${site}/job/${place}/${title}_${req}`,
    ),
  fc
    .tuple(token, fc.bigInt({ min: 10_000n, max: 9_999_999_999n }))
    .map(([slug, id]) => `https://www.linkedin.com/jobs/view/${slug}-${id}`),
  fc
    .tuple(token, fc.bigInt({ min: 1_000n, max: 99_999_999_999n }))
    .map(([board, id]) => `https://job-boards.greenhouse.io/${board}/jobs/${id}`),
  fc.tuple(token, fc.uuid()).map(([org, id]) => `https://jobs.ashbyhq.com/${org}/${id}`),
  fc.tuple(token, token).map(([host, path]) => `https://careers.${host.toLowerCase()}.example/${path}`),
);

const now = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true });

const TAGS = [
  'div',
  'h1',
  'h2',
  'h3',
  'dl',
  'dt',
  'dd',
  'ul',
  'li',
  'p',
  'a',
  'span',
  'time',
  'figure',
  'figcaption',
  'code',
  'section',
  'form',
  'template',
  'style',
  'title',
  'meta',
  'link',
  'img',
  'br',
];

const ATTRIBUTES = [
  'class="posting-headline"',
  'class="section page-centered posting-header"',
  'class="posting-categories"',
  'class="posting-category location"',
  'class="posting-category commitment"',
  'class="posting-category workplaceTypes"',
  'class="section-wrapper page-full-width"',
  'class="section page-centered"',
  'class="main-header-logo"',
  'alt="Acme logo"',
  'data-qa="salary-range"',
  'data-qa="job-description"',
  'data-automation-id="jobPostingHeader"',
  'data-automation-id="locations"',
  'data-automation-id="time"',
  'data-automation-id="postedOn"',
  'data-automation-id="requisitionId"',
  'data-automation-id="jobPostingDescription"',
  'data-automation-id="jobPostingPage"',
  'rel="canonical" href="https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/Assoc-Credit-Services-Rep_R63624-2"',
  'property="og:title" content="Engineer"',
  'property="og:description" content="&amp;amp; text"',
  'name="pageKey" content="d_checkpoint_lg_consumer_login"',
  'class="top-card-layout__title topcard__title"',
  'class="topcard__org-name-link"',
  'class="topcard__flavor topcard__flavor--bullet"',
  'class="posted-time-ago__text"',
  'class="num-applicants__caption"',
  'class="closed-job__flavor--closed"',
  'class="description__job-criteria-item"',
  'class="show-more-less-html__markup"',
  'class="jobs-search__job-details--container"',
  'class="job-details-jobs-unified-top-card__job-title"',
  'id="decoratedJobPostingId"',
  'datetime="2026-09-06"',
  'data-entity-urn="urn:li:jobPosting:4461353862"',
];

const TEXTS = [
  'Posted 30+ Days Ago',
  'Posted Today',
  '3 weeks ago',
  'Reposted 2 days ago',
  'Full time /',
  'Hybrid',
  '$65,000.00/yr - $75,000.00/yr',
  'Over 100 applicants',
  'No longer accepting applications',
  'Senior Engineer',
  '<!--"4450949378"-->',
  '&nbsp;&#x2019;&bogus;',
];

const jsonLdPosting = fc.record(
  {
    '@context': fc.constant('https://schema.org'),
    '@type': fc.constantFrom('JobPosting', ['JobPosting'], 'Thing', 42),
    title: fc.oneof(fc.string(), fc.anything()),
    description: fc.oneof(fc.string(), fc.constantFrom('<p>One</p><ul><li>Two</li></ul>', '<scr'), fc.anything()),
    datePosted: fc.oneof(
      fc.string(),
      now.map((d) => d.toISOString().slice(0, 10)),
      fc.anything(),
    ),
    validThrough: fc.oneof(
      fc.string(),
      now.map((d) => d.toISOString()),
      fc.anything(),
    ),
    hiringOrganization: fc.oneof(fc.record({ name: fc.oneof(fc.string(), fc.anything()) }), fc.anything()),
    jobLocation: fc.oneof(
      fc.array(fc.record({ address: fc.record({ addressLocality: fc.anything(), addressCountry: fc.anything() }) })),
      fc.anything(),
    ),
    employmentType: fc.oneof(fc.constantFrom('FULL_TIME', 'PART_TIME', 'INTERN', 'OTHER'), fc.anything()),
    jobLocationType: fc.oneof(fc.constant('TELECOMMUTE'), fc.anything()),
    baseSalary: fc.oneof(
      fc.record({
        currency: fc.oneof(fc.string(), fc.anything()),
        value: fc.record({ minValue: fc.anything(), maxValue: fc.double(), unitText: fc.anything() }),
      }),
      fc.anything(),
    ),
    identifier: fc.oneof(fc.record({ value: fc.oneof(fc.string(), fc.anything()) }), fc.anything()),
  },
  { requiredKeys: [] },
);

/** A JSON-LD script: a JobPosting, maybe inside @graph or an array, maybe cut short. */
const jsonLdScript = fc
  .tuple(jsonLdPosting, fc.constantFrom('plain', 'graph', 'array'), fc.option(fc.nat(), { nil: undefined }))
  .map(([posting, wrap, cut]) => {
    const value =
      wrap === 'graph' ? { '@graph': [{ '@type': 'WebPage' }, posting] } : wrap === 'array' ? [posting] : posting;
    const json = JSON.stringify(value) ?? 'null';
    return `<script type="application/ld+json">${cut === undefined ? json : json.slice(0, cut % (json.length + 1))}</script>`;
  });

const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(...TEXTS),
  fc
    .tuple(fc.constantFrom(...TAGS), fc.subarray(ATTRIBUTES, { maxLength: 3 }))
    .map(([tag, attributes]) => `<${tag} ${attributes.join(' ')}>`),
  fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
  jsonLdScript,
  fc
    .constantFrom('true', 'false', 'null')
    .map((available) => `<script>window.workday = { postingAvailable: ${available} };</script>`),
);

const tagSoup = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

/** Saved pages link stylesheets and iframes that the test window refuses to load, noisily; extraction reads neither. */
function withoutExternalResources(html: string): string {
  return html.replace(/<link\b[^>]*\bstylesheet\b[^>]*>|<iframe\b[^>]*>/gi, '');
}

function pagesIn(folder: string): string[] {
  const path = `${FIXTURES}/${folder}`;
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => name.endsWith('.html'))
    .map((name) => readFileSync(`${path}/${name}`, 'utf8'))
    .map(withoutExternalResources);
}

const REAL_PAGES = FIXTURE_SITES.flatMap((site) => pagesIn(site));

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The property every extraction must have. */
function checkResult(result: ExtractResult, url: string): void {
  if (result.ok) {
    expect(Posting.safeParse(result.posting).success).toBe(true);
    // Any other site is read as a career site, from its JSON-LD alone.
    expect(result.posting.source).toBe(detectSite(url) ?? 'career-site');
  } else {
    expect(typeof result.reason).toBe('string');
    expect(result.reason.length).toBeGreaterThan(10);
    // The dispatcher's safety net catches a throwing extractor; the extractors themselves must not need it.
    expect(result.reason).not.toMatch(/could not be read/);
  }
}

describe('extractPosting on hostile input', () => {
  it('never throws on random tag soup, at any site address', () => {
    fc.assert(
      fc.property(tagSoup, randomUrl, now, (html, url, at) => {
        checkResult(extractPosting(parse(html), url, at), url);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on broken or ill-typed JSON-LD', () => {
    fc.assert(
      fc.property(fc.array(jsonLdScript, { minLength: 1, maxLength: 3 }), randomUrl, now, (scripts, url, at) => {
        checkResult(extractPosting(parse(`<html><head>${scripts.join('')}</head><body></body></html>`), url, at), url);
      }),
      { numRuns: 1000 },
    );
  });

  // Found by the property above: JSON can name an own `toString` that is not a function, which makes
  // `String(value)` throw. Kept as fixed cases so the fix stays proven whatever the seed.
  it.each([
    [
      'a salary unit',
      '{"@type":"JobPosting","title":"Engineer","baseSalary":{"value":{"maxValue":9,"unitText":{"toString":[]}}}}',
    ],
    [
      'a salary currency',
      '{"@type":"JobPosting","title":"Engineer","baseSalary":{"currency":{"valueOf":1},"value":5}}',
    ],
  ])('reads a JobPosting with %s that has hostile own keys, without throwing', (_what, json) => {
    const url = 'https://jobs.lever.co/acme/00000000-0000-1000-8000-000000000000';
    const result = extractPosting(
      parse(`<script type="application/ld+json">${json}</script>`),
      url,
      new Date('2026-01-01'),
    );
    checkResult(result, url);
    if (result.ok) expect(result.posting.salary?.period).toBeUndefined();
  });

  it('never throws on real pages cut short anywhere', () => {
    expect(REAL_PAGES.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...REAL_PAGES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        randomUrl,
        now,
        (html, share, url, at) => {
          checkResult(extractPosting(parse(html.slice(0, Math.floor(html.length * share))), url, at), url);
        },
      ),
      { numRuns: 150 },
    );
  });
});
