import { enrichPosting } from '@/lib/extract/enrich';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { CARD_SELECTORS, POSTING_SELECTORS } from '@/lib/extract/linkedin-selectors';
import { Posting } from '@/lib/posting';
import { fixtureHtml, fixtureNames, golden, parsePage } from './linkedin-fixtures';

const PAGES = fixtureNames().filter((name) => golden(name).ok !== undefined);

describe.each(PAGES)('%s', (name) => {
  const expected = golden(name);
  const page = parsePage(fixtureHtml(name));
  const result = extractLinkedIn(page, expected.url, new Date(expected.now));

  if (!expected.ok) {
    test('is no posting, and says why', () => {
      expect(result).toEqual({ ok: false, reason: expected.reason });
    });
    return;
  }

  const extracted = result.ok ? result.posting : undefined;
  // The golden file is what the extension makes of the page: the skills the description names are added where
  // the posting is scored, so the fields are compared after that step.
  const posting = extracted && enrichPosting(extracted);

  test('is a valid posting', () => {
    expect(result.ok ? true : result.reason).toBe(true);
    expect(Posting.safeParse(extracted).success).toBe(true);
    expect(Posting.safeParse(posting).success).toBe(true);
  });

  for (const [field, value] of Object.entries(expected.posting ?? {})) {
    test(`${field}`, () => {
      expect((posting as Record<string, unknown> | undefined)?.[field] ?? null).toEqual(value);
    });
  }

  test('descriptionText, paragraphs kept', () => {
    const want = expected.descriptionText;
    if (!want) return expect(posting?.descriptionText).toBeUndefined();
    const text = posting?.descriptionText ?? '';
    expect(text.startsWith(want.startsWith)).toBe(true);
    expect(text.endsWith(want.endsWith)).toBe(true);
    for (const part of want.contains) expect(text).toContain(part);
  });

  test('skills: the page list first, then what the description names', () => {
    const skills = posting?.skills ?? [];
    const want = expected.skills ?? {};
    if (want.exact) expect(skills).toEqual(want.exact);
    if (want.startsWith) expect(skills.slice(0, want.startsWith.length)).toEqual(want.startsWith);
    for (const skill of want.includes ?? []) expect(skills).toContain(skill);
    expect(new Set(skills.map((skill) => skill.toLowerCase())).size).toBe(skills.length);
  });

  test("the extractor gives the page's own skill list; enrichPosting adds the description's after it", () => {
    const listed = extracted?.skills ?? [];
    expect(posting?.skills.slice(0, listed.length)).toEqual(listed);
    expect(extracted?.evidence.skills).toBe(listed.length > 0 ? 'dom' : undefined);
  });

  for (const [entry, selectors] of Object.entries(expected.registry ?? {})) {
    for (const selector of selectors) {
      test(`registry ${entry}: ${selector} finds something`, () => {
        expect(POSTING_SELECTORS[entry as keyof typeof POSTING_SELECTORS]).toContain(selector);
        expect(page.querySelector(selector)).not.toBeNull();
      });
    }
  }
});

/**
 * Registry fallbacks no page in tests/fixtures/linkedin shows. They come from the history of public scrapers
 * (STRUCTURE.md §1.4) and keep working if LinkedIn serves an older or newer variant; a new selector either gets a
 * fixture that shows it or a line here.
 */
const UNSEEN_SELECTORS = [
  '.jobs-search__job-details--wrapper',
  '.scaffold-layout__detail',
  '.jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__subtitle-primary-grouping',
  '.jobs-details-top-card__apply-error',
  '.jobs-unified-top-card .artdeco-inline-feedback--error',
  '.job-details-preferences-and-skills__pill',
  'li.job-criteria__item',
  '.job-criteria__subheader',
  '.job-criteria__text',
  '.job-card-container__company-name',
  '.job-card-job-posting-card-wrapper',
  '.job-card-container__salary-info',
].sort();

test('every registry selector is seen on some fixture page, or listed as unseen', () => {
  const pages = fixtureNames().map((name) => parsePage(fixtureHtml(name)));
  const selectors = [...Object.values(POSTING_SELECTORS), ...Object.values(CARD_SELECTORS)].flat();
  const unseen = [...new Set(selectors)].filter(
    (selector) => !selector.startsWith('data-') && pages.every((page) => page.querySelector(selector) === null),
  );
  expect(unseen.sort()).toEqual(UNSEEN_SELECTORS);
});

describe('page kinds', () => {
  const pavan = () => parsePage(fixtureHtml('pavan9567_guest_jobs-search_with_detail_pane'));
  const now = new Date('2025-03-15T18:00:00.000Z');

  test('a list page whose detail pane still shows another job is not read as the selected one', () => {
    const result = extractLinkedIn(pavan(), 'https://www.linkedin.com/jobs/search?currentJobId=4185844350', now);
    expect(result).toEqual({
      ok: false,
      reason: 'The job details still show job 4185843819, not the selected job 4185844350.',
    });
  });

  test("without currentJobId the pane's own id (decoratedJobPostingId) names the job", () => {
    const result = extractLinkedIn(pavan(), 'https://www.linkedin.com/jobs/search?keywords=assistant', now);
    expect(result.ok && result.posting.id).toBe('4185843819');
    expect(result.ok && result.posting.evidence.id).toBe('embedded-json');
  });

  test('the results header h1 of the search page is never the title', () => {
    const result = extractLinkedIn(pavan(), 'https://www.linkedin.com/jobs/search?currentJobId=4185843819', now);
    expect(result.ok && result.posting.title).toBe('Executive Assistant');
  });

  test('the sign-in page is recognised by its title when it has no pageKey', () => {
    const page = parsePage('<html><head><title>LinkedIn Login, Sign in | LinkedIn</title></head><body></body></html>');
    expect(extractLinkedIn(page, 'https://www.linkedin.com/jobs/view/4295875663/', now)).toEqual({
      ok: false,
      reason: 'LinkedIn showed its sign-in page instead of the job. Sign in to LinkedIn to see it.',
    });
  });

  test('a page with no job id anywhere is no posting', () => {
    const page = parsePage('<h2 class="top-card-layout__title">Engineer</h2>');
    const result = extractLinkedIn(page, 'https://www.linkedin.com/feed/', now);
    expect(result).toEqual({
      ok: false,
      reason: 'This LinkedIn page shows no job: no job id in its address or content.',
    });
  });

  test('a job view that has not rendered its title yet is no posting, and the reason names the field', () => {
    const result = extractLinkedIn(parsePage('<main></main>'), 'https://www.linkedin.com/jobs/view/4400000009/', now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/LinkedIn.*title/);
  });
});

describe('structured data', () => {
  const now = new Date('2026-09-15T12:00:00.000Z');
  const url = 'https://www.linkedin.com/jobs/view/4400000009/';
  const day = 86_400_000;
  const listed = Date.parse('2026-09-10T09:00:00.000Z');
  const embedded = (job: Record<string, unknown>) =>
    parsePage(`<h1 class="job-details-jobs-unified-top-card__job-title">DOM title</h1>
      <code id="bpr-guid-1"><!--${JSON.stringify({
        data: { entityUrn: 'urn:li:collectionResponse:1' },
        included: [
          {
            $type: 'com.linkedin.voyager.jobs.JobPosting',
            entityUrn: 'urn:li:fs_normalized_jobPosting:4499999999',
            title: 'Another job',
          },
          {
            $type: 'com.linkedin.voyager.jobs.JobPosting',
            entityUrn: 'urn:li:fs_normalized_jobPosting:4400000009',
            ...job,
          },
        ],
      })}--></code>`);

  test("the job's own object in LinkedIn's embedded JSON comes before the DOM", () => {
    const page = embedded({
      title: 'Platform Engineer',
      companyName: 'Fjord Systems',
      formattedLocation: 'Oslo, Norway',
      listedAt: listed,
      originalListedAt: listed - 20 * day,
      applies: 57,
      jobState: 'LISTED',
      workplaceTypes: ['urn:li:fs_workplaceType:3'],
      formattedEmploymentStatus: 'Full-time',
      formattedExperienceLevel: 'Mid-Senior level',
      description: { text: 'We run the platform.\n\nJoin us.' },
    });
    const result = extractLinkedIn(page, url, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.posting).toMatchObject({
      title: 'Platform Engineer',
      company: 'Fjord Systems',
      locations: ['Oslo, Norway'],
      posted: { kind: 'exact', date: new Date(listed - 20 * day).toISOString() },
      reposted: { date: new Date(listed).toISOString() },
      applicants: { count: 57, atLeast: false },
      workplace: 'hybrid',
      employmentType: 'full-time',
      experienceLevel: 'mid',
      descriptionText: 'We run the platform.\n\nJoin us.',
    });
    expect(result.posting.closed).toBeUndefined();
    for (const field of ['title', 'company', 'locations', 'posted', 'reposted', 'applicants', 'workplace'] as const) {
      expect(result.posting.evidence[field]).toBe('embedded-json');
    }
  });

  test('jobState CLOSED in the embedded JSON closes the posting', () => {
    const result = extractLinkedIn(embedded({ title: 'Platform Engineer', jobState: 'CLOSED' }), url, now);
    expect(result.ok && result.posting.closed).toEqual({ reason: 'LinkedIn lists the job as closed' });
  });

  test('embedded JSON about other jobs only is ignored', () => {
    const page = embedded({});
    const result = extractLinkedIn(page, url, now);
    expect(result.ok && result.posting.title).toBe('DOM title');
    expect(result.ok && result.posting.evidence.title).toBe('dom');
  });

  test('a JSON-LD validThrough in the past closes the posting', () => {
    const ld = { '@type': 'JobPosting', title: 'Analyst', datePosted: '2026-06-01', validThrough: '2026-07-01' };
    const page = parsePage(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    const result = extractLinkedIn(page, url, now);
    expect(result.ok && result.posting.closed).toEqual({
      reason: "The posting's closing date (2026-07-01) has passed.",
    });
    expect(result.ok && result.posting.evidence.closed).toBe('json-ld');
  });
});
