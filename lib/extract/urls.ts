import type { Source } from '@/lib/posting';

/**
 * Page detection as pure functions of a URL, shared by the content scripts, the dispatcher, the API lookup
 * and the CLI. Every function accepts a string or a URL and answers false/undefined for anything unparsable.
 * URL shapes are documented in /work/shared/fixtures/real/STRUCTURE.md (sections 1.1, 2.1, 3.1, 4 and 5).
 */

function parse(url: string | URL): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Non-empty path segments, decoded where possible. */
function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

// ---------------------------------------------------------------------------------------------------
// Lever: https://jobs.lever.co/{company}/{uuid}[/apply], also jobs.eu.lever.co

const LEVER_HOSTS = ['jobs.lever.co', 'jobs.eu.lever.co'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LeverPostingKey {
  company: string;
  /** The posting uuid, lower case. */
  id: string;
  /** Hosted in Lever's EU region, whose API is api.eu.lever.co. */
  eu: boolean;
  /** The application form (/apply) rather than the posting page. */
  apply: boolean;
}

export function leverPostingKey(url: string | URL): LeverPostingKey | undefined {
  const parsed = parse(url);
  if (!parsed || !LEVER_HOSTS.includes(parsed.hostname)) return undefined;
  const [company, id, extra, ...rest] = segments(parsed);
  if (!company || !id || !UUID.test(id) || rest.length > 0) return undefined;
  if (extra !== undefined && extra !== 'apply') return undefined;
  return { company, id: id.toLowerCase(), eu: parsed.hostname === 'jobs.eu.lever.co', apply: extra === 'apply' };
}

export function isLeverPosting(url: string | URL): boolean {
  return leverPostingKey(url) !== undefined;
}

// ---------------------------------------------------------------------------------------------------
// Workday: https://{tenant}.wd{N}.myworkdayjobs.com[/{locale}]/{site}/job/[{location}/]{title}_{reqId}
// and https://{wdN}.myworkdaysite.com[/{locale}]/recruiting/{tenant}/{site}/job/[{location}/]{title}_{reqId}

const WORKDAY_HOST = /(^|\.)(myworkdayjobs|myworkdaysite)\.com$/;
const LOCALE = /^[a-z]{2}(-[A-Za-z]{2,4})?$/;
const WORKDAY_KEY = /^.+_([A-Za-z0-9][A-Za-z0-9-]*)$/;

export interface WorkdayPostingKey {
  host: string;
  tenant: string;
  site: string;
  /** Everything after /job/, e.g. "Germany-Munich/Senior-Test-Engineer_JR2019510" (the CXS detail path). */
  jobPath: string;
  /** "{title}_{reqId}": the posting's id, the same with or without the location segment. */
  key: string;
  /** The requisition id without Workday's "-1"/"-2" URL suffix (URL `_R63624-2` is requisition "R63624"). */
  requisitionId: string;
}

/** The requisition id of a `{title}_{reqId}` key, minus a short "-N" suffix that follows a digit-bearing id. */
function requisitionFromKey(key: string): string | undefined {
  const reqId = WORKDAY_KEY.exec(key)?.[1];
  if (!reqId) return undefined;
  const base = reqId.replace(/-\d{1,2}$/, '');
  return /\d/.test(base) ? base : reqId;
}

export function workdayPostingKey(url: string | URL): WorkdayPostingKey | undefined {
  const parsed = parse(url);
  if (!parsed || !WORKDAY_HOST.test(parsed.hostname)) return undefined;
  const parts = segments(parsed);
  const jobIndex = parts.indexOf('job');
  if (jobIndex < 1) return undefined;
  const before = parts.slice(0, jobIndex);
  const after = parts.slice(jobIndex + 1);
  if (after.length < 1 || after.length > 2) return undefined;
  if (before[0] && LOCALE.test(before[0]) && before.length > 1) before.shift();
  let tenant: string | undefined;
  if (parsed.hostname.endsWith('.myworkdaysite.com')) {
    if (before[0] !== 'recruiting' || before.length !== 3) return undefined;
    tenant = before[1];
  } else {
    if (before.length !== 1) return undefined;
    tenant = parsed.hostname.split('.')[0];
  }
  const site = before[before.length - 1];
  const key = after[after.length - 1];
  if (!tenant || !site || !key) return undefined;
  const requisitionId = requisitionFromKey(key);
  if (!requisitionId) return undefined;
  return { host: parsed.hostname, tenant, site, jobPath: after.join('/'), key, requisitionId };
}

export function isWorkdayPosting(url: string | URL): boolean {
  return workdayPostingKey(url) !== undefined;
}

// ---------------------------------------------------------------------------------------------------
// LinkedIn: www./country subdomains; /jobs/view/{id} or /jobs/view/{slug}-{id}; lists carry ?currentJobId=

function linkedInUrl(url: string | URL): URL | undefined {
  const parsed = parse(url);
  return parsed && /(^|\.)linkedin\.com$/.test(parsed.hostname) ? parsed : undefined;
}

/** The numeric id at the end of a /jobs/view/ segment: "4450949378" or "full-stack-developer-at-abra-4450949378". */
function viewId(url: URL): string | undefined {
  const parts = segments(url);
  const viewIndex = parts.indexOf('view');
  if (viewIndex < 1 || parts[viewIndex - 1] !== 'jobs') return undefined;
  if (parts.length !== viewIndex + 2) return undefined;
  return /(?:^|-)(\d{5,})$/.exec(parts[viewIndex + 1] ?? '')?.[1];
}

export function isLinkedInJobView(url: string | URL): boolean {
  const parsed = linkedInUrl(url);
  return parsed !== undefined && viewId(parsed) !== undefined;
}

/** A job list: /jobs/search, /jobs/search-results (the newer logged-in search) and /jobs/collections/…. */
export function isLinkedInJobList(url: string | URL): boolean {
  const parsed = linkedInUrl(url);
  if (!parsed) return false;
  const [first, second] = segments(parsed);
  return first === 'jobs' && (second === 'search' || second === 'search-results' || second === 'collections');
}

/** The sign-in wall LinkedIn redirects to without a session. */
export function isLinkedInAuthWall(url: string | URL): boolean {
  const parsed = linkedInUrl(url);
  if (!parsed) return false;
  const [first, second] = segments(parsed);
  return (
    first === 'authwall' ||
    first === 'login' ||
    first === 'signup' ||
    first === 'checkpoint' ||
    (first === 'uas' && second === 'login')
  );
}

/** The job id of a job view, or the `currentJobId` selected on a list page. */
export function linkedInJobIdFromUrl(url: string | URL): string | undefined {
  const parsed = linkedInUrl(url);
  if (!parsed) return undefined;
  const current = parsed.searchParams.get('currentJobId');
  return viewId(parsed) ?? (current && /^\d+$/.test(current) ? current : undefined);
}

// ---------------------------------------------------------------------------------------------------
// Greenhouse: https://job-boards.greenhouse.io/{board}/jobs/{id} (the current board UI), boards.greenhouse.io (the
// old one; it now redirects to the new), their .eu. twins, and the application form a company's own careers page
// embeds in an iframe (#grnhse_iframe inside #grnhse_app): /embed/job_app?for={board}&token={id}. The careers page
// itself carries ?gh_jid={id}; the badge is shown inside the iframe, which is on Greenhouse's host.

const GREENHOUSE_HOSTS = [
  'job-boards.greenhouse.io',
  'boards.greenhouse.io',
  'job-boards.eu.greenhouse.io',
  'boards.eu.greenhouse.io',
];
const GREENHOUSE_ID = /^\d{4,}$/;
/** A board token as Greenhouse makes them: lower-case letters, digits, dashes and underscores. */
const GREENHOUSE_BOARD = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export interface GreenhousePostingKey {
  /** The board token ("gitlab"), which the Job Board API is asked under; an embed form may leave it out. */
  board?: string;
  /** The job post id. */
  id: string;
  /** The application form embedded on a company's own site (/embed/job_app). */
  embed: boolean;
}

export function greenhousePostingKey(url: string | URL): GreenhousePostingKey | undefined {
  const parsed = parse(url);
  if (!parsed || !GREENHOUSE_HOSTS.includes(parsed.hostname)) return undefined;
  const parts = segments(parsed);
  if (parts[0] === 'embed') {
    const id = parsed.searchParams.get('token') ?? '';
    const board = parsed.searchParams.get('for') ?? '';
    if (parts.length !== 2 || parts[1] !== 'job_app' || !GREENHOUSE_ID.test(id)) return undefined;
    return GREENHOUSE_BOARD.test(board) ? { board, id, embed: true } : { id, embed: true };
  }
  const [board, jobs, id, ...rest] = parts;
  if (!board || !GREENHOUSE_BOARD.test(board) || jobs !== 'jobs' || !id || !GREENHOUSE_ID.test(id)) return undefined;
  return rest.length === 0 ? { board, id, embed: false } : undefined;
}

export function isGreenhousePosting(url: string | URL): boolean {
  return greenhousePostingKey(url) !== undefined;
}

// ---------------------------------------------------------------------------------------------------
// Ashby: https://jobs.ashbyhq.com/{org}/{uuid} and its application form, /{org}/{uuid}/application

const ASHBY_HOST = 'jobs.ashbyhq.com';

export interface AshbyPostingKey {
  /** The job board name ("ramp"), which the posting API is asked under. */
  org: string;
  /** The posting uuid, lower case. */
  id: string;
  /** The application tab rather than the overview. */
  application: boolean;
}

export function ashbyPostingKey(url: string | URL): AshbyPostingKey | undefined {
  const parsed = parse(url);
  if (!parsed || parsed.hostname !== ASHBY_HOST) return undefined;
  const [org, id, extra, ...rest] = segments(parsed);
  if (!org || !id || !UUID.test(id) || rest.length > 0) return undefined;
  if (extra !== undefined && extra !== 'application') return undefined;
  return { org, id: id.toLowerCase(), application: extra === 'application' };
}

export function isAshbyPosting(url: string | URL): boolean {
  return ashbyPostingKey(url) !== undefined;
}

// ---------------------------------------------------------------------------------------------------
// Indeed: every country site is a subdomain of indeed.com (www., uk., de., fr., ca., …). A posting is
// /viewjob?jk={16 hex} (also /m/viewjob and the /rc/clk redirect); a search page (/jobs, /q-…-jobs.html) shows the
// selected job's detail pane beside its cards and names it with ?vjk=.

const INDEED_HOST = /(^|\.)indeed\.com$/;
const INDEED_JOB_KEY = /^[0-9a-f]{16}$/i;

function indeedUrl(url: string | URL): URL | undefined {
  const parsed = parse(url);
  return parsed && INDEED_HOST.test(parsed.hostname) ? parsed : undefined;
}

/** An Indeed job key ("jk"), lower case, or undefined when the text is not one. */
export function indeedJobKey(text: string | null | undefined): string | undefined {
  const key = text?.trim() ?? '';
  return INDEED_JOB_KEY.test(key) ? key.toLowerCase() : undefined;
}

/** A job's own page: /viewjob?jk=, /m/viewjob?jk=, /rc/clk?jk=. */
export function isIndeedJobView(url: string | URL): boolean {
  const parsed = indeedUrl(url);
  if (!parsed) return false;
  const path = parsed.pathname.replace(/\/+$/, '');
  return /^(\/m)?\/viewjob$|^\/rc\/clk$/.test(path) && indeedJobKey(parsed.searchParams.get('jk')) !== undefined;
}

/** A result list: /jobs, /q-{what}-jobs.html, /q-{what}-l-{where}-jobs.html, /l-{where}-jobs.html. */
export function isIndeedJobList(url: string | URL): boolean {
  const parsed = indeedUrl(url);
  if (!parsed) return false;
  const path = parsed.pathname.replace(/\/+$/, '');
  return path === '/jobs' || /^\/[ql]-[^/]+-jobs\.html$/.test(path);
}

/** The job a job view opens, or the one a list's detail pane shows (?vjk=). */
export function indeedJobIdFromUrl(url: string | URL): string | undefined {
  const parsed = indeedUrl(url);
  if (!parsed) return undefined;
  if (isIndeedJobView(parsed)) return indeedJobKey(parsed.searchParams.get('jk'));
  return isIndeedJobList(parsed) ? indeedJobKey(parsed.searchParams.get('vjk')) : undefined;
}

/** The canonical address of one Indeed job on the country site it was seen on. */
export function indeedJobUrl(host: string, jobKey: string): string {
  return `https://${INDEED_HOST.test(host) ? host : 'www.indeed.com'}/viewjob?jk=${jobKey}`;
}

// ---------------------------------------------------------------------------------------------------
// Glassdoor: one domain per country (glassdoor.com, .co.uk, .de, .fr, .ca, .com.au, …). A job listing is
// /job-listing/{slug}-JV_….htm?jl={id} (also /partner/jobListing.htm?jobListingId={id}); a search is
// /Job/{…}-SRCH_….htm or /Job/index.htm, whose selected job is ?jl= too.

/** Glassdoor's country domains; each is also served with www. in front. */
export const GLASSDOOR_DOMAINS = [
  'glassdoor.com',
  'glassdoor.ca',
  'glassdoor.co.uk',
  'glassdoor.ie',
  'glassdoor.de',
  'glassdoor.at',
  'glassdoor.ch',
  'glassdoor.fr',
  'glassdoor.be',
  'glassdoor.nl',
  'glassdoor.es',
  'glassdoor.it',
  'glassdoor.com.au',
  'glassdoor.co.nz',
  'glassdoor.co.in',
  'glassdoor.sg',
  'glassdoor.com.hk',
  'glassdoor.com.br',
  'glassdoor.com.mx',
  'glassdoor.com.ar',
] as const;

const GLASSDOOR_ID = /^\d{6,}$/;

/** A host name of one of Glassdoor's country sites, with or without www. */
function isGlassdoorHost(hostname: string): boolean {
  return (GLASSDOOR_DOMAINS as readonly string[]).includes(hostname.replace(/^www\./, ''));
}

function glassdoorUrl(url: string | URL): URL | undefined {
  const parsed = parse(url);
  return parsed && isGlassdoorHost(parsed.hostname) ? parsed : undefined;
}

/** A Glassdoor job listing id, or undefined when the text is not one. */
export function glassdoorJobId(text: string | null | undefined): string | undefined {
  const id = text?.trim() ?? '';
  return GLASSDOOR_ID.test(id) ? id : undefined;
}

/** A job listing's own page: /job-listing/…-JV_….htm, /partner/jobListing.htm?jobListingId=. */
export function isGlassdoorJobView(url: string | URL): boolean {
  const parsed = glassdoorUrl(url);
  if (!parsed) return false;
  const [first, second] = segments(parsed);
  if (first?.toLowerCase() === 'partner' && second?.toLowerCase() === 'joblisting.htm') {
    return glassdoorJobId(parsed.searchParams.get('jobListingId')) !== undefined;
  }
  return first === 'job-listing' && /-JV_[^/]*\.htm$/i.test(second ?? '');
}

/** A search result list: /Job/{…}-SRCH_….htm, /Job/index.htm, /Job/jobs.htm (every country site uses /Job/). */
export function isGlassdoorJobList(url: string | URL): boolean {
  const parsed = glassdoorUrl(url);
  if (!parsed) return false;
  const [first, second, ...rest] = segments(parsed);
  return first === 'Job' && rest.length === 0 && /\.htm$/i.test(second ?? '');
}

/** The listing a job view opens (?jl=, ?jobListingId=), or the one a search's detail pane shows (?jl=). */
export function glassdoorJobIdFromUrl(url: string | URL): string | undefined {
  const parsed = glassdoorUrl(url);
  if (!parsed || !(isGlassdoorJobView(parsed) || isGlassdoorJobList(parsed))) return undefined;
  return glassdoorJobId(parsed.searchParams.get('jl') ?? parsed.searchParams.get('jobListingId'));
}

/** The address of one Glassdoor listing on the country site it was seen on. */
export function glassdoorJobUrl(host: string, id: string): string {
  return `https://${isGlassdoorHost(host) ? host : 'www.glassdoor.com'}/partner/jobListing.htm?jobListingId=${id}`;
}

// ---------------------------------------------------------------------------------------------------

/** The supported job site a URL belongs to, posting page or not; undefined for any other site (a career site too). */
export function detectSite(url: string | URL): Exclude<Source, 'career-site'> | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  if (LEVER_HOSTS.includes(parsed.hostname)) return 'lever';
  if (WORKDAY_HOST.test(parsed.hostname)) return 'workday';
  if (linkedInUrl(parsed)) return 'linkedin';
  if (GREENHOUSE_HOSTS.includes(parsed.hostname)) return 'greenhouse';
  if (parsed.hostname === ASHBY_HOST) return 'ashby';
  return undefined;
}
