import { readFileSync } from 'node:fs';
import { apiRequestFor, applyApiResponse } from '@/lib/extract/api';
import { readApiGolden } from './api-golden';
import { extractedPosting, FIXTURES, parsedPosting } from './golden';

const PLAID_ID = '18503c02-17a0-4c47-98c8-155b0b6ccc2a';
const PLAID_PAGE = `handmade_plaid_posting-page_${PLAID_ID}.html`;
const HIGHSPOT_PAGE = 'jobapplier_highspot_apply-page_rendered.html';
const NVIDIA_OLD = 'handmade_nvidia_job_rendered_posted-30-plus-days.html';
const BAH_DETAIL = 'jaredrojas08_cxs_job_detail_bah_R0249565.json';

function json(site: string, file: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}/${site}/${file}`, 'utf8'));
}

/** What the Booz Allen page would give, as its API response's golden file spells it out. */
const bahPosting = () => {
  const appliedTo = readApiGolden('workday', BAH_DETAIL).applications[0]?.appliedTo;
  if (!appliedTo || !('posting' in appliedTo)) throw new Error('the Booz Allen golden file spells out no posting');
  return parsedPosting(appliedTo.posting);
};

const NOW = new Date('2026-09-24T12:00:00Z');

describe('apiRequestFor', () => {
  it("asks Lever's postings API for a Lever posting, in the page's region", () => {
    expect(apiRequestFor(extractedPosting('lever', PLAID_PAGE))).toEqual({
      url: `https://api.lever.co/v0/postings/plaid/${PLAID_ID}`,
    });
    const eu = parsedPosting({
      source: 'lever',
      id: PLAID_ID,
      url: `https://jobs.eu.lever.co/plaid/${PLAID_ID}/apply`,
      title: 'x',
    });
    expect(apiRequestFor(eu)).toEqual({ url: `https://api.eu.lever.co/v0/postings/plaid/${PLAID_ID}` });
  });

  it("asks Workday's CXS API only when the page's posted date is not exact", () => {
    expect(apiRequestFor(extractedPosting('workday', NVIDIA_OLD))).toEqual({
      url: 'https://nvidia.wd5.myworkdayjobs.com/wday/cxs/nvidia/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1',
    });
    expect(apiRequestFor(bahPosting())).toEqual({
      url: 'https://bah.wd1.myworkdayjobs.com/wday/cxs/bah/BAH_Jobs/job/Annapolis-Junction-MD/Systems-Administrator-Intern_R0249565',
    });
    expect(
      apiRequestFor(extractedPosting('workday', 'adfrisealach_autodesk_job_server-html_24WD81528.html')),
    ).toBeUndefined();
  });

  it('asks nothing for LinkedIn', () => {
    const linkedIn = parsedPosting({
      source: 'linkedin',
      id: '1',
      url: 'https://www.linkedin.com/jobs/view/1',
      title: 'x',
    });
    expect(apiRequestFor(linkedIn)).toBeUndefined();
  });
});

describe('applyApiResponse: Lever', () => {
  const single = json('lever', `derived_plaid_postings-api_v0_single_${PLAID_ID}.json`);

  it('refuses a response without this posting, or for another one', () => {
    const highspot = extractedPosting('lever', HIGHSPOT_PAGE);
    expect(applyApiResponse(highspot, json('lever', 'plytools_plaid_postings-api_v0_mode-json.json'), NOW)).toEqual({
      ok: false,
      kind: 'gone',
      error: 'The Lever API response does not list this posting (f222ad5c-b7dd-43c4-9008-ee1a53174afa).',
    });
    expect(applyApiResponse(highspot, single, NOW)).toEqual({
      ok: false,
      kind: 'unknown',
      error: `The Lever API response is for another posting (${PLAID_ID}, not f222ad5c-b7dd-43c4-9008-ee1a53174afa).`,
    });
  });

  it.each([
    [null, 'The Lever API response is not a posting (response: Invalid input: expected object, received null).'],
    [
      { ok: false, error: 'Document not found' },
      'The Lever API response is not a posting (id: Invalid input: expected string, received undefined).',
    ],
    [
      { id: PLAID_ID, text: 'Data Scientist', createdAt: 'yesterday' },
      'The Lever API response is not a posting (createdAt: Invalid input: expected number, received string).',
    ],
  ])('refuses a malformed response %j with a sentence, leaving the posting unchanged', (bad, error) => {
    const page = extractedPosting('lever', PLAID_PAGE);
    const before = structuredClone(page);
    expect(applyApiResponse(page, bad, NOW)).toEqual({ ok: false, kind: 'unknown', error });
    expect(page).toEqual(before);
  });
});

describe('applyApiResponse: Workday', () => {
  const detail = json('workday', BAH_DETAIL);

  it('keeps a company name the page took from structured data', () => {
    const fromJsonLd = parsedPosting({ ...bahPosting(), company: 'Booz Allen', evidence: { company: 'json-ld' } });
    const merged = applyApiResponse(fromJsonLd, detail, NOW);
    expect(merged.ok && merged.posting.company).toBe('Booz Allen');
  });

  it.each([
    ['canApply', { canApply: false }],
    ['posted', { posted: false }],
  ])('marks the posting closed when %s is false', (_field, change) => {
    const closed = structuredClone(detail) as { jobPostingInfo: Record<string, unknown> };
    Object.assign(closed.jobPostingInfo, change);
    const merged = applyApiResponse(bahPosting(), closed, NOW);
    expect(merged.ok && merged.posting.closed).toEqual({
      reason: "Workday's API says this posting no longer accepts applications.",
    });
  });

  it('marks the posting closed once the end date has passed', () => {
    const merged = applyApiResponse(bahPosting(), detail, new Date('2026-12-20T00:00:00Z'));
    expect(merged.ok && merged.posting.closed).toEqual({
      reason: "The posting's closing date (2026-12-14) has passed.",
    });
  });

  it('refuses a jobs-list response and a detail for another requisition', () => {
    expect(
      applyApiResponse(bahPosting(), json('workday', 'internshelper_blueorigin_cxs_jobs_list_page1.json'), NOW),
    ).toEqual({
      ok: false,
      kind: 'unknown',
      error:
        'The Workday API response is not a job posting (jobPostingInfo: Invalid input: expected object, received undefined).',
    });
    const other = structuredClone(detail) as { jobPostingInfo: Record<string, unknown> };
    other.jobPostingInfo.jobReqId = 'R0000001';
    expect(applyApiResponse(bahPosting(), other, NOW)).toEqual({
      ok: false,
      kind: 'unknown',
      error: 'The Workday API response is for another posting (requisition R0000001, not R0249565).',
    });
  });

  it('says LinkedIn has no API to apply', () => {
    const linkedIn = parsedPosting({
      source: 'linkedin',
      id: '1',
      url: 'https://www.linkedin.com/jobs/view/1',
      title: 'x',
    });
    expect(applyApiResponse(linkedIn, {}, NOW)).toEqual({
      ok: false,
      kind: 'unknown',
      error: 'LinkedIn has no public job API, so there is no response to apply.',
    });
  });
});
