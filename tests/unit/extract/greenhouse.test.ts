import { firstMatch } from '@/lib/extract/common';
import { extractGreenhouse, GREENHOUSE_SELECTORS } from '@/lib/extract/greenhouse';
import { extractPosting } from '@/lib/extract/index';
import { expectGolden, readGolden, readPage } from './golden';

const BOARD_PAGE = 'jobapplier_gitlab_job-boards_rendered.html';
const EMBED_PAGE = 'handmade_gitlab_embed-job-app_pay-range.html';
const CLOSED_PAGE = 'handmade_gitlab_job-boards_closed-validThrough-passed.html';

/** Registry entries that must find something on each page variant (the old UI's have no capture to check). */
const REQUIRED: Record<string, readonly (keyof typeof GREENHOUSE_SELECTORS)[]> = {
  [BOARD_PAGE]: ['title', 'location', 'description', 'logo'],
  [EMBED_PAGE]: ['title', 'location', 'description', 'logo', 'payRange'],
  [CLOSED_PAGE]: ['title', 'location', 'description', 'logo'],
};

describe.each(Object.keys(REQUIRED))('Greenhouse page %s', (page) => {
  const golden = readGolden('greenhouse', page);

  it.each(REQUIRED[page] ?? [])('selector registry entry "%s" finds its element', (field) => {
    expect(firstMatch(readPage('greenhouse', page), GREENHOUSE_SELECTORS[field])).toBeDefined();
  });

  it('extracts every field the page shows, as in its golden file', () => {
    expectGolden(extractPosting(readPage('greenhouse', page), golden.url, new Date(golden.now)), golden);
  });
});

describe('Greenhouse details', () => {
  const golden = readGolden('greenhouse', BOARD_PAGE);
  const now = new Date(golden.now);

  it('reads the old board UI: .app-title, "at {Company}", .location and #content', () => {
    const page = new DOMParser().parseFromString(
      `<html><head><title>Job Application for Data Analyst at Acme</title></head><body><div id="app_body">
        <div id="header"><h1 class="app-title">Data Analyst</h1><span class="company-name">at Acme Robotics</span>
        <div class="location">Austin, TX</div></div><div id="content"><p>We are hiring a data analyst.</p></div>
      </div></body></html>`,
      'text/html',
    );
    const result = extractGreenhouse(page, 'https://boards.greenhouse.io/acme/jobs/4012345', now);
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting).toMatchObject({
      id: '4012345',
      title: 'Data Analyst',
      company: 'Acme',
      locations: ['Austin, TX'],
      descriptionText: 'We are hiring a data analyst.',
    });
    page.title = '';
    const fromLine = extractGreenhouse(page, 'https://boards.greenhouse.io/acme/jobs/4012345', now);
    expect(fromLine.ok && fromLine.posting.company).toBe('Acme Robotics');
  });

  it('names the company from the board token when the page names none', () => {
    const page = readPage('greenhouse', BOARD_PAGE);
    page.title = '';
    page.querySelector('.image-container')?.remove();
    const result = extractGreenhouse(page, golden.url, now);
    expect(result.ok && [result.posting.company, result.posting.evidence.company]).toEqual(['Gitlab', 'url']);
  });

  it('takes a JSON-LD JobPosting first, unless it names another job post', () => {
    const page = readPage('greenhouse', BOARD_PAGE);
    const script = page.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Backend Engineer (Ruby)',
      datePosted: '2026-07-01',
      url: golden.url,
    });
    page.head.append(script);
    const own = extractGreenhouse(page, golden.url, now);
    expect(own.ok && [own.posting.title, own.posting.posted]).toEqual([
      'Backend Engineer (Ruby)',
      { kind: 'exact', date: '2026-07-01T00:00:00.000Z' },
    ]);
    script.textContent = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Another job',
      datePosted: '2026-07-01',
      url: 'https://job-boards.greenhouse.io/gitlab/jobs/1111111',
    });
    const other = extractGreenhouse(page, golden.url, now);
    expect(other.ok && [other.posting.title, other.posting.posted]).toEqual([golden.posting.title, undefined]);
  });

  it('says why a board page, or a job the board no longer has, is not a posting', () => {
    const board = extractPosting(readPage('greenhouse', BOARD_PAGE), 'https://job-boards.greenhouse.io/gitlab', now);
    expect(board).toEqual({
      ok: false,
      reason: 'This Greenhouse page is not a job post (it may be the company’s board of jobs).',
    });
    const gone = extractPosting(
      readPage('greenhouse', BOARD_PAGE),
      'https://job-boards.greenhouse.io/gitlab?error=true',
      now,
    );
    expect(gone).toEqual({
      ok: false,
      reason: 'Greenhouse shows this board in place of a job post it no longer has: the job you opened has closed.',
    });
  });
});
