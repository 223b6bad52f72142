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

describe('Greenhouse and Ashby', () => {
  const AIRBNB_JOB = 'derived_airbnb_boards-api_job_7649441.json';
  const AIRBNB_BOARD = 'plytools_airbnb_boards-api_jobs_content.json';
  const LINEAR_BOARD = 'plytools_linear_posting-api_job-board.json';
  /** Linear lists "Senior / Staff Fullstack Engineer" twice: d3bc1ced (April 2021) and cd5ae036 (August 2021). */
  const LINEAR_OLD = 'd3bc1ced-3ce4-4086-a050-555055dbb1ff';
  const LINEAR_NEW = 'cd5ae036-0223-427a-b038-ba16ef9dcb32';
  const airbnb = (id: number | string): EmployerLink => ({
    ats: 'greenhouse',
    url: `https://job-boards.greenhouse.io/airbnb/jobs/${id}`,
  });
  const linear = (id: string): EmployerLink => ({ ats: 'ashby', url: `https://jobs.ashbyhq.com/linear/${id}` });

  it('reads their apply links: a Greenhouse job post (old and new board hosts, an embed naming its board), an Ashby posting', () => {
    expect(employerLinkFromUrl('https://boards.greenhouse.io/airbnb/jobs/7649441?gh_src=linkedin')).toEqual(
      airbnb(7649441),
    );
    expect(employerLinkFromUrl('https://job-boards.greenhouse.io/embed/job_app?for=airbnb&token=7649441')).toEqual(
      airbnb(7649441),
    );
    expect(employerLinkFromUrl('https://job-boards.eu.greenhouse.io/maple/jobs/4500123')).toEqual({
      ats: 'greenhouse',
      url: 'https://job-boards.eu.greenhouse.io/maple/jobs/4500123',
    });
    expect(
      employerLinkFromUrl(`https://jobs.ashbyhq.com/linear/${LINEAR_OLD.toUpperCase()}/application?src=li`),
    ).toEqual(linear(LINEAR_OLD));
    // An embed without its board, a board page, an Ashby board: nothing the APIs can be asked about.
    for (const url of [
      'https://job-boards.greenhouse.io/embed/job_app?token=7649441',
      'https://job-boards.greenhouse.io/airbnb',
      'https://jobs.ashbyhq.com/linear',
    ]) {
      expect(employerLinkFromUrl(url)).toBeUndefined();
    }
  });

  it("asks Greenhouse's Job Board API for the job post and Ashby's posting API for the board", () => {
    expect(requestFor(airbnb(7649441))).toEqual({
      url: 'https://boards-api.greenhouse.io/v1/boards/airbnb/jobs/7649441',
    });
    expect(requestFor(linear(LINEAR_OLD))).toEqual({ url: 'https://api.ashbyhq.com/posting-api/job-board/linear' });
  });

  it('listed, with first_published (not updated_at) and publishedAt, from the real answers', () => {
    expect(verdictOf(airbnb(7649441), answer(200, savedJson('greenhouse', AIRBNB_JOB)))).toEqual({
      state: 'listed',
      posted: '2026-02-24T14:04:33.000Z',
      title: 'Account Executive (12 Month FTC)',
    });
    expect(verdictOf(airbnb(7707299), answer(200, savedJson('greenhouse', AIRBNB_BOARD)))).toMatchObject({
      state: 'listed',
      title: 'Accounting Intern, Statutory Reporting',
    });
    expect(verdictOf(linear(LINEAR_NEW), answer(200, savedJson('ashby', LINEAR_BOARD)))).toEqual({
      state: 'listed',
      posted: '2021-08-18T20:48:26.891Z',
      title: 'Senior / Staff Fullstack Engineer',
    });
  });

  it('gone on a Greenhouse 404 or a board without the post; an Ashby board without the posting is gone, its 404 is not', () => {
    expect(verdictOf(airbnb(7649441), answer(404, { status: 404, error: 'Job not found' }))).toMatchObject({
      state: 'gone',
    });
    expect(verdictOf(airbnb(1234567), answer(200, savedJson('greenhouse', AIRBNB_BOARD)))).toMatchObject({
      state: 'gone',
    });
    const unknownPosting = linear('00000000-0000-4000-8000-000000000000');
    expect(verdictOf(unknownPosting, answer(200, savedJson('ashby', LINEAR_BOARD)))).toEqual({
      state: 'gone',
      reason: "The employer's Ashby board no longer lists the posting",
    });
    expect(verdictOf(linear(LINEAR_OLD), answer(404, undefined))).toEqual({
      state: 'unknown',
      reason: 'Ashby does not know the job board "linear" (404)',
    });
    expect(verdictOf(linear(LINEAR_OLD), answer(200, { jobs: 'none' })).state).toBe('unknown');
    expect(verdictOf(airbnb(7649441), answer(200, { id: 7707299, title: 'Another post' }))).toMatchObject({
      state: 'unknown',
      reason: expect.stringContaining('another job post'),
    });
  });

  it("finds a repost: Greenhouse's board asked with one request, Ashby's in the answer it already has", async () => {
    const board = savedJson('greenhouse', AIRBNB_BOARD) as { jobs: { id: number; title: string }[] };
    // The same board after Airbnb took 7649441 down and posted the role again under a new id.
    const reposted = { ...board, jobs: board.jobs.map((job) => (job.id === 7649441 ? { ...job, id: 7900001 } : job)) };
    const fetchJson = fakeFetch({ 'https://boards-api.greenhouse.io/v1/boards/airbnb/jobs': { body: reposted } });
    expect(await findRepost(airbnb(7649441), 'Account Executive (12 Month FTC)', undefined, fetchJson, NOW)).toEqual({
      repost: airbnb(7900001),
      requests: 1,
    });
    const linearBoard = savedJson('ashby', LINEAR_BOARD);
    const title = 'Senior / Staff Fullstack Engineer';
    expect(await findRepost(linear(LINEAR_OLD), title, linearBoard, fakeFetch({}), NOW)).toEqual({
      repost: linear(LINEAR_NEW),
      requests: 0,
    });
  });
});
