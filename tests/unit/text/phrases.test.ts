import fc from 'fast-check';
import { analyzeText } from '@/lib/text/analysis';
import { findEvergreenPhrase } from '@/lib/text/evergreen';
import { expandPhrase, PhraseIndex } from '@/lib/text/phrases';
import { findRequirements } from '@/lib/text/requirements';
import { matchSkills } from '@/lib/text/skills';
import { GAP_APOSTROPHE, GAP_DOT, GAP_OTHER, GAP_SLASH, GAP_SPACE, gapKind, scanWords } from '@/lib/text/tokens';

const wordsOf = (text: string) => {
  const words = scanWords(text);
  return Array.from({ length: words.count }, (_, i) => text.slice(words.starts[i], words.ends[i]));
};

describe('scanWords', () => {
  it('splits on punctuation and keeps "+" and "#" inside a word', () => {
    expect(wordsOf('C++, C# and F#; node.js (v20) – “quoted” • bullet')).toEqual([
      'C++',
      'C#',
      'and',
      'F#',
      'node',
      'js',
      'v20',
      'quoted',
      'bullet',
    ]);
  });

  it('keeps accented letters in words and reports UTF-16 positions around emoji', () => {
    expect(wordsOf('Développeur 🚀 télétravail, Größe')).toEqual(['Développeur', 'télétravail', 'Größe']);
  });

  it('hashes a word the same in any case and wherever it stands', () => {
    const first = scanWords('Python rocks');
    const hash = first.hashes[0];
    const second = scanWords('we like PYTHON');
    expect(second.hashes[2]).toBe(hash);
  });

  it('handles the empty text and a text of separators', () => {
    expect(scanWords('').count).toBe(0);
    expect(scanWords(' ,. – ').count).toBe(0);
  });
});

describe('gapKind', () => {
  it.each([
    ['a b', GAP_SPACE],
    ['a -\n b', GAP_SPACE],
    ['a\u00a0b', GAP_SPACE],
    ['a.b', GAP_DOT],
    ['a/b', GAP_SLASH],
    ["a'b", GAP_APOSTROPHE],
    ['a’b', GAP_APOSTROPHE],
    ['a, b', GAP_OTHER],
  ])('classes the gap in %j', (text, kind) => {
    expect(gapKind(text, 1, text.length - 1)).toBe(kind);
  });
});

describe('expandPhrase', () => {
  it('writes out every choice, the empty one included', () => {
    expect(expandPhrase('for (our|a) (future|) pipeline')).toEqual([
      'for our future pipeline',
      'for our pipeline',
      'for a future pipeline',
      'for a pipeline',
    ]);
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex([
    { text: 'machine learning', value: 'ml' },
    { text: 'machine', value: 'machine' },
    { text: 'Excel', value: 'excel', exactCase: true },
    { text: '.net', value: 'dotnet' },
    { text: 'ci/cd', value: 'cicd' },
    { text: 'CPA', value: 'skill' },
    { text: 'CPA', value: 'certification' },
  ]);
  const find = (text: string) => {
    const words = scanWords(text);
    const hits = index.findAll(words);
    return Array.from({ length: hits.count }, (_, i) => [hits.values[i], text.slice(hits.starts[i], hits.ends[i])]);
  };

  it('prefers the longest phrase at a word and skips the words it covers', () => {
    expect(find('Machine-learning and a machine')).toEqual([
      ['ml', 'Machine-learning'],
      ['machine', 'machine'],
    ]);
  });

  it('respects exact capitalisation, a leading dot and inner punctuation', () => {
    expect(find('excel in Excel')).toEqual([['excel', 'Excel']]);
    expect(find('.NET, not example.net')).toEqual([['dotnet', '.NET']]);
    expect(find('CI/CD but not CI, CD')).toEqual([['cicd', 'CI/CD']]);
  });

  it('reports every dictionary that has the same words', () => {
    expect(find('CPA')).toEqual([
      ['skill', 'CPA'],
      ['certification', 'CPA'],
    ]);
  });
});

describe('analyzeText', () => {
  const SENTENCES = [
    'Our stack is Python, Go and PostgreSQL on AWS.',
    'You have 5+ years of experience and a degree in mathematics.',
    'Join our talent community for future opportunities.',
    'CPA or CFA certification required; advanced Excel.',
    'We react quickly and go to market fast.',
    'Développeur C++ / C# à Paris, 3 ans d’expérience.',
    'This is not a current vacancy.',
    'Lean Six Sigma, R&D and FP&A.',
  ];

  it('answers as matchSkills, findRequirements and findEvergreenPhrase do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SENTENCES), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const expected: Record<string, unknown> = {
          skills: matchSkills(text),
          requirements: findRequirements(text),
        };
        const evergreen = findEvergreenPhrase(text);
        if (evergreen) expected.evergreen = evergreen;
        expect(analyzeText(text)).toEqual(expected);
      }),
    );
  });
});
