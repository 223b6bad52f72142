/**
 * Where LinkedIn's "Apply on company website" goes: the employer's own posting, which the background can ask
 * whether it is still listed. LinkedIn wraps the address in its own redirects (`/jobs/view/externalApply/{id}?url=…`,
 * `/safety/go?url=…`); what they carry is the address kept. Logged-in pages describe the apply method in their
 * embedded job data: an OffsiteApply with its companyApplyUrl, or an (Complex|Simple)OnsiteApply for Easy Apply.
 */

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/;

function webAddress(text: string, base?: string): URL | undefined {
  if (!URL.canParse(text, base)) return undefined;
  const url = new URL(text, base);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}

/** The employer's address a LinkedIn apply link leads to; undefined for a link that stays on LinkedIn. */
export function unwrapApplyUrl(
  href: string | null | undefined,
  base = 'https://www.linkedin.com/',
): string | undefined {
  const url = href ? webAddress(href.trim(), base) : undefined;
  if (!url) return undefined;
  if (!LINKEDIN_HOST.test(url.hostname)) return url.href;
  const inner = url.searchParams.get('url');
  const target = inner ? webAddress(inner) : undefined;
  return target && !LINKEDIN_HOST.test(target.hostname) ? target.href : undefined;
}

/** What a job object's `applyMethod` says: Easy Apply or not, and the employer's address when offsite. */
export function readApplyMethod(method: unknown): { easyApply?: boolean; url?: string } {
  if (typeof method !== 'object' || method === null) return {};
  const record = method as Record<string, unknown>;
  // Either {$type: "…OffsiteApply", companyApplyUrl} or the union's {"com.linkedin.voyager.jobs.OffsiteApply": {…}}.
  const [kind, body] =
    typeof record.$type === 'string'
      ? [record.$type, record]
      : (Object.entries(record).find(([key]) => /apply$/i.test(key)) ?? ['', record]);
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (/onsiteapply/i.test(kind)) return { easyApply: true };
  const url = typeof fields.companyApplyUrl === 'string' ? unwrapApplyUrl(fields.companyApplyUrl) : undefined;
  if (/offsiteapply/i.test(kind)) return { easyApply: false, ...(url ? { url } : {}) };
  return url ? { url } : {};
}
