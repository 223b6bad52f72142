import { extractAshby } from '@/lib/extract/ashby';
import { extractCareerSite } from '@/lib/extract/career-site';
import { extractGreenhouse } from '@/lib/extract/greenhouse';
import { extractPosting } from '@/lib/extract/index';
import * as lever from '@/lib/extract/lever';
import { extractLever } from '@/lib/extract/lever';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { extractWorkday } from '@/lib/extract/workday';
import { Posting } from '@/lib/posting';
import { makePosting } from '../helpers/results';
import { FIXTURE_SITES, goldenPages, readGolden, readPage } from './golden';

const empty = () => new DOMParser().parseFromString('<html><body></body></html>', 'text/html');

describe('extractPosting dispatch', () => {
  it.each([
    [
      'https://careers.example.com/jobs/1',
      'This page has no JobPosting data (schema.org JSON-LD), so there is nothing to score.',
    ],
    ['not a url', 'This is not the address of a web page (it should start with https://).'],
    ['ftp://jobs.lever.co/plaid', 'This is not the address of a web page (it should start with https://).'],
    [
      'https://job-boards.greenhouse.io/gitlab',
      'This Greenhouse page is not a job post (it may be the company’s board of jobs).',
    ],
    ['https://jobs.ashbyhq.com/ramp', 'This Ashby page is not a job posting (it may be the company’s list of jobs).'],
    ['https://www.linkedin.com/authwall?trk=gf', 'This LinkedIn page is the sign-in wall, not a job posting.'],
    [
      'https://www.linkedin.com/feed/',
      'This LinkedIn page is not a job posting (open a job, or select one in a job list).',
    ],
    ['https://jobs.lever.co/plaid', 'This Lever page is not a job posting (it may be the company’s list of jobs).'],
    [
      'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext',
      'This Workday page is not a job posting (it may be a search or list page).',
    ],
  ])('explains why %s is not a posting', (url, reason) => {
    expect(extractPosting(empty(), url)).toEqual({ ok: false, reason });
  });

  it('hands LinkedIn job lists to the LinkedIn extractor, which looks for a selected job', () => {
    const result = extractPosting(empty(), 'https://www.linkedin.com/jobs/search/');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).not.toMatch(/could not be read/);
  });

  it('hands posting addresses to the site extractor', () => {
    const result = extractPosting(empty(), 'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a');
    expect(result).toEqual({
      ok: false,
      reason:
        'This Lever page has no readable job posting (title is missing or invalid); it may still be loading or may have been taken down.',
    });
  });

  it('turns an extractor that throws into a reason instead of throwing', () => {
    vi.spyOn(lever, 'extractLever').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(extractPosting(empty(), 'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a')).toEqual({
      ok: false,
      reason: 'This Lever page could not be read (boom).',
    });
  });

  it("checks the site extractor's posting in full with the schema, naming the bad field", () => {
    vi.spyOn(lever, 'extractLever').mockImplementation((_document, url) => ({
      ok: true,
      posting: { ...makePosting({ url }), applicants: { count: -3, atLeast: false } },
    }));
    expect(extractPosting(empty(), 'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a')).toEqual({
      ok: false,
      reason:
        'This Lever page has no readable job posting (applicants.count is missing or invalid); it may still be loading or may have been taken down.',
    });
  });
});

// Content scripts call their site's extractor directly and leave the zod check to the background: on every saved
// page, what they send must be exactly what the schema accepts, defaults included.
describe.each(FIXTURE_SITES)('%s pages as a content script reads them', (site) => {
  const EXTRACTORS = {
    lever: extractLever,
    workday: extractWorkday,
    linkedin: extractLinkedIn,
    greenhouse: extractGreenhouse,
    ashby: extractAshby,
    'career-site': extractCareerSite,
  } as const;
  const pages = goldenPages(site);

  it.each(pages)('%s', (page) => {
    const golden = readGolden(site, page);
    const now = new Date(golden.now);
    const checked = extractPosting(readPage(site, page), golden.url, now);
    const direct = EXTRACTORS[site](readPage(site, page), golden.url, now);
    if (checked.ok) expect(direct).toEqual(checked);
    else expect(direct.ok && Posting.parse(direct.posting)).toBeFalsy();
  });
});
