import { checkLink, DEFAULT_RETRY_AFTER_MS, findRepost, requestFor, verdictOf } from '@/lib/ats/check';
import { employerLinkFromUrl } from '@/lib/ats/links';
import { retryAfterMs, sendAtsRequest } from '@/lib/ats/request';
import type { EmployerLink } from '@/lib/ats/types';
import { answer, fakeFetch, savedJson } from './answers';

const NOW = new Date('2026-09-24T12:00:00Z');

const PLAID = '18503c02-17a0-4c47-98c8-155b0b6ccc2a';
const PLAID_SINGLE = `derived_plaid_postings-api_v0_single_${PLAID}.json`;
const PLAID_BOARD = 'plytools_plaid_postings-api_v0_mode-json.json';
/** Plaid lists "Account Executive - Fintech Named" twice: 529e32e5 (July 2025) and b931eb96 (February 2026). */
const PLAID_OLD_AE = '529e32e5-d849-498f-b313-29b6cc99e593';
const PLAID_NEW_AE = 'b931eb96-8dd8-4f8f-85aa-1c944ea659b5';
const BAH_DETAIL = 'jaredrojas08_cxs_job_detail_bah_R0249565.json';
const BAH_URL =
  'https://bah.wd1.myworkdayjobs.com/BAH_Jobs/job/Annapolis-Junction-MD/Systems-Administrator-Intern_R0249565';
const BLUE_ORIGIN_LIST = 'internshelper_blueorigin_cxs_jobs_list_page1.json';

const lever = (id: string): EmployerLink => ({ ats: 'lever', url: `https://jobs.lever.co/plaid/${id}` });
const bah: EmployerLink = { ats: 'workday', url: BAH_URL };

describe('employerLinkFromUrl', () => {
  it('keeps the posting of a Lever or Workday apply link, without the form and the tracking parameters', () => {
    expect(employerLinkFromUrl(`https://jobs.lever.co/plaid/${PLAID}/apply?lever-source=LinkedIn`)).toEqual(
      lever(PLAID),
    );
    expect(employerLinkFromUrl(`https://jobs.eu.lever.co/maple/${PLAID.toUpperCase()}`)).toEqual({
      ats: 'lever',
      url: `https://jobs.eu.lever.co/maple/${PLAID}`,
    });
    expect(employerLinkFromUrl(`${BAH_URL}/apply/applyManually?source=LinkedIn`)).toEqual(bah);
    expect(
      employerLinkFromUrl(
        'https://bah.wd1.myworkdayjobs.com/en-US/BAH_Jobs/details/Systems-Administrator-Intern_R0249565',
      ),
    ).toEqual({
      ats: 'workday',
      url: 'https://bah.wd1.myworkdayjobs.com/en-US/BAH_Jobs/job/Systems-Administrator-Intern_R0249565',
    });
  });

  it('answers nothing for addresses that are no ATS posting', () => {
    for (const url of [
      'https://careers.acme.example/jobs/123',
      'https://jobs.lever.co/plaid',
      'https://bah.wd1.myworkdayjobs.com/BAH_Jobs',
      'javascript:alert(1)',
      'not an address',
    ]) {
      expect(employerLinkFromUrl(url)).toBeUndefined();
    }
  });
});

describe('requestFor', () => {
  it("asks Lever's postings API in the posting's region and Workday's CXS details", () => {
    expect(requestFor(lever(PLAID))).toEqual({ url: `https://api.lever.co/v0/postings/plaid/${PLAID}` });
    expect(requestFor({ ats: 'lever', url: `https://jobs.eu.lever.co/maple/${PLAID}` })).toEqual({
      url: `https://api.eu.lever.co/v0/postings/maple/${PLAID}`,
    });
    expect(requestFor(bah)).toEqual({
      url: 'https://bah.wd1.myworkdayjobs.com/wday/cxs/bah/BAH_Jobs/job/Annapolis-Junction-MD/Systems-Administrator-Intern_R0249565',
    });
  });
});

describe('verdictOf: what an answer says', () => {
  it('listed, with the exact date and title, from the real Lever and Workday answers', () => {
    expect(verdictOf(lever(PLAID), answer(200, savedJson('lever', PLAID_SINGLE)))).toEqual({
      state: 'listed',
      posted: '2026-01-31T00:07:08.287Z',
      title: 'Data Scientist - Network Value',
    });
    expect(verdictOf(lever(PLAID_NEW_AE), answer(200, savedJson('lever', PLAID_BOARD)))).toMatchObject({
      state: 'listed',
      title: 'Account Executive - Fintech Named',
    });
    expect(verdictOf(bah, answer(200, savedJson('workday', BAH_DETAIL)))).toEqual({
      state: 'listed',
      posted: '2026-09-16T00:00:00.000Z',
      title: 'Systems Administrator Intern',
    });
  });

  it('gone on a 404 (the hand-made bodies the APIs send) or a board without the posting', () => {
    expect(verdictOf(lever(PLAID), answer(404, savedJson('ats', 'handmade_lever_404.json')))).toMatchObject({
      state: 'gone',
    });
    expect(verdictOf(bah, answer(404, savedJson('ats', 'handmade_workday_404.json')))).toMatchObject({ state: 'gone' });
    expect(verdictOf(lever(PLAID), answer(410, undefined))).toMatchObject({ state: 'gone' });
    const board = (savedJson('lever', PLAID_BOARD) as { id: string }[]).filter((p) => p.id !== PLAID);
    expect(verdictOf(lever(PLAID), answer(200, board))).toEqual({
      state: 'gone',
      reason: "The employer's Lever board no longer lists the posting",
    });
  });

  it('gone when Workday says the posting is no longer posted or no longer takes applications', () => {
    const detail = savedJson('workday', BAH_DETAIL) as { jobPostingInfo: Record<string, unknown> };
    const closed = (change: Record<string, unknown>) => ({
      ...detail,
      jobPostingInfo: { ...detail.jobPostingInfo, ...change },
    });
    expect(verdictOf(bah, answer(200, closed({ posted: false })))).toEqual({
      state: 'gone',
      reason: 'Workday says the posting is no longer posted',
    });
    expect(verdictOf(bah, answer(200, closed({ canApply: false })))).toMatchObject({ state: 'gone' });
    expect(verdictOf(bah, answer(200, closed({ jobReqId: 'R0000001' })))).toMatchObject({
      state: 'unknown',
      reason: 'Workday answered for another posting (R0000001, not R0249565)',
    });
  });

  it('unknown, never gone, for no answer, a rate limit, a server error, a refusal or a body it cannot read', () => {
    const link = lever(PLAID);
    expect(verdictOf(link, { kind: 'failed', reason: 'did not answer within 10 s' })).toEqual({
      state: 'unknown',
      reason: 'Lever did not answer within 10 s',
    });
    expect(verdictOf(link, answer(429, undefined, 120_000))).toEqual({
      state: 'unknown',
      reason: 'Lever asked us to slow down (rate limit)',
      retryAfterMs: 120_000,
    });
    expect(verdictOf(link, answer(429, undefined))).toMatchObject({ retryAfterMs: DEFAULT_RETRY_AFTER_MS });
    expect(verdictOf(link, answer(503, undefined)).state).toBe('unknown');
    expect(verdictOf(link, answer(500, savedJson('ats', 'handmade_lever_404.json'))).state).toBe('unknown');
    expect(verdictOf(link, answer(403, undefined))).toMatchObject({ reason: 'Lever refused the request (HTTP 403)' });
    expect(verdictOf(link, answer(200, undefined))).toMatchObject({ reason: "Lever's answer is not JSON" });
    expect(verdictOf(link, answer(200, { unexpected: true })).state).toBe('unknown');
    expect(verdictOf(lever(PLAID_OLD_AE), answer(200, savedJson('lever', PLAID_SINGLE)))).toMatchObject({
      state: 'unknown',
      reason: expect.stringContaining('another posting'),
    });
    expect(verdictOf(bah, answer(200, { jobPostingInfo: {} })).state).toBe('unknown');
  });
});

describe('sendAtsRequest and checkLink', () => {
  it('asks without cookies or referrer and reads status, JSON and Retry-After', async () => {
    const url = `https://api.lever.co/v0/postings/plaid/${PLAID}`;
    const fetch = fakeFetch({ [url]: { status: 429, body: '', headers: { 'retry-after': '30' } } });
    expect(await sendAtsRequest(fetch, { url }, NOW)).toEqual({
      kind: 'answer',
      status: 429,
      json: undefined,
      retryAfterMs: 30_000,
    });
    expect(fetch.calls[0]?.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', method: 'GET' });
  });

  it('turns a network error or a timeout into a failure with a sentence', async () => {
    const url = 'https://api.lever.co/x';
    const offline = fakeFetch({
      [url]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await sendAtsRequest(offline, { url }, NOW)).toEqual({
      kind: 'failed',
      reason: 'could not be reached (offline, or the site is down)',
    });
    const slow: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    expect(await sendAtsRequest(slow, { url }, NOW, 20)).toEqual({
      kind: 'failed',
      reason: 'did not answer within 0.02 s',
    });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs('Thu, 24 Sep 2026 12:05:00 GMT', NOW)).toBe(300_000);
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
    expect(retryAfterMs(null, NOW)).toBeUndefined();
  });

  it('checks a link end to end: one request, its verdict', async () => {
    const fetch = fakeFetch({
      [`https://api.lever.co/v0/postings/plaid/${PLAID}`]: { body: savedJson('lever', PLAID_SINGLE) },
    });
    const result = await checkLink(lever(PLAID), fetch, NOW);
    expect(result.verdict.state).toBe('listed');
    expect(result.requests).toBe(1);
    const gone = await checkLink(lever(PLAID_OLD_AE), fetch, NOW);
    expect(gone.verdict.state).toBe('gone');
  });
});

describe('findRepost', () => {
  it("finds the same title under a new id on Lever's board, one request", async () => {
    const board = (savedJson('lever', PLAID_BOARD) as { id: string }[]).filter((p) => p.id !== PLAID_OLD_AE);
    const fetch = fakeFetch({ 'https://api.lever.co/v0/postings/plaid?mode=json': { body: board } });
    const found = await findRepost(lever(PLAID_OLD_AE), 'Account Executive - Fintech Named', undefined, fetch, NOW);
    expect(found).toEqual({ repost: lever(PLAID_NEW_AE), requests: 1 });
    const none = await findRepost(lever(PLAID_OLD_AE), 'Chief Ghost Officer', undefined, fetch, NOW);
    expect(none).toEqual({ requests: 1 });
  });

  it("searches Workday's board by title and takes a posting under another requisition", async () => {
    const link: EmployerLink = {
      ats: 'workday',
      url: 'https://blueorigin.wd5.myworkdayjobs.com/BlueOrigin/job/Space-Coast-FL/Ground-System-Design-Engineer-III_R60000',
    };
    const fetch = fakeFetch({
      'https://blueorigin.wd5.myworkdayjobs.com/wday/cxs/blueorigin/BlueOrigin/jobs': {
        body: savedJson('workday', BLUE_ORIGIN_LIST),
      },
    });
    const found = await findRepost(link, 'Ground System Design Engineer III', undefined, fetch, NOW);
    expect(found.repost).toEqual({
      ats: 'workday',
      url: 'https://blueorigin.wd5.myworkdayjobs.com/BlueOrigin/job/Space-Coast-FL/Ground-System-Design-Engineer-III_R68341',
    });
    expect(fetch.calls[0]?.init).toMatchObject({ method: 'POST' });
    expect(JSON.parse(String(fetch.calls[0]?.init?.body))).toMatchObject({
      searchText: 'Ground System Design Engineer III',
    });
  });

  it('finds nothing when the board cannot be read', async () => {
    const found = await findRepost(lever(PLAID_OLD_AE), 'Account Executive', undefined, fakeFetch({}), NOW);
    expect(found).toEqual({ requests: 1 });
  });
});
