import { detectSite } from '@/lib/extract/urls';

/**
 * Career sites the user turns on, named by their host ("careers.example.com"): the host permission asked for one
 * (`https://careers.example.com/*`), and back. Pure functions; the browser's granted permissions are the one record
 * of which sites are on, so nothing else can disagree with them.
 */

const PATTERN = /^https:\/\/([a-z0-9.-]+)\/\*$/;

/** A host name as browsers write it in a match pattern: no wildcard, no port, at least one dot. */
const isHost = (host: string) =>
  !/^[\d.]+$/.test(host) && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(host);

/** The career site a tab's address belongs to, or undefined: not https, or a job site Still Hiring reads anyway. */
export function careerSiteOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || parsed.port !== '' || !isHost(parsed.hostname)) return undefined;
  return detectSite(parsed) ? undefined : parsed.hostname;
}

/** The host permission that turns a career site on. */
export function careerSitePattern(host: string): string {
  return `https://${host}/*`;
}

/**
 * The career sites turned on, from the permissions granted: every single-host https pattern that is not one the
 * manifest asks for at install (the job sites and their APIs), sorted.
 */
export function turnedOnHosts(granted: readonly string[] | undefined, installed: readonly string[]): string[] {
  const hosts = (granted ?? [])
    .filter((pattern) => !installed.includes(pattern))
    .map((pattern) => PATTERN.exec(pattern)?.[1])
    .filter((host): host is string => host !== undefined && isHost(host) && !detectSite(`https://${host}/`));
  return [...new Set(hosts)].sort();
}

const SCRIPT_PREFIX = 'career-site-';

/** The id of the content script registered for a site. */
export const scriptIdFor = (host: string) => `${SCRIPT_PREFIX}${host}`;

/** The site a registered content script is for, or undefined when it is not one of ours. */
export const hostOfScript = (id: string) => (id.startsWith(SCRIPT_PREFIX) ? id.slice(SCRIPT_PREFIX.length) : undefined);
