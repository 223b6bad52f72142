import { compileKeywords, MAX_TITLE_LENGTH, matchingKeywords, parseKeyword } from '@/lib/lists/keywords';

const matches = (terms: string[], title: string) => matchingKeywords(title, compileKeywords(terms));

describe('title keywords', () => {
  it('match words and phrases whole, ignoring case, accents and punctuation', () => {
    expect(matches(['senior', 'front end', 'developpeur', 'lead'], 'Senior Front-End Développeur')).toEqual([
      'senior',
      'front end',
      'developpeur',
    ]);
    expect(matches(['senior'], 'Seniority Analyst')).toEqual([]);
    expect(matches(['c++'], 'C++ Engineer')).toEqual(['c++']);
  });

  it('match /expressions/ as RE2 does, case-sensitive unless the i flag says otherwise', () => {
    expect(matches(['/^data/', '/^Data/', '/^data/i'], 'Data Engineer')).toEqual(['/^Data/', '/^data/i']);
    expect(matches(['/\\b(senior|staff)\\b/i'], 'Staff Software Engineer')).toEqual(['/\\b(senior|staff)\\b/i']);
    expect(matches(['/a/b/'], 'x a/b y')).toEqual(['/a/b/']);
  });

  it('refuse what the background could not use, each with a sentence naming the term', () => {
    const refused = (term: string) => {
      const parsed = parseKeyword(term);
      return parsed.ok ? undefined : parsed.error;
    };
    expect(refused('/(a/')).toBe(
      '/(a/ is not an expression Still Hiring can use: missing closing ): `(a` (look-arounds and back-references are not supported)',
    );
    expect(refused('/(a)\\1/')).toMatch(/^\/\(a\)\\1\/ is not an expression Still Hiring can use: invalid escape/);
    expect(refused('/(?<=x)y/')).toMatch(
      /^\/\(\?<=x\)y\/ is not an expression Still Hiring can use: invalid named capture/,
    );
    expect(refused('/(?!x)y/')).toMatch(/invalid or unsupported Perl syntax: `\(\?!`/);
    expect(refused('/x/gi')).toBe('/x/gi: only the i flag is allowed after the closing /');
    expect(refused('//')).toBe('//: the expression between the slashes is empty');
    expect(refused('---')).toBe('---: a keyword needs a letter or a digit');
    expect(refused(' senior')).toBe('A keyword cannot be empty or start or end with a space');
    expect(refused('x'.repeat(101))).toBe('xxxxxxxxxxxxxxxxxxxx…: a keyword can be at most 100 characters');
  });

  it('look at most MAX_TITLE_LENGTH characters of a title', () => {
    const title = `${'x'.repeat(MAX_TITLE_LENGTH)} senior`;
    expect(matches(['senior', '/senior/'], title)).toEqual([]);
  });

  // JavaScript's backtracking RegExp would take longer than the age of the universe on each of these; RE2JS runs
  // in time linear in the (bounded) title, so this test finishes well within vitest's timeout. No time is measured.
  it('cannot be made to stall by a catastrophic expression', () => {
    const catastrophic = ['/(a+)+$/', '/(a|aa)*b/', '/(x+x+)+y/i', '/^(a?){40}a{40}$/', '/(.*a){20}/'];
    const keywords = compileKeywords(catastrophic);
    expect(keywords.map((keyword) => keyword.term)).toEqual(catastrophic);
    for (let length = 10; length < MAX_TITLE_LENGTH; length += 30) {
      expect(matchingKeywords(`${'a'.repeat(length)}!`, keywords)).toEqual(length >= 20 ? ['/(.*a){20}/'] : []);
    }
    // Past the bound the "!" is cut off, and the title is all a's.
    expect(matchingKeywords(`${'a'.repeat(5_000)}!`, keywords)).toEqual(['/(a+)+$/', '/(.*a){20}/']);
  });
});
