import { ASHBY_SELECTORS, extractAshby } from '@/lib/extract/ashby';
import { firstMatch } from '@/lib/extract/common';
import { extractPosting } from '@/lib/extract/index';
import { expectGolden, readGolden, readPage } from './golden';

const WITH_SCRIPTS = 'jobsearch-tracker_ramp_posting.html';
const RENDERED = 'jobapplier_ramp_posting_rendered.html';
const COMPENSATION = 'handmade_northwind_posting_compensation-eur.html';

const REQUIRED: Record<string, readonly (keyof typeof ASHBY_SELECTORS)[]> = {
  [WITH_SCRIPTS]: ['title', 'sectionLabels', 'description', 'logo', 'payTier'],
  [RENDERED]: ['title', 'sectionLabels', 'logo', 'payTier'],
  [COMPENSATION]: ['title', 'sectionLabels', 'description', 'logo', 'payTier'],
};

describe.each(Object.keys(REQUIRED))('Ashby page %s', (page) => {
  const golden = readGolden('ashby', page);

  it.each(REQUIRED[page] ?? [])('selector registry entry "%s" finds its element', (field) => {
    expect(firstMatch(readPage('ashby', page), ASHBY_SELECTORS[field])).toBeDefined();
  });

  it('extracts every field the page shows, as in its golden file', () => {
    expectGolden(extractPosting(readPage('ashby', page), golden.url, new Date(golden.now)), golden);
  });
});

describe('Ashby details', () => {
  const golden = readGolden('ashby', WITH_SCRIPTS);
  const now = new Date(golden.now);

  it('prefers appData over JSON-LD for the workplace, as the page shows it', () => {
    const page = readPage('ashby', WITH_SCRIPTS);
    expect(page.querySelector('script[type="application/ld+json"]')?.textContent).toContain('TELECOMMUTE');
    const result = extractAshby(page, golden.url, now);
    expect(result.ok && result.posting.workplace).toBe('hybrid');
  });

  it('ignores the head and appData after the app moved to another posting, and reads the page', () => {
    const page = readPage('ashby', WITH_SCRIPTS);
    const heading = page.querySelector('h1.ashby-job-posting-heading');
    if (heading) heading.textContent = 'Senior Product Designer';
    const other = 'https://jobs.ashbyhq.com/ramp/0b5e3c1a-9f2d-4c71-8e6a-3d4f5a6b7c8d';
    const result = extractAshby(page, other, now);
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting).toMatchObject({
      id: '0b5e3c1a-9f2d-4c71-8e6a-3d4f5a6b7c8d',
      title: 'Senior Product Designer',
      experienceLevel: 'senior',
    });
    expect(result.posting.posted).toBeUndefined();
    expect(result.posting.evidence).toMatchObject({ title: 'dom', locations: 'dom', workplace: 'dom' });
  });

  it('survives a broken appData script and still reads the JSON-LD', () => {
    const page = readPage('ashby', WITH_SCRIPTS);
    for (const script of Array.from(page.querySelectorAll('script:not([type])'))) {
      if (script.textContent?.includes('window.__appData')) script.textContent = 'window.__appData = {"posting": {';
    }
    const result = extractAshby(page, golden.url, now);
    expect(result.ok && [result.posting.title, result.posting.evidence.locations]).toEqual([
      'Software Engineer, Accounting',
      'json-ld',
    ]);
  });

  it('says why a job board page is not a posting', () => {
    expect(extractPosting(readPage('ashby', WITH_SCRIPTS), 'https://jobs.ashbyhq.com/ramp', now)).toEqual({
      ok: false,
      reason: 'This Ashby page is not a job posting (it may be the company’s list of jobs).',
    });
  });
});
