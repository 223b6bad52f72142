import { RE2JS } from 're2js';
import { normalizeKey } from '@/lib/posting-keys';

/**
 * Title keywords of the job lists' rules: a plain word or phrase, matched as whole words ignoring case, accents and
 * punctuation ("front end" matches "Front-End Developer"), or a `/regular expression/` with an optional `i` flag.
 *
 * Why expressions are safe, whatever the user types: they are never run on the job page. The background matches
 * them, with RE2JS, an RE2 engine that runs in time linear in the title's length (no backtracking, so `/(a+)+$/`
 * costs what `/a+$/` does), on at most MAX_TITLE_LENGTH characters, for at most MAX_KEYWORDS terms of at most
 * MAX_KEYWORD_LENGTH characters each: a bounded amount of work per card. The price is RE2's syntax: no
 * look-arounds or back-references, which the options page refuses with RE2's own reason, checked by the same
 * parseKeyword the background uses. JavaScript's own RegExp backtracks, so bounding the text alone would not do:
 * about 30 characters of "aaa…" are enough to stall it for seconds on such a pattern, 40 for hours.
 */

export const MAX_KEYWORDS = 50;
export const MAX_KEYWORD_LENGTH = 100;
/** Longer titles are cut to this: real ones are well under 200 characters. */
export const MAX_TITLE_LENGTH = 300;

export interface Keyword {
  /** As the user typed it: what the options page lists and the bar reports. */
  term: string;
  test(title: string): boolean;
}

const EXPRESSION = /^\/(.*)\/([a-z]*)$/s;

function expression(
  term: string,
  body: string,
  flags: string,
): { ok: true; keyword: Keyword } | { ok: false; error: string } {
  if (flags !== '' && flags !== 'i')
    return { ok: false, error: `${term}: only the i flag is allowed after the closing /` };
  if (body === '') return { ok: false, error: `${term}: the expression between the slashes is empty` };
  try {
    // Checked without the flag first: RE2JS words its errors with the flag written into the pattern ("(?i)(a").
    const plain = RE2JS.compile(body);
    const pattern = flags === 'i' ? RE2JS.compile(body, RE2JS.CASE_INSENSITIVE) : plain;
    return { ok: true, keyword: { term, test: (title) => pattern.matcher(title).find() } };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '');
    return {
      ok: false,
      error: `${term} is not an expression Still Hiring can use: ${reason} (look-arounds and back-references are not supported)`,
    };
  }
}

/** A term as a keyword to match titles with, or why it is refused (a sentence naming the term). */
export function parseKeyword(term: string): { ok: true; keyword: Keyword } | { ok: false; error: string } {
  if (term.trim() !== term || term === '')
    return { ok: false, error: 'A keyword cannot be empty or start or end with a space' };
  if (term.length > MAX_KEYWORD_LENGTH) {
    return { ok: false, error: `${term.slice(0, 20)}…: a keyword can be at most ${MAX_KEYWORD_LENGTH} characters` };
  }
  const regex = EXPRESSION.exec(term);
  if (regex) return expression(term, regex[1] ?? '', regex[2] ?? '');
  const key = normalizeKey(term);
  if (key === '') return { ok: false, error: `${term}: a keyword needs a letter or a digit` };
  const word = ` ${key} `;
  return { ok: true, keyword: { term, test: (title) => ` ${normalizeKey(title)} `.includes(word) } };
}

/** The usable keywords among `terms`; refused ones (which valid settings never hold) are left out. */
export function compileKeywords(terms: readonly string[]): Keyword[] {
  return terms.slice(0, MAX_KEYWORDS).flatMap((term) => {
    const parsed = parseKeyword(term);
    return parsed.ok ? [parsed.keyword] : [];
  });
}

/** The terms whose keyword the title matches, in the order given; the title is cut to MAX_TITLE_LENGTH first. */
export function matchingKeywords(title: string, keywords: readonly Keyword[]): string[] {
  const bounded = title.slice(0, MAX_TITLE_LENGTH);
  return keywords.filter((keyword) => keyword.test(bounded)).map((keyword) => keyword.term);
}
