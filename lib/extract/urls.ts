import type { Source } from '@/lib/posting';

/**
 * Page detection as pure functions of a URL, shared by the content scripts, the dispatcher, the API lookup
 * and the CLI. Every function accepts a string or a URL and answers false/undefined for anything unparsable.
 * URL shapes are documented in /work/shared/fixtures/real/STRUCTURE.md (sections 1.1, 2.1, 3.1).
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

/** The supported site a URL belongs to, posting page or not; undefined for any other site. */
export function detectSite(url: string | URL): Source | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  if (LEVER_HOSTS.includes(parsed.hostname)) return 'lever';
  if (WORKDAY_HOST.test(parsed.hostname)) return 'workday';
  if (linkedInUrl(parsed)) return 'linkedin';
  return undefined;
}
