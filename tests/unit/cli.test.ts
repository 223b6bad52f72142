import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BAND_IDS } from '@/lib/settings-defaults';
import { comparable, FIXTURES, readGolden } from './extract/golden';

/** Runs the CLI exactly as a person would, through `node scripts/score.mjs`. */
function score(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/score.mjs', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

// Each run starts Node and Vite (about a second), so the runs overlap.
const CLI_TIMEOUT_MS = 60_000;

const PAGES: [string, string][] = [
  ['lever', 'jobapplier_highspot_apply-page_rendered.html'],
  ['lever', 'handmade_plaid_posting-page_18503c02-17a0-4c47-98c8-155b0b6ccc2a.html'],
  ['workday', 'adfrisealach_autodesk_job_server-html_24WD81528.html'],
  ['workday', 'japesh285_medtronic_job_server-html_R63624-2_telecommute.html'],
  ['workday', 'jobapplier_nvidia_job_rendered.html'],
  ['workday', 'handmade_nvidia_job_rendered_posted-30-plus-days.html'],
  ['workday', 'handmade_medtronic_job_server-html_no-json-ld.html'],
  ['workday', 'handmade_medtronic_job_server-html_closed-validThrough-passed.html'],
];

const PLAID = 'handmade_plaid_posting-page_18503c02-17a0-4c47-98c8-155b0b6ccc2a.html';
const NVIDIA_OLD = 'handmade_nvidia_job_rendered_posted-30-plus-days.html';

function argsFor(site: string, page: string): string[] {
  const golden = readGolden(site, page);
  return [`${FIXTURES}/${site}/${page}`, '--url', golden.url, '--now', golden.now];
}

function printed(stdout: string) {
  const output = JSON.parse(stdout);
  expect(Object.keys(output)).toEqual(['posting', 'score']);
  return output;
}

describe.concurrent('score CLI on saved pages', { timeout: CLI_TIMEOUT_MS }, () => {
  it.each(PAGES)('prints the posting and its score for %s/%s', async (site, page) => {
    const run = await score(...argsFor(site, page));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { posting, score: result } = printed(run.stdout);
    expect(comparable(posting)).toEqual(readGolden(site, page).posting);
    expect(result.value).toBeGreaterThanOrEqual(0);
    expect(result.value).toBeLessThanOrEqual(100);
    expect(BAND_IDS).toContain(result.band.id);
    expect(typeof result.ghostWarning).toBe('boolean');
  });

  it('merges a saved Lever API answer (single posting) the way the background does', async () => {
    const api = `${FIXTURES}/lever/derived_plaid_postings-api_v0_single_18503c02-17a0-4c47-98c8-155b0b6ccc2a.json`;
    const run = await score(...argsFor('lever', PLAID), '--api', api);
    expect(run.status).toBe(0);
    const { posting } = printed(run.stdout);
    expect(posting.posted).toEqual({ kind: 'exact', date: '2026-01-31T00:07:08.287Z' });
    expect(posting.evidence.posted).toBe('ats-api');
  });

  it('merges a saved Lever board array too, picking the posting by id', async () => {
    const run = await score(
      ...argsFor('lever', PLAID),
      '--api',
      `${FIXTURES}/lever/plytools_plaid_postings-api_v0_mode-json.json`,
    );
    expect(run.status).toBe(0);
    expect(printed(run.stdout).posting.evidence.posted).toBe('ats-api');
  });

  it('reads a history file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'score-cli-'));
    try {
      const history = join(folder, 'history.json');
      writeFileSync(
        history,
        JSON.stringify({
          posting: {
            firstSeen: '2026-05-01T00:00:00.000Z',
            lastSeen: '2026-07-15T12:00:00.000Z',
            timesSeen: 9,
            sightings: ['2026-05-01T00:00:00.000Z', '2026-07-15T12:00:00.000Z'],
            repostsSeen: 2,
          },
        }),
      );
      const run = await score(...argsFor('workday', NVIDIA_OLD), '--history', history);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      printed(run.stdout);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe.concurrent('score CLI errors', { timeout: CLI_TIMEOUT_MS }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'score-cli-'));
  const notJson = join(folder, 'not.json');
  const wrongShape = join(folder, 'wrong.json');
  writeFileSync(notJson, '{ "posting": ');
  writeFileSync(wrongShape, JSON.stringify({ posting: { firstSeen: 'never' } }));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const nvidia = argsFor('workday', NVIDIA_OLD);
  const search = `${FIXTURES}/workday/adfrisealach_autodesk_search_rendered_loading.html`;

  const cases: [string, string[], RegExp][] = [
    [
      'a missing page file',
      ['nowhere.html', '--url', 'https://jobs.lever.co/a/b'],
      /Cannot read the page file "nowhere.html": there is no such file\./,
    ],
    ['no --url', [`${FIXTURES}/workday/${NVIDIA_OLD}`], /Give the page's address with --url/],
    [
      'an unsupported site',
      [search, '--url', 'https://example.com/jobs/1'],
      /not on a supported job site \(detected: none; supported: Lever, Workday, LinkedIn\)/,
    ],
    [
      'a search page',
      [search, '--url', 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext'],
      /^score: This Workday page is not a job posting/,
    ],
    [
      'a job address whose page shows no job',
      [search, '--url', 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/X_R1'],
      /^score: This Workday page has no readable job posting/,
    ],
    ['a bad --now', [...nvidia.slice(0, 3), '--now', 'yesterday'], /--now "yesterday" is not an ISO date/],
    [
      'a history file that is not JSON',
      [...nvidia, '--history', notJson],
      /The history file ".*not\.json" is not valid JSON/,
    ],
    [
      'a history file of the wrong shape',
      [...nvidia, '--history', wrongShape],
      /is not a history .*posting\.firstSeen/,
    ],
    [
      'a missing API file',
      [...nvidia, '--api', join(folder, 'none.json')],
      /Cannot read the API response file ".*none\.json": there is no such file\./,
    ],
    [
      'an API file for another posting',
      [...nvidia, '--api', `${FIXTURES}/workday/jaredrojas08_cxs_job_detail_bah_R0249565.json`],
      /could not be used: The Workday API response is for another posting \(requisition R0249565, not JR2019510\)\./,
    ],
    ['an unknown option', [...nvidia, '--verbose'], /Unknown option '--verbose'/],
  ];

  it.each(cases)('exits non-zero with a sentence on stderr for %s', async (_what, args, message) => {
    const run = await score(...args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^score: /);
    expect(run.stderr).toMatch(message);
  });
});
