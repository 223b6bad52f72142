// The sample job pages the real-browser suite, the demo and the browser benchmark serve: committed fixtures, plus
// API answers generated at request time so every date is relative to the real clock the extension reads
// ("posted 3 days ago" stays 3 days ago whenever the suite runs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

const DAY_MS = 86_400_000;
const fixture = (site, name) => join(ROOT, 'tests/fixtures', site, name);
const read = (path) => readFileSync(path, 'utf8');
/** A date a whole number of days before now, as Workday's API writes it (YYYY-MM-DD). */
const workdayDate = (days) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

const LEVER_ID = '18503c02-17a0-4c47-98c8-155b0b6ccc2a';
const LEVER_PAGE = fixture('lever', `handmade_plaid_posting-page_${LEVER_ID}.html`);
const LEVER_API = fixture('lever', `derived_plaid_postings-api_v0_single_${LEVER_ID}.json`);

export const LEVER = {
  url: `https://jobs.lever.co/plaid/${LEVER_ID}`,
  page: LEVER_PAGE,
  apiUrl: `https://api.lever.co/v0/postings/plaid/${LEVER_ID}`,
  title: 'Data Scientist - Network Value',
  ageDays: 3,
};

const NORTHWIND_ID = '6a0d4c2e-91f3-4b7a-8e25-3c9d7f1b2a60';
const NORTHWIND_FILL_BY = 'January 15, 2027';
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A Lever page that states its pay only in words and New York's current-vacancy statement. The page is served with
 * its fill-by day moved to 45 days after today, so the statement is current whenever the suite runs; `fillBy` is
 * that day, for the test to read the badge against.
 */
export const NORTHWIND = {
  url: `https://jobs.lever.co/northwind/${NORTHWIND_ID}`,
  apiUrl: `https://api.lever.co/v0/postings/northwind/${NORTHWIND_ID}`,
  page: fixture('lever', 'handmade_northwind_posting-page_ny-current-vacancy_pay-in-words.html'),
  company: 'Northwind Analytics',
  fillBy: new Date(Date.now() + 45 * DAY_MS),
};

function northwindPage() {
  const day = NORTHWIND.fillBy;
  const written = `${MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
  return read(NORTHWIND.page).replace(NORTHWIND_FILL_BY, written);
}

/** Lever's API answer for it: the date and categories, no salary (the page's words are its only pay). */
function northwindApi() {
  return {
    id: NORTHWIND_ID,
    text: 'Senior Data Scientist',
    createdAt: Date.now() - 2 * DAY_MS,
    categories: { location: 'New York, NY', commitment: 'Full-time' },
    workplaceType: 'hybrid',
  };
}

/** A Lever page whose job title is markup: a site that escapes it shows it as text, and so must the badge. */
export const HOSTILE = {
  id: '0badc0de-0000-4000-8000-00000000beef',
  title: '<img src=x onerror="window.__stillHiringPwned=1"> Data Scientist',
  get url() {
    return `https://jobs.lever.co/plaid/${this.id}`;
  },
};

const NVIDIA_PATH =
  '/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1';
const NVIDIA_CXS =
  '/wday/cxs/nvidia/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1';

export const WORKDAY = {
  host: 'nvidia.wd5.myworkdayjobs.com',
  url: `https://nvidia.wd5.myworkdayjobs.com${NVIDIA_PATH}`,
  /** The rendered page says "Posted Today"; the API answer agrees. */
  page: fixture('workday', 'jobapplier_nvidia_job_rendered.html'),
  apiUrl: `https://nvidia.wd5.myworkdayjobs.com${NVIDIA_CXS}`,
  title: 'Senior Test Engineer - Autonomous Driving',
  /** The same page saying "Posted 30+ Days Ago", which only the API can make exact. */
  oldPage: fixture('workday', 'handmade_nvidia_job_rendered_posted-30-plus-days.html'),
};

/** The same posting as an empty single-page-app shell whose job DOM arrives 1.5 s after load. */
export const WORKDAY_LATE = {
  // A query string, as Workday links from job boards carry (?source=…), keeps the posting and its API address.
  url: `${WORKDAY.url}?source=late-shell`,
  delayMs: 1500,
};

export const LINKEDIN = {
  /** A logged-in job view whose top card says "Reposted 2 weeks ago": relative, so right at any date. */
  url: 'https://www.linkedin.com/jobs/view/4400000001/',
  page: fixture('linkedin', 'handmade_loggedin_jobs-view_2026_en_reposted-promoted.html'),
  title: 'Senior Backend Engineer',
};

/**
 * A guest LinkedIn job view whose "Apply" goes to the Plaid posting of the Lever sample (its hidden code#applyUrl
 * wraps jobs.lever.co/plaid/{id}/apply): the extension asks api.lever.co whether it is still listed there.
 */
export const LINKEDIN_OFFSITE = {
  url: 'https://www.linkedin.com/jobs/view/data-scientist-network-value-at-plaid-4400000093',
  page: fixture('linkedin', 'handmade_guest_jobs-view_en_offsite-lever.html'),
  id: '4400000093',
  title: LEVER.title,
  /** The employer's posting it points to, and Lever's answers for it and for Plaid's board. */
  apiPath: new URL(LEVER.apiUrl).pathname,
  boardPath: '/v0/postings/plaid?mode=json',
};

const SEARCH_PAGE = fixture('linkedin', 'pavan9567_guest_jobs-search_with_detail_pane.html');

/**
 * The guest job search with the first job selected; choosing the second swaps the pane in place, as LinkedIn does.
 * Two flows: `url` swaps the pane and then pushes the new address; `pushFirstUrl` pushes the address and renders
 * the pane a moment later. The extension must follow both.
 */
export const LINKEDIN_SEARCH = {
  url: 'https://www.linkedin.com/jobs/search?keywords=&location=United%20States&currentJobId=4185843819',
  pushFirstUrl: 'https://www.linkedin.com/jobs/search?keywords=&location=Remote&currentJobId=4185843819',
  first: { id: '4185843819', title: 'Executive Assistant', company: 'Phifer &amp; Company' },
  second: { id: '4185844350', title: 'Online Instructor', company: 'Tutor Me LA LLC' },
  /** What a person clicks to choose the second job: its card in the list. */
  get secondCard() {
    return `[data-entity-urn="urn:li:jobPosting:${this.second.id}"]`;
  },
};

/**
 * The saved search page plus a hand-made inline script standing in for LinkedIn's app: a click on the second job's
 * card rewrites the detail pane to that job (id, title, company) and pushes the new currentJobId into the address,
 * in the order `pushFirst` says.
 */
function linkedInSearchPage(pushFirst) {
  const { first, second } = LINKEDIN_SEARCH;
  // The pane is kept as served (before any extension touched it), as an app keeps its templates.
  const script = `<script>
const pane = document.querySelector('.details-pane__content');
const served = pane.innerHTML;
const render = () => {
  pane.innerHTML = served
    .replaceAll('${first.id}', '${second.id}')
    .replaceAll('${first.title}', '${second.title}')
    .replaceAll('${first.company}', '${second.company}');
};
const push = () => {
  const url = new URL(location.href);
  url.searchParams.set('currentJobId', '${second.id}');
  history.pushState({}, '', url);
};
document.addEventListener('click', (event) => {
  if (!event.target.closest('${LINKEDIN_SEARCH.secondCard}')) return;
  event.preventDefault();
  if (${pushFirst}) {
    push();
    setTimeout(render, 100);
  } else {
    render();
    push();
  }
}, true);
</script>`;
  const html = read(SEARCH_PAGE);
  const end = html.lastIndexOf('</body>');
  return `${html.slice(0, end)}${script}${html.slice(end)}`;
}

/** Workday's CXS detail answer for the NVIDIA posting, started `days` ago. */
export function workdayApi(days) {
  return {
    jobPostingInfo: {
      title: WORKDAY.title,
      startDate: workdayDate(days),
      timeType: 'Full time',
      jobReqId: 'JR2019510',
      canApply: true,
      posted: true,
    },
    hiringOrganization: { name: 'NVIDIA' },
  };
}

/**
 * A saved page as a single-page app serves it before rendering: a head with the styles but no job title or
 * description tags, an empty root, and a script that inserts the job DOM (and sets the title) `delayMs` later,
 * noting the moment the DOM holds it in `window.__postingInsertedAt` (performance.now()) for the browser benchmark:
 * after the insertion, so a big page's own parsing (Waymo's 240 KB take the page itself a few hundred ms) is not
 * counted as the extension's. Its JSON-LD comes with the job DOM, as a single-page app adds it, so nothing names the
 * posting before then.
 */
export function lateShell(page, delayMs) {
  const html = read(page);
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const jsonLd = /<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g;
  const head = html
    .slice(0, html.indexOf('<body'))
    .replace(/<title>[\s\S]*?<\/title>/, '<title>Careers</title>')
    .replace(/<meta [^>]*(?:og:|twitter:|name="(?:title|description)")[^>]*>/g, '')
    .replace(/<link rel="canonical"[^>]*>/g, '')
    .replace(jsonLd, '');
  const structured = (html.slice(0, html.indexOf('<body')).match(jsonLd) ?? []).join('');
  const body = structured + html.slice(html.indexOf('>', html.indexOf('<body')) + 1, html.lastIndexOf('</body>'));
  // JSON with "<" escaped cannot close the inline script early.
  const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `${head}<body><div id="root">Loading…</div><script>
setTimeout(() => {
  document.body.innerHTML = ${json(body)};
  document.title = ${json(title)};
  window.__postingInsertedAt = performance.now();
}, ${delayMs});
</script></body></html>`;
}

/** The hostile page: the Lever fixture with its job title (and document title) replaced by escaped markup. */
function hostilePage() {
  const escaped = HOSTILE.title
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return read(LEVER_PAGE).replaceAll(LEVER.title, escaped);
}

function leverApi(id, text, ageDays) {
  return { ...JSON.parse(read(LEVER_API)), id, text, createdAt: Date.now() - ageDays * DAY_MS };
}

export const GREENHOUSE = {
  url: 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002',
  page: fixture('greenhouse', 'jobapplier_gitlab_job-boards_rendered.html'),
  apiUrl: 'https://boards-api.greenhouse.io/v1/boards/gitlab/jobs/8620720002',
  title: 'Backend Engineer (Ruby), AI Engineering: Agent Observability',
  ageDays: 5,
};

/**
 * A company's careers page that embeds its Greenhouse application form in the #grnhse_app iframe, as Greenhouse's
 * embed script writes it; the form is the hand-made embed page, and Greenhouse's API no longer has its job (404).
 */
export const GREENHOUSE_EMBED = {
  url: 'https://about.gitlab.com/jobs/apply/?gh_jid=8620720003',
  frameUrl: 'https://job-boards.greenhouse.io/embed/job_app?for=gitlab&token=8620720003',
  page: fixture('greenhouse', 'handmade_gitlab_embed-job-app_pay-range.html'),
  apiUrl: 'https://boards-api.greenhouse.io/v1/boards/gitlab/jobs/8620720003',
  boardUrl: 'https://boards-api.greenhouse.io/v1/boards/gitlab',
  title: 'Senior Site Reliability Engineer, Database Operations',
};

const ASHBY_ID = 'ed2e9a94-f58e-4ff8-8853-afd977850d43';

export const ASHBY = {
  url: `https://jobs.ashbyhq.com/ramp/${ASHBY_ID}`,
  page: fixture('ashby', 'jobsearch-tracker_ramp_posting.html'),
  apiUrl: 'https://api.ashbyhq.com/posting-api/job-board/ramp',
  title: 'Software Engineer, Accounting',
  ageDays: 2,
};

/** Waymo's own careers site, with its JSON-LD JobPosting: scored only once the user turns the site on. */
export const CAREER_SITE = {
  host: 'careers.withwaymo.com',
  url: 'https://careers.withwaymo.com/jobs/software-engineer-multiverse-mountain-view-california-united-states-san-francisco-new-york-city-new-york',
  page: fixture('career-site', 'jobsearch-tracker_waymo_careers_posting.html'),
  title: 'Software Engineer, Multiverse',
  ageDays: 6,
};

/** An ISO date-time `days` before now with a -04:00 offset, as Greenhouse writes first_published. */
const greenhouseDate = (days) => {
  const at = new Date(Date.now() - days * DAY_MS - 4 * 3_600_000);
  return `${at.toISOString().slice(0, 19)}-04:00`;
};

/** Greenhouse's Job Board API answer for the GitLab job post, first published `days` ago. */
export function greenhouseJob(days) {
  return {
    id: 8620720002,
    internal_job_id: 4101779002,
    title: GREENHOUSE.title,
    company_name: 'GitLab',
    first_published: greenhouseDate(days),
    updated_at: greenhouseDate(0),
    requisition_id: '8620720002',
    location: { name: 'Remote, Canada' },
    absolute_url: GREENHOUSE.url,
    metadata: [],
    departments: [{ id: 4016, name: 'Engineering', child_ids: [], parent_id: null }],
    offices: [],
    language: 'en',
  };
}

/** Ashby's posting API board for Ramp (the hand-made one listing the real page's posting), published `days` ago. */
export function ashbyBoard(days) {
  const board = JSON.parse(read(fixture('ashby', 'handmade_ramp_posting-api_job-board.json')));
  board.jobs[0].publishedAt = new Date(Date.now() - days * DAY_MS).toISOString();
  return board;
}

/** The Waymo page with its JSON-LD dates moved to `CAREER_SITE.ageDays` ago and three months ahead. */
function careerSitePage() {
  return read(CAREER_SITE.page)
    .replace(
      '"datePosted":"2026-01-22T20:00:10Z"',
      `"datePosted":"${new Date(Date.now() - CAREER_SITE.ageDays * DAY_MS).toISOString()}"`,
    )
    .replace(
      '"validThrough":"2026-06-04T15:13:50Z"',
      `"validThrough":"${new Date(Date.now() + 90 * DAY_MS).toISOString()}"`,
    );
}

/** The careers page around the embedded form. */
function embeddingPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Apply | GitLab</title></head><body>
<header><a href="https://about.gitlab.com/">GitLab</a></header>
<main><h1>Join GitLab</h1><p>${GREENHOUSE_EMBED.title}</p>
<div id="grnhse_app"><iframe id="grnhse_iframe" title="Greenhouse Job Board" width="100%" height="1400" frameborder="0"
 scrolling="no" src="${GREENHOUSE_EMBED.frameUrl.replace(/&/g, '&amp;')}"></iframe></div></main></body></html>`;
}

/** Serves every sample page and API answer on `server`. */
export function addSampleSites(server) {
  const lever = new URL(LEVER.url);
  server.route(lever.host, lever.pathname, { file: LEVER.page });
  server.route('api.lever.co', new URL(LEVER.apiUrl).pathname, {
    json: () => leverApi(LEVER_ID, LEVER.title, LEVER.ageDays),
  });

  const northwind = new URL(NORTHWIND.url);
  server.route(northwind.host, northwind.pathname, { html: northwindPage() });
  server.route('api.lever.co', new URL(NORTHWIND.apiUrl).pathname, { json: northwindApi });

  const hostile = new URL(HOSTILE.url);
  server.route(hostile.host, hostile.pathname, { html: hostilePage() });
  server.route('api.lever.co', `/v0/postings/plaid/${HOSTILE.id}`, {
    json: () => leverApi(HOSTILE.id, HOSTILE.title, 3),
  });

  server.route(WORKDAY.host, NVIDIA_PATH, { file: WORKDAY.page });
  server.route(WORKDAY.host, NVIDIA_CXS, { json: () => workdayApi(0) });
  server.route('www.linkedin.com', new URL(LINKEDIN.url).pathname, { file: LINKEDIN.page });
  server.route('www.linkedin.com', new URL(LINKEDIN_OFFSITE.url).pathname, { file: LINKEDIN_OFFSITE.page });
  // Plaid's real board without this posting: where the watch looks for a repost before calling it closed.
  server.route('api.lever.co', LINKEDIN_OFFSITE.boardPath, {
    json: () =>
      JSON.parse(read(fixture('lever', 'plytools_plaid_postings-api_v0_mode-json.json'))).filter(
        (p) => p.id !== LEVER_ID,
      ),
  });
  server.route('www.linkedin.com', '/jobs/search', { html: linkedInSearchPage(false) });
  const pushFirst = new URL(LINKEDIN_SEARCH.pushFirstUrl);
  server.route(pushFirst.host, `${pushFirst.pathname}${pushFirst.search}`, { html: linkedInSearchPage(true) });

  const greenhouse = new URL(GREENHOUSE.url);
  server.route(greenhouse.host, greenhouse.pathname, { file: GREENHOUSE.page });
  server.route('boards-api.greenhouse.io', new URL(GREENHOUSE.apiUrl).pathname, {
    json: () => greenhouseJob(GREENHOUSE.ageDays),
  });
  server.route('boards-api.greenhouse.io', new URL(GREENHOUSE_EMBED.boardUrl).pathname, {
    json: { name: 'GitLab', content: '' },
  });
  server.route('boards-api.greenhouse.io', new URL(GREENHOUSE_EMBED.apiUrl).pathname, {
    status: 404,
    json: { status: 404, error: 'Job not found' },
  });
  const embedding = new URL(GREENHOUSE_EMBED.url);
  server.route(embedding.host, embedding.pathname, { html: embeddingPage() });
  const frame = new URL(GREENHOUSE_EMBED.frameUrl);
  server.route(frame.host, frame.pathname, { file: GREENHOUSE_EMBED.page });

  const ashby = new URL(ASHBY.url);
  server.route(ashby.host, ashby.pathname, { file: ASHBY.page });
  server.route('api.ashbyhq.com', new URL(ASHBY.apiUrl).pathname, { json: () => ashbyBoard(ASHBY.ageDays) });

  const careers = new URL(CAREER_SITE.url);
  server.route(careers.host, careers.pathname, { html: careerSitePage });

  const late = new URL(WORKDAY_LATE.url);
  server.route(late.host, `${late.pathname}${late.search}`, { html: lateShell(WORKDAY.page, WORKDAY_LATE.delayMs) });
  return server;
}
