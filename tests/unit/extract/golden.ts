import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extractPosting } from '@/lib/extract/index';
import { type ExtractResult, type Posting, parsePosting } from '@/lib/posting';

/**
 * Golden files: `<page>.expected.json` beside each fixture page, written by reading the page. `posting` lists every
 * field the page shows except the description (too long to spell out) and the skills (another module's dictionary);
 * `description` pins its start, end, some lines and phrases. `fromText` holds what the description states in words
 * that the background reads from it (lib/extract/enrich.ts), skills aside: the pay when the page's data gives none,
 * the vacancy statement; each with evidence 'text'. A page whose description states neither has no `fromText`.
 */
export interface Golden {
  url: string;
  now: string;
  posting: Record<string, unknown>;
  fromText?: Record<string, unknown>;
  description?: { startsWith?: string; endsWith?: string; lines?: string[]; includes?: string[] };
}

export const FIXTURES = 'tests/fixtures';

/** The sites with a folder of saved pages (and API answers) under tests/fixtures. */
export const FIXTURE_SITES = ['lever', 'workday', 'linkedin', 'greenhouse', 'ashby', 'career-site'] as const;

/** The saved pages of a site that have a golden file beside them, in name order. */
export function goldenPages(site: string): string[] {
  return readdirSync(`${FIXTURES}/${site}`)
    .filter(
      (file) =>
        file.endsWith('.html') && existsSync(`${FIXTURES}/${site}/${file.replace(/\.html$/, '.expected.json')}`),
    )
    .sort();
}

export function readGolden(site: string, page: string): Golden {
  return JSON.parse(readFileSync(`${FIXTURES}/${site}/${page.replace(/\.html$/, '.expected.json')}`, 'utf8')) as Golden;
}

export function readPage(site: string, page: string): Document {
  return new DOMParser().parseFromString(readFileSync(`${FIXTURES}/${site}/${page}`, 'utf8'), 'text/html');
}

/** The posting without the parts the golden file does not spell out. */
export function comparable(posting: Posting): Record<string, unknown> {
  const { descriptionText: _text, skills: _skills, ...rest } = posting;
  const { skills: _skillsEvidence, ...evidence } = posting.evidence;
  return { ...rest, evidence };
}

/** The posting as the background holds it once enriched, skills aside: the golden's, plus what its text states. */
export function enrichedGolden(golden: Golden): Record<string, unknown> {
  const fromText = golden.fromText ?? {};
  const evidence = Object.fromEntries(Object.keys(fromText).map((field) => [field, 'text']));
  return {
    ...golden.posting,
    ...fromText,
    evidence: { ...(golden.posting.evidence as Record<string, string>), ...evidence },
  };
}

/** `enriched`: the posting went through enrichPosting (the CLI, the background), so it holds `fromText` too. */
export function expectGolden(result: ExtractResult, golden: Golden, { enriched = false } = {}): void {
  if (!result.ok) throw new Error(`expected a posting, got: ${result.reason}`);
  expect(comparable(result.posting)).toEqual(enriched ? enrichedGolden(golden) : golden.posting);
  const text = result.posting.descriptionText;
  if (!golden.description) {
    expect(text).toBeUndefined();
    return;
  }
  if (text === undefined) throw new Error('expected a description');
  const { startsWith, endsWith, lines = [], includes = [] } = golden.description;
  if (startsWith) expect(text.startsWith(startsWith)).toBe(true);
  if (endsWith) expect(text.endsWith(endsWith)).toBe(true);
  for (const line of lines) expect(text.split('\n')).toContain(line);
  for (const phrase of includes) expect(text).toContain(phrase);
}

/** The posting a saved page gives at its golden's address and moment; throws when it gives none. */
export function extractedPosting(site: string, page: string): Posting {
  const golden = readGolden(site, page);
  const result = extractPosting(readPage(site, page), golden.url, new Date(golden.now));
  if (!result.ok) throw new Error(result.reason);
  return result.posting;
}

/** A posting spelled out, checked and completed by the schema; throws when it is not one. */
export function parsedPosting(input: unknown): Posting {
  const parsed = parsePosting(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.posting;
}
