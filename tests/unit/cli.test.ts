import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@/cli/score';
import { parsePosting } from '@/lib/posting';
import { BAND_IDS } from '@/lib/settings-defaults';
import { type ApiApplication, expectMerged, readApiGolden } from './extract/api-golden';
import {
  comparable,
  enrichedGolden,
  expectGolden,
  FIXTURE_SITES,
  FIXTURES,
  goldenPages,
  readGolden,
} from './extract/golden';
import { type Golden as LinkedInGolden, golden as linkedInGolden } from './extract/linkedin-fixtures';

/** Runs the CLI exactly as a person would, through `node scripts/score.mjs`. */
function score(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/score.mjs', ...args], (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

// Each run starts Node and Vite (about a second), so the runs overlap; the test time limit (vitest.config.ts)
// catches one that hangs.

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
const BAH_DETAIL = 'jaredrojas08_cxs_job_detail_bah_R0249565.json';
const LEVER_APIS = [
  'derived_plaid_postings-api_v0_single_18503c02-17a0-4c47-98c8-155b0b6ccc2a.json',
  'plytools_plaid_postings-api_v0_mode-json.json',
];

/** What a Lever API response's golden says the Plaid page becomes with it. */
function plaidApplication(file: string): ApiApplication {
  const application = readApiGolden('lever', file).applications.find(
    (candidate) => 'page' in candidate.appliedTo && candidate.appliedTo.page === PLAID,
  );
  if (!application) throw new Error(`${file}: its golden applies it to no ${PLAID}`);
  return application;
}

/**
 * No Booz Allen page is saved, so the test writes the rendered Workday page its API golden spells out (title,
 * "Posted 8 Days Ago", requisition id; no location or description), in the NVIDIA capture's markup.
 */
function writeBahPage(folder: string) {
  const application = readApiGolden('workday', BAH_DETAIL).applications[0] as ApiApplication;
  if (!('posting' in application.appliedTo) || !application.now) throw new Error('expected a spelled-out posting');
  const parsed = parsePosting(application.appliedTo.posting);
  if (!parsed.ok) throw new Error(parsed.error);
  const spelled = parsed.posting;
  const field = (id: string, label: string, value: string) =>
    `<div data-automation-id="${id}"><dl><dt>${label}</dt><dd>${value}</dd></dl></div>`;
  const html = `<!doctype html><html lang="en-US"><head><title>${spelled.title}</title></head><body>
<div data-automation-id="jobPostingPage"><h2 data-automation-id="jobPostingHeader">${spelled.title}</h2>
<div data-automation-id="job-posting-details">${field('postedOn', 'posted on', spelled.posted?.kind === 'range' ? spelled.posted.text : '')}${field('requisitionId', 'job requisition id', spelled.requisitionId ?? '')}</div>
</div></body></html>`;
  const page = join(folder, 'bah.html');
  writeFileSync(page, html);
  return { page, url: spelled.url, now: application.now, spelled, application };
}

function argsFor(site: string, page: string): string[] {
  const golden = readGolden(site, page);
  return [`${FIXTURES}/${site}/${page}`, '--url', golden.url, '--now', golden.now];
}

function printed(stdout: string) {
  const output = JSON.parse(stdout);
  expect(Object.keys(output)).toEqual(['posting', 'score']);
  return output;
}

/**
 * Runs the CLI's `main` in this process: the module scripts/score.mjs loads, with the same arguments, so every saved
 * page goes through the CLI path without starting Node and Vite once per page (those runs are the ones above).
 */
async function scoreHere(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

/** A scored posting: the value, band and warning are of the right kinds. */
function expectScored(result: { value: number; band: { id: string }; ghostWarning: unknown }): void {
  expect(result.value).toBeGreaterThanOrEqual(0);
  expect(result.value).toBeLessThanOrEqual(100);
  expect(BAND_IDS).toContain(result.band.id);
  expect(typeof result.ghostWarning).toBe('boolean');
}

/** The printed posting against a LinkedIn golden file, as tests/unit/extract/linkedin.test.ts compares them. */
function expectLinkedInGolden(posting: Record<string, unknown>, expected: LinkedInGolden): void {
  for (const [field, value] of Object.entries(expected.posting ?? {})) {
    expect({ [field]: posting[field] ?? null }).toEqual({ [field]: value });
  }
  const text = posting.descriptionText as string | undefined;
  const want = expected.descriptionText;
  if (!want) expect(text).toBeUndefined();
  else {
    expect(text?.startsWith(want.startsWith)).toBe(true);
    expect(text?.endsWith(want.endsWith)).toBe(true);
    for (const part of want.contains) expect(text).toContain(part);
  }
  const skills = posting.skills as string[];
  if (expected.skills?.exact) expect(skills).toEqual(expected.skills.exact);
  if (expected.skills?.startsWith) {
    expect(skills.slice(0, expected.skills.startsWith.length)).toEqual(expected.skills.startsWith);
  }
  for (const skill of expected.skills?.includes ?? []) expect(skills).toContain(skill);
}

describe.concurrent('score CLI on saved pages', () => {
  it.each(PAGES)('prints the posting and its score for %s/%s', async (site, page) => {
    const run = await score(...argsFor(site, page));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { posting, score: result } = printed(run.stdout);
    expect(comparable(posting)).toEqual(enrichedGolden(readGolden(site, page)));
    expectScored(result);
  });

  it('prints a French logged-in LinkedIn page as its golden file says', async () => {
    const name = 'jherve_loggedin_jobs-view_3786945580';
    const expected = linkedInGolden(name);
    const run = await score(`${FIXTURES}/linkedin/${name}.html`, '--url', expected.url, '--now', expected.now);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { posting, score: result } = printed(run.stdout);
    expectLinkedInGolden(posting, expected);
    expectScored(result);
  });

  it.each(LEVER_APIS)('merges the saved Lever API answer %s into the Plaid page as its golden says', async (file) => {
    const run = await score(...argsFor('lever', PLAID), '--api', `${FIXTURES}/lever/${file}`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectMerged(printed(run.stdout).posting, plaidApplication(file));
  });

  it('merges a saved Workday CXS answer into a Workday page the way the background does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'score-cli-'));
    try {
      const { page, url, now, application } = writeBahPage(folder);
      const run = await score(page, '--url', url, '--now', now, '--api', `${FIXTURES}/workday/${BAH_DETAIL}`);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const { posting, score: result } = printed(run.stdout);
      expectMerged(posting, application);
      expectScored(result);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
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

describe.concurrent('score CLI errors', () => {
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
      'a page of another site without JobPosting data',
      [search, '--url', 'https://example.com/jobs/1'],
      /^score: This page has no JobPosting data \(schema.org JSON-LD\), so there is nothing to score\.$/m,
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

/** What the CLI says for a LinkedIn page that is no single posting (their goldens list cards, or the reason). */
const LINKEDIN_NOT_A_POSTING: Record<string, string> = {
  'handmade_guest_seeMoreJobPostings_fragment_pt-BR':
    'This LinkedIn page is not a job posting (open a job, or select one in a job list).',
  mandu5_guest_seeMoreJobPostings_fragment:
    'This LinkedIn page is not a job posting (open a job, or select one in a job list).',
  'handmade_loggedin_jobs-search_list_en_promoted-reposted':
    'This LinkedIn page shows no job: no job id in its address or content.',
  'handmade_loggedin_jobs-search_list_fr_promoted-reposted':
    'This LinkedIn page shows no job: no job id in its address or content.',
};

describe('score CLI on every saved page with a golden file, in this process', () => {
  it.each([
    ...FIXTURE_SITES.filter((site) => site !== 'linkedin').flatMap((site) =>
      goldenPages(site).map((page) => [site, page]),
    ),
  ])('prints %s/%s as its golden file says', async (site, page) => {
    const run = await scoreHere(...argsFor(site, page));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { posting, score: result } = printed(run.stdout);
    expectGolden({ ok: true, posting }, readGolden(site, page), { enriched: true });
    expectScored(result);
  });

  const linkedIn = goldenPages('linkedin').map((page) => page.replace(/\.html$/, ''));

  it('covers every LinkedIn page: a posting, a sign-in wall or a list', () => {
    const kinds = linkedIn.map((name) => (linkedInGolden(name).ok === undefined ? 'list' : 'page'));
    expect(linkedIn.filter((_, i) => kinds[i] === 'list').sort()).toEqual(Object.keys(LINKEDIN_NOT_A_POSTING).sort());
    expect(kinds.filter((kind) => kind === 'page').length).toBeGreaterThanOrEqual(12);
  });

  it.each(linkedIn)('prints linkedin/%s as its golden file says, or says why not', async (name) => {
    const expected = linkedInGolden(name);
    const run = await scoreHere(`${FIXTURES}/linkedin/${name}.html`, '--url', expected.url, '--now', expected.now);
    if (expected.ok !== true) {
      const reason = expected.ok === false ? expected.reason : LINKEDIN_NOT_A_POSTING[name];
      expect(run).toEqual({ status: 1, stdout: '', stderr: `score: ${reason}\n` });
      return;
    }
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { posting, score: result } = printed(run.stdout);
    expectLinkedInGolden(posting, expected);
    expectScored(result);
  });

  it('prints a Workday page with a saved CXS answer merged, as the API golden says', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'score-cli-'));
    try {
      const { page, url, now, spelled, application } = writeBahPage(folder);
      // Without --api the page gives exactly the posting the golden spells out.
      const alone = await scoreHere(page, '--url', url, '--now', now);
      expect(alone.status).toBe(0);
      const before = printed(alone.stdout).posting;
      expect(before).toEqual(spelled);
      const run = await scoreHere(page, '--url', url, '--now', now, '--api', `${FIXTURES}/workday/${BAH_DETAIL}`);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expectMerged(printed(run.stdout).posting, application, before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each(LEVER_APIS)(
    "reads lever/%s as the employer's answer for a LinkedIn posting whose apply link goes to that posting",
    async (file) => {
      const name = 'handmade_guest_jobs-view_en_offsite-lever';
      const { url, now } = linkedInGolden(name);
      const run = await scoreHere(
        `${FIXTURES}/linkedin/${name}.html`,
        '--url',
        url,
        '--now',
        now,
        '--api',
        `${FIXTURES}/lever/${file}`,
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.employer).toEqual({
        state: 'listed',
        ats: 'lever',
        checkedAt: now,
        posted: '2026-01-31T00:07:08.287Z',
      });
      expect(out.posting.posted).toEqual({ kind: 'exact', date: '2026-01-31T00:07:08.287Z' });
      expect(out.posting.evidence.posted).toBe('ats-api');
      expect(out.score.factors).toContainEqual({
        id: 'employer',
        kind: 'source',
        label: "Still listed on the employer's site (Lever), posted 2026-01-31",
        points: 6,
      });
    },
  );

  it.each(LEVER_APIS)('prints the Plaid page with lever/%s merged, as its golden says', async (file) => {
    const before = printed((await scoreHere(...argsFor('lever', PLAID))).stdout).posting;
    const run = await scoreHere(...argsFor('lever', PLAID), '--api', `${FIXTURES}/lever/${file}`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectMerged(printed(run.stdout).posting, plaidApplication(file), before);
  });
});
