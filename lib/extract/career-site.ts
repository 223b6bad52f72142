import {
  cleanText,
  closedByDate,
  type DraftPosting,
  findJsonLdJobPostings,
  finishPosting,
  inferExperienceLevel,
  jobPostingFields,
} from '@/lib/extract/common';
import type { ExtractResult, PostingField } from '@/lib/posting';

/**
 * A company's own career site that the user turned on (careers.example.com): the posting is read from the page's
 * schema.org JSON-LD JobPosting and nothing else, because no two career sites share markup. The real Waymo capture
 * (/work/shared/fixtures/real/other/) shows the usual shape: title, an HTML description, datePosted, validThrough,
 * employmentType, hiringOrganization, identifier and one jobLocation per place. A page without a JobPosting for
 * itself (a list of jobs, a page about the company, broken JSON) is not a posting, and says so in a sentence.
 */

/** Query parameters that only say where a visitor came from; the rest may name the job (?id=123, ?gh_jid=123). */
const TRACKING = /^(utm_.*|gclid|fbclid|msclkid|ref|referrer|src|source|trk)$/i;

type Node = Record<string, unknown>;

function pageKey(url: URL): string {
  return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`;
}

/** The node's `url`, resolved against the page, when it has a readable one. */
function nodeUrl(node: Node, page: URL): URL | undefined {
  const value = typeof node.url === 'string' ? node.url.trim() : '';
  return value && URL.canParse(value, page) ? new URL(value, page) : undefined;
}

/**
 * The JobPosting that is this page's: the one whose `url` is this page, or the only one there is when it names no
 * other page. A page listing several postings without saying which is its own has none.
 */
function ownNode(nodes: Node[], page: URL): { node: Node } | { reason: string } {
  const here = pageKey(page);
  const own = nodes.find((node) => {
    const at = nodeUrl(node, page);
    return at !== undefined && pageKey(at) === here;
  });
  if (own) return { node: own };
  if (nodes.length > 1) {
    return {
      reason: `This page lists ${nodes.length} job postings in its JobPosting data, none of them for this page.`,
    };
  }
  const only = nodes[0] as Node;
  const elsewhere = nodeUrl(only, page);
  if (elsewhere) {
    return { reason: `This page's JobPosting data describes another page (${elsewhere.href}), not this one.` };
  }
  return { node: only };
}

/**
 * The posting's id: the employer's own identifier when the JobPosting gives one, else the page's address without
 * tracking parameters; either way prefixed with the host, so two sites' "12345" are two postings.
 */
export function careerSitePostingId(url: string, identifier: string | undefined): string {
  const page = new URL(url);
  const host = page.hostname.replace(/^www\./, '');
  if (identifier) return `${host}#${identifier}`;
  const query = [...page.searchParams].filter(([name]) => !TRACKING.test(name));
  const search = query.length > 0 ? `?${new URLSearchParams(query).toString()}` : '';
  return `${pageKey(page)}${search}`;
}

export function extractCareerSite(document: Document, url: string, now: Date): ExtractResult {
  if (!URL.canParse(url)) return { ok: false, reason: 'This address could not be read.' };
  const nodes = findJsonLdJobPostings(document);
  if (nodes.length === 0) {
    return {
      ok: false,
      reason: 'This page has no JobPosting data (schema.org JSON-LD), so there is nothing to score.',
    };
  }
  const own = ownNode(nodes, new URL(url));
  if ('reason' in own) return { ok: false, reason: own.reason };
  const fields = jobPostingFields(own.node);
  const json = 'json-ld' as const;
  const evidence: NonNullable<DraftPosting['evidence']> = { id: fields.requisitionId ? json : 'url', title: json };
  const found = {
    company: fields.company,
    locations: fields.locations.length > 0 ? fields.locations : undefined,
    workplace: fields.workplace,
    employmentType: fields.employmentType,
    descriptionText: fields.descriptionText,
    salary: fields.salary,
    posted: fields.posted,
    validThrough: fields.validThrough,
    requisitionId: fields.requisitionId,
    closed: closedByDate(fields.validThrough, now),
  } satisfies DraftPosting;
  for (const [field, value] of Object.entries(found)) {
    if (value !== undefined) evidence[field as PostingField] = json;
  }
  const experienceLevel = inferExperienceLevel(fields.title);
  if (experienceLevel) evidence.experienceLevel = 'text';

  return finishPosting(
    {
      source: 'career-site',
      id: careerSitePostingId(url, fields.requisitionId),
      url,
      view: 'page',
      title: cleanText(fields.title),
      experienceLevel,
      ...found,
      evidence,
    },
    'career site',
  );
}
