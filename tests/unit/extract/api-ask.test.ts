import { readFileSync } from 'node:fs';
import { type ApiAnswer, apiRequestFor, askApi, fetchApi } from '@/lib/extract/api';
import { extractedPosting, FIXTURES, parsedPosting } from './golden';

const NOW = new Date('2026-07-15T12:00:00Z');
const GITLAB_PAGE = 'jobapplier_gitlab_job-boards_rendered.html';
const GITLAB_JOB = 'https://boards-api.greenhouse.io/v1/boards/gitlab/jobs/8620720002';
const GITLAB_BOARD = 'https://boards-api.greenhouse.io/v1/boards/gitlab';
const RAMP_PAGE = 'jobsearch-tracker_ramp_posting.html';
const RAMP_BOARD = 'https://api.ashbyhq.com/posting-api/job-board/ramp';

/** A getter answering each address as `answers` says, recording what was asked. */
function answering(answers: Record<string, ApiAnswer>) {
  const asked: string[] = [];
  const get = async (url: string): Promise<ApiAnswer> => {
    asked.push(url);
    return answers[url] ?? { kind: 'failed', reason: 'was not expected to be asked' };
  };
  return { get, asked };
}

/** The GitLab job as Greenhouse's single-job endpoint would answer it: the Airbnb entry's shape, GitLab's values. */
const gitlabJob = () => ({
  ...JSON.parse(readFileSync(`${FIXTURES}/greenhouse/derived_airbnb_boards-api_job_7649441.json`, 'utf8')),
  id: 8620720002,
  title: 'Backend Engineer (Ruby), AI Engineering: Agent Observability',
  company_name: 'GitLab',
  first_published: '2026-07-01T10:00:00-04:00',
});

describe('apiRequestFor: Greenhouse and Ashby', () => {
  it("asks Greenhouse's Job Board API for the board's job post, from a board page or an embedded form", () => {
    expect(apiRequestFor(extractedPosting('greenhouse', GITLAB_PAGE))).toEqual({ url: GITLAB_JOB });
    expect(apiRequestFor(extractedPosting('greenhouse', 'handmade_gitlab_embed-job-app_pay-range.html'))).toEqual({
      url: 'https://boards-api.greenhouse.io/v1/boards/gitlab/jobs/8620720003',
    });
    const eu = parsedPosting({
      source: 'greenhouse',
      id: '4500123101',
      url: 'https://job-boards.eu.greenhouse.io/optimove/jobs/4500123101',
      title: 'x',
    });
    // EU boards are served by the same API host.
    expect(apiRequestFor(eu)).toEqual({ url: 'https://boards-api.greenhouse.io/v1/boards/optimove/jobs/4500123101' });
    const noBoard = parsedPosting({
      source: 'greenhouse',
      id: '7649441',
      url: 'https://boards.greenhouse.io/embed/job_app?token=7649441',
      title: 'x',
    });
    expect(apiRequestFor(noBoard)).toBeUndefined();
  });

  it("asks Ashby's posting API for the posting's board, and a career site nothing", () => {
    expect(apiRequestFor(extractedPosting('ashby', RAMP_PAGE))).toEqual({ url: RAMP_BOARD });
    expect(
      apiRequestFor(extractedPosting('career-site', 'jobsearch-tracker_waymo_careers_posting.html')),
    ).toBeUndefined();
  });
});

describe('fetchApi', () => {
  const url = 'https://api.example/x';
  const respond = (response: Response | Error) => async () => {
    if (response instanceof Error) throw response;
    return response;
  };

  it('sorts what came back into JSON, not found and failures that tell nothing', async () => {
    expect(await fetchApi(url, respond(new Response('{"id":1}')))).toEqual({ kind: 'json', json: { id: 1 } });
    expect(await fetchApi(url, respond(new Response('{"status":404}', { status: 404 })))).toEqual({
      kind: 'not-found',
      status: 404,
    });
    expect(await fetchApi(url, respond(new Response('', { status: 410 })))).toEqual({ kind: 'not-found', status: 410 });
    expect(await fetchApi(url, respond(new Response('busy', { status: 503 })))).toEqual({
      kind: 'failed',
      reason: 'answered HTTP 503',
    });
    expect(await fetchApi(url, respond(new Response('<!DOCTYPE html><title>Sign in</title>')))).toEqual({
      kind: 'failed',
      reason: 'answered with a web page instead of JSON',
    });
    expect(await fetchApi(url, respond(new Response('{"jobs": [')))).toEqual({
      kind: 'failed',
      reason: 'answered with something that is not JSON',
    });
    expect(await fetchApi(url, respond(new TypeError('Failed to fetch')))).toEqual({
      kind: 'failed',
      reason: 'could not be reached (Failed to fetch)',
    });
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    expect(await fetchApi(url, respond(timeout))).toEqual({ kind: 'failed', reason: 'did not answer within 10 s' });
  });

  it('asks without cookies, for JSON, with a time limit', async () => {
    const fetchMock = vi.fn(async () => new Response('{}'));
    await fetchApi(url, fetchMock as unknown as typeof fetch);
    expect(fetchMock).toHaveBeenCalledWith(url, expect.objectContaining({ credentials: 'omit' }));
    const init = (fetchMock.mock.calls[0] as unknown[])[1] as RequestInit;
    expect(init.headers).toEqual({ accept: 'application/json' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('askApi: listed, gone or unknown', () => {
  const page = () => extractedPosting('greenhouse', GITLAB_PAGE);

  it('merges a Greenhouse job post: first_published is the posted date', async () => {
    const { get, asked } = answering({ [GITLAB_JOB]: { kind: 'json', json: gitlabJob() } });
    const outcome = await askApi(page(), get, NOW);
    expect(asked).toEqual([GITLAB_JOB]);
    expect(outcome?.kind).toBe('listed');
    if (outcome?.kind !== 'listed') return;
    expect(outcome.posting.posted).toEqual({ kind: 'exact', date: '2026-07-01T14:00:00.000Z' });
    expect(outcome.posting.evidence.posted).toBe('ats-api');
    // The page's own values stay: its location, its description, its company read from the page.
    expect(outcome.posting.locations).toEqual(['Remote, Canada']);
    expect(outcome.posting.descriptionText).toBe(page().descriptionText);
  });

  it('does not take updated_at for a posted date when first_published is missing', async () => {
    const job = { ...gitlabJob(), first_published: null, updated_at: '2026-07-14T09:00:00-04:00' };
    const outcome = await askApi(page(), answering({ [GITLAB_JOB]: { kind: 'json', json: job } }).get, NOW);
    expect(outcome?.kind === 'listed' && outcome.posting.posted).toBeUndefined();
  });

  it('says a Greenhouse job post is gone when the API has no such job on a board it knows', async () => {
    const { get, asked } = answering({
      [GITLAB_JOB]: { kind: 'not-found', status: 404 },
      [GITLAB_BOARD]: { kind: 'json', json: { name: 'GitLab', content: '' } },
    });
    expect(await askApi(page(), get, NOW)).toEqual({
      kind: 'gone',
      reason:
        'Greenhouse\'s Job Board API has no job post 8620720002 on the board "gitlab" (it answered 404): the job has closed.',
    });
    expect(asked).toEqual([GITLAB_JOB, GITLAB_BOARD]);
  });

  it('says nothing can be told when the API does not know the board', async () => {
    const { get } = answering({
      [GITLAB_JOB]: { kind: 'not-found', status: 404 },
      [GITLAB_BOARD]: { kind: 'not-found', status: 404 },
    });
    expect(await askApi(page(), get, NOW)).toEqual({
      kind: 'unknown',
      reason:
        'Greenhouse\'s Job Board API does not know the board "gitlab" (it answered 404), so the exact posted date could not be looked up.',
    });
  });

  it('says nothing can be told when the API answers a web page, or another job post', async () => {
    const html = answering({ [GITLAB_JOB]: { kind: 'failed', reason: 'answered with a web page instead of JSON' } });
    expect(await askApi(page(), html.get, NOW)).toEqual({
      kind: 'unknown',
      reason:
        "Greenhouse's Job Board API answered with a web page instead of JSON, so the exact posted date could not be read.",
    });
    const other = answering({ [GITLAB_JOB]: { kind: 'json', json: { ...gitlabJob(), id: 1 } } });
    expect(await askApi(page(), other.get, NOW)).toEqual({
      kind: 'unknown',
      reason: 'The Greenhouse API response is for another job post (1, not 8620720002).',
    });
  });

  it('says an Ashby posting is gone when its board does not list it, and unknown when there is no such board', async () => {
    const ramp = extractedPosting('ashby', RAMP_PAGE);
    const empty = answering({ [RAMP_BOARD]: { kind: 'json', json: { apiVersion: '1', jobs: [] } } });
    expect(await askApi(ramp, empty.get, NOW)).toEqual({
      kind: 'gone',
      reason: 'Ashby\'s job board "ramp" does not list this posting: it has closed, or the employer left it unlisted.',
    });
    const none = answering({ [RAMP_BOARD]: { kind: 'not-found', status: 404 } });
    expect(await askApi(ramp, none.get, NOW)).toEqual({
      kind: 'unknown',
      reason:
        'Ashby\'s posting API does not know the job board "ramp" (it answered 404), so the exact posted date could not be looked up.',
    });
  });

  it('asks nothing for a site without an API', async () => {
    const { get, asked } = answering({});
    expect(await askApi(extractedPosting('career-site', 'handmade_lumenor_offre_fr.html'), get, NOW)).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
