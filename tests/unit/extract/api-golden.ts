import { readdirSync, readFileSync } from 'node:fs';
import { applyApiResponse } from '@/lib/extract/api';
import { enrichPosting } from '@/lib/extract/enrich';
import { extractPosting } from '@/lib/extract/index';
import { type Posting, parsePosting } from '@/lib/posting';
import { FIXTURE_SITES, FIXTURES, type Golden, readGolden, readPage } from './golden';

/**
 * Golden files of the saved API responses: `<response>.expected.json` beside each `tests/fixtures/<site>/*.json`,
 * written by reading the response. Each names the postings it is applied to (a fixture page, or the posting a page
 * would give, spelled out) and what the merged posting must then be: every field the API supplies, with its
 * evidence, and the description when the API supplied it. Fields it does not name must stay the page's own.
 */
export interface ApiGolden {
  notes: string;
  applications: ApiApplication[];
}

export interface ApiApplication {
  /** For a board array: the id of the entry this posting is. */
  entry?: string;
  /** A fixture page beside the response (scored at its golden's address and moment), or a posting spelled out. */
  appliedTo: { page: string } | { posting: Record<string, unknown> };
  /** The moment it is applied at; a page's golden `now` when not given. */
  now?: string;
  /** Fields of the merged posting, `evidence` holding the evidence of each field named here or below. */
  posting?: Record<string, unknown> & { evidence: Record<string, string> };
  /** Fields the merged posting must not have. */
  absent?: string[];
  description?: Golden['description'];
  /** The response is not applied: the sentence why. */
  refused?: string;
  /** Whether a refusal says the posting is gone from the site, or that nothing can be told; 'unknown' when absent. */
  refusedAs?: 'gone' | 'unknown';
}

/** Every saved API response: each `*.json` of a site folder that is not a golden file. */
export function apiResponses(): [site: string, file: string][] {
  return FIXTURE_SITES.flatMap((site) =>
    readdirSync(`${FIXTURES}/${site}`)
      .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
      .sort()
      .map((file): [string, string] => [site, file]),
  );
}

export function readApiGolden(site: string, file: string): ApiGolden {
  const path = `${FIXTURES}/${site}/${file.replace(/\.json$/, '.expected.json')}`;
  return JSON.parse(readFileSync(path, 'utf8')) as ApiGolden;
}

export function readResponse(site: string, file: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}/${site}/${file}`, 'utf8'));
}

/** The posting as the background holds it when the API answer arrives: read from the page, then enriched. */
export function postingBefore(site: string, application: ApiApplication): { posting: Posting; now: Date } {
  const { appliedTo } = application;
  if ('page' in appliedTo) {
    const golden = readGolden(site, appliedTo.page);
    const now = new Date(application.now ?? golden.now);
    const extracted = extractPosting(readPage(site, appliedTo.page), golden.url, now);
    if (!extracted.ok) throw new Error(`${appliedTo.page}: ${extracted.reason}`);
    return { posting: enrichPosting(extracted.posting), now };
  }
  if (!application.now) throw new Error('A posting spelled out in a golden file needs its `now`.');
  const parsed = parsePosting(appliedTo.posting);
  if (!parsed.ok) throw new Error(parsed.error);
  return { posting: enrichPosting(parsed.posting), now: new Date(application.now) };
}

/** Applies the response exactly as the background does (lib/background/date-lookup.ts): merged, then enriched. */
export function apply(site: string, file: string, application: ApiApplication) {
  const { posting, now } = postingBefore(site, application);
  const merged = applyApiResponse(posting, readResponse(site, file), now);
  return { before: posting, result: merged.ok ? { ...merged, posting: enrichPosting(merged.posting) } : merged };
}

const UNSPELLED = new Set(['descriptionText', 'skills', 'evidence']);

/** The fields of `golden` hold in `merged`, the API-derived ones are exactly those named, and the rest are `before`'s. */
export function expectMerged(merged: Posting, application: ApiApplication, before?: Posting): void {
  const { evidence: wantEvidence = {}, ...fields } = application.posting ?? { evidence: {} };
  const actual = merged as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(fields)) expect({ [field]: actual[field] }).toEqual({ [field]: value });
  for (const field of application.absent ?? []) expect({ [field]: actual[field] }).toEqual({ [field]: undefined });
  const evidence = merged.evidence as Record<string, string | undefined>;
  for (const [field, kind] of Object.entries(wantEvidence)) {
    expect({ [field]: evidence[field] }).toEqual({ [field]: kind });
  }
  const fromApi = (all: Record<string, string | undefined>) =>
    Object.keys(all)
      .filter((field) => all[field] === 'ats-api' && field !== 'skills')
      .sort();
  expect(fromApi(evidence)).toEqual(fromApi(wantEvidence));

  const description = application.description;
  const text = merged.descriptionText;
  if (description) {
    if (text === undefined) throw new Error('expected a description');
    const { startsWith, endsWith, lines = [], includes = [] } = description;
    if (startsWith) expect(text.startsWith(startsWith)).toBe(true);
    if (endsWith) expect(text.endsWith(endsWith)).toBe(true);
    for (const line of lines) expect(text.split('\n')).toContain(line);
    for (const phrase of includes) expect(text).toContain(phrase);
  }

  if (!before) return;
  const named = new Set([...Object.keys(fields), ...(application.absent ?? []), ...UNSPELLED]);
  const previous = before as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(previous), ...Object.keys(actual)])) {
    if (!named.has(field)) expect({ [field]: actual[field] }).toEqual({ [field]: previous[field] });
  }
  if (!description) expect(text).toBe(before.descriptionText);
}
