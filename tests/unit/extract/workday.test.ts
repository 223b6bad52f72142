import { readFileSync } from 'node:fs';
import { findJsonLdJobPosting, firstMatch } from '@/lib/extract/common';
import { extractPosting } from '@/lib/extract/index';
import { extractWorkday, WORKDAY_SELECTORS } from '@/lib/extract/workday';
import { expectGolden, FIXTURES, readGolden, readPage } from './golden';

const RENDERED = 'jobapplier_nvidia_job_rendered.html';
const RENDERED_OLD = 'handmade_nvidia_job_rendered_posted-30-plus-days.html';
const SERVER_2024 = 'adfrisealach_autodesk_job_server-html_24WD81528.html';
const SERVER_2026 = 'japesh285_medtronic_job_server-html_R63624-2_telecommute.html';
const NO_JSON_LD = 'handmade_medtronic_job_server-html_no-json-ld.html';
const CLOSED = 'handmade_medtronic_job_server-html_closed-validThrough-passed.html';
const SEARCH = 'adfrisealach_autodesk_search_rendered_loading.html';
const RENDERED_FR = 'handmade_acme_job_rendered_fr-FR_publie-il-y-a-3-jours.html';
const RENDERED_DE_SITE = 'handmade_siemens_job_rendered_de-DE_myworkdaysite.html';

const RENDERED_FIELDS = [
  'title',
  'locations',
  'time',
  'postedOn',
  'requisitionId',
  'description',
  'pageAddress',
] as const;

/** Registry entries that must find something on each page; raw server HTML has only the head. */
const REQUIRED: Record<string, readonly (keyof typeof WORKDAY_SELECTORS)[]> = {
  [RENDERED]: RENDERED_FIELDS,
  [RENDERED_OLD]: RENDERED_FIELDS,
  [RENDERED_FR]: RENDERED_FIELDS,
  [RENDERED_DE_SITE]: RENDERED_FIELDS,
  [SERVER_2024]: ['pageAddress'],
  [SERVER_2026]: ['pageAddress'],
  [NO_JSON_LD]: ['pageAddress'],
  [CLOSED]: ['pageAddress'],
};

describe.each(Object.keys(REQUIRED))('Workday page %s', (page) => {
  const golden = readGolden('workday', page);

  it.each(REQUIRED[page] ?? [])('selector registry entry "%s" finds its element', (field) => {
    expect(firstMatch(readPage('workday', page), WORKDAY_SELECTORS[field])).toBeDefined();
  });

  it('extracts every field the page shows, as in its golden file', () => {
    expectGolden(extractPosting(readPage('workday', page), golden.url, new Date(golden.now)), golden);
  });
});

describe('Workday details', () => {
  it('finds the JSON-LD in both raw server pages, and none in the rendered capture (scripts stripped)', () => {
    expect(findJsonLdJobPosting(readPage('workday', SERVER_2024))).toBeDefined();
    expect(findJsonLdJobPosting(readPage('workday', SERVER_2026))).toBeDefined();
    expect(findJsonLdJobPosting(readPage('workday', RENDERED))).toBeUndefined();
  });

  it('reads dd values, not the dt labels', () => {
    const page = readPage('workday', RENDERED);
    expect(page.querySelector('[data-automation-id="postedOn"] dt')?.textContent).toBe('posted on');
    expect(firstMatch(page, WORKDAY_SELECTORS.postedOn)?.element.textContent).toBe('Posted Today');
  });

  it('gives the same id with or without the location segment the canonical link drops', () => {
    const golden = readGolden('workday', SERVER_2024);
    const canonical = readPage('workday', SERVER_2024).querySelector('link[rel="canonical"]')?.getAttribute('href');
    const viaCanonical = extractWorkday(readPage('workday', SERVER_2024), canonical ?? '', new Date(golden.now));
    expect(viaCanonical.ok && viaCanonical.posting.id).toBe(golden.posting.id);
  });

  it('is open before the closing date and closed after it', () => {
    const golden = readGolden('workday', SERVER_2026);
    const after = extractWorkday(readPage('workday', SERVER_2026), golden.url, new Date('2026-04-15T00:00:00Z'));
    expect(after.ok && after.posting.closed).toEqual({ reason: "The posting's closing date (2026-04-14) has passed." });
  });

  it('reads postingAvailable: false in the bootstrap script as closed (an unconfirmed inference)', () => {
    const golden = readGolden('workday', SERVER_2026);
    const html = readFileSync(`${FIXTURES}/workday/${SERVER_2026}`, 'utf8');
    expect(html).toContain('postingAvailable: true');
    const page = new DOMParser().parseFromString(
      html.replace('postingAvailable: true', 'postingAvailable: false'),
      'text/html',
    );
    const result = extractWorkday(page, golden.url, new Date(golden.now));
    expect(result.ok && result.posting.closed).toEqual({
      reason: 'Workday marks this posting as no longer available.',
    });
    expect(result.ok && result.posting.evidence.closed).toBe('embedded-json');
  });

  it('says the search page is not a posting', () => {
    const result = extractPosting(readPage('workday', SEARCH), 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext');
    expect(result).toEqual({
      ok: false,
      reason: 'This Workday page is not a job posting (it may be a search or list page).',
    });
  });

  it('waits for content that arrives late instead of taking the stale search-page head as the job', () => {
    // In-app navigation from the search page to a job: the address changes, the head still says "Careers".
    const golden = readGolden('workday', RENDERED);
    const page = readPage('workday', SEARCH);
    const now = new Date(golden.now);
    const before = extractPosting(page, golden.url, now);
    expect(before.ok).toBe(false);
    expect(before.ok ? '' : before.reason).toMatch(/may still be loading/);

    const jobPage = readPage('workday', RENDERED).querySelector('[data-automation-id="jobPostingPage"]');
    if (!jobPage) throw new Error('the rendered fixture has no jobPostingPage');
    page.body.append(page.importNode(jobPage, true));
    const after = extractPosting(page, golden.url, now);
    if (!after.ok) throw new Error(after.reason);
    expect(after.posting).toMatchObject({
      title: 'Senior Test Engineer - Autonomous Driving',
      locations: ['Germany, Munich'],
      requisitionId: 'JR2019510',
      posted: golden.posting.posted,
    });
  });

  it('ignores a JSON-LD left in the head by another posting', () => {
    const golden = readGolden('workday', SERVER_2024);
    const otherJob =
      'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Principal-Engineer_24WD99999';
    const result = extractWorkday(readPage('workday', SERVER_2024), otherJob, new Date(golden.now));
    expect(result.ok).toBe(false);
  });
});
