import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { enrichPosting } from '@/lib/extract/enrich';
import { extractPosting } from '@/lib/extract/index';
import type { Posting } from '@/lib/posting';
import { extractiveSummary, MIN_DESCRIPTION_CHARS } from '@/lib/summary/extractive';
import { MAX_LINE_CHARS, MAX_SUMMARY_LINES } from '@/lib/summary/summary';
import { FIXTURES, goldenPages, readGolden, readPage } from '../extract/golden';
import { makePosting } from '../helpers/results';

/** Each line must be the posting's own words: a span of the description, white space aside. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

function expectOwnWords(lines: string[] | undefined, description: string | undefined) {
  for (const line of lines ?? []) {
    expect(line.length).toBeGreaterThan(0);
    expect(line.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(squeeze(description ?? '')).toContain(squeeze(line));
  }
  expect((lines ?? []).length).toBeLessThanOrEqual(MAX_SUMMARY_LINES);
}

/** The posting as the background summarizes it: extracted, then enriched. */
function read(site: string, page: string): Posting | undefined {
  const golden = readGolden(site, page);
  const result = extractPosting(readPage(site, page), golden.url, new Date(golden.now));
  return result.ok ? enrichPosting(result.posting) : undefined;
}

const SITES = readdirSync(FIXTURES).filter((site) => goldenPages(site).length > 0);

describe.each(SITES)('the extractive summary of every saved %s page with a golden file', (site) => {
  it.each(goldenPages(site))('%s', (page) => {
    const file = `${FIXTURES}/${site}/${page.replace(/\.html$/, '.summary.expected.json')}`;
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: write the lines this page's summary should have (see the Summary goldens section of that folder's README.md)`,
      );
    }
    const golden = JSON.parse(readFileSync(file, 'utf8')) as { lines: string[] | null };
    const posting = read(site, page);
    const lines = posting && extractiveSummary(posting);
    expect(lines ?? null).toEqual(golden.lines);
    expectOwnWords(lines, posting?.descriptionText);
  });
});

const LONG_ENGLISH = [
  'Acme builds logistics software used in forty countries, from warehouses to the last mile.',
  '',
  'About the role',
  'We are looking for a Senior Platform Engineer to own the services that route every parcel we ship.',
  'You will design APIs in Go and TypeScript, run them on Kubernetes and AWS, and mentor two engineers.',
  '',
  'What you bring',
  '5+ years of experience building distributed systems.',
  "A bachelor's degree in computer science or equivalent experience.",
  '',
  'This role is hybrid: three days a week in our Berlin office.',
  'The salary range for this position is €85,000 - €100,000 per year.',
].join('\n');

describe('extractiveSummary', () => {
  const [intro, , , role, stack, , , years, degree, , where, pay] = LONG_ENGLISH.split('\n');
  const summarize = (descriptionText: string) =>
    extractiveSummary(makePosting({ title: 'Senior Platform Engineer', descriptionText }));

  it('picks the role, the years and degree asked, the stack, where it is worked and the pay, in that order', () => {
    expect(intro).toMatch(/^Acme builds/);
    expect(summarize(LONG_ENGLISH.replace(`${where}\n`, ''))).toEqual([role, years, degree, stack, pay]);
  });

  it('leaves out the degree before the pay or the workplace when there are more lines than fit', () => {
    const lines = summarize(LONG_ENGLISH);
    expect(lines).toEqual([role, years, stack, where, pay]);
    expect(lines).toHaveLength(MAX_SUMMARY_LINES);
  });

  it('quotes the pay the page states when the description holds it', () => {
    const text = `${LONG_ENGLISH.split('\n').slice(0, 5).join('\n')}\nPay: CA$150,000 - CA$185,000 a year, plus equity.`;
    const posting = makePosting({
      descriptionText: text,
      salary: { min: 150000, max: 185000, currency: 'CAD', period: 'year', text: 'CA$150,000 - CA$185,000 a year' },
    });
    expect(extractiveSummary(posting)).toContain('Pay: CA$150,000 - CA$185,000 a year, plus equity.');
  });

  it('takes no benefit allowance for the pay when the page states its pay only in structured data', () => {
    const text = `${LONG_ENGLISH.split('\n').slice(0, 5).join('\n')}\nFertility HRA (up to $10,000 per year)`;
    const posting = makePosting({
      descriptionText: text,
      salary: { min: 168000, max: 275100, currency: 'USD', period: 'year' },
    });
    expect(extractiveSummary(posting)?.some((line) => line.includes('HRA'))).toBe(false);
  });

  it('reads no pay from figures that are not pay', () => {
    const text = `${LONG_ENGLISH.split('\n').slice(0, 5).join('\n')}\nWe raised $40M last year and serve 12,000 customers.`;
    const lines = extractiveSummary(makePosting({ descriptionText: text })) ?? [];
    expect(lines.some((line) => line.includes('$40M'))).toBe(false);
  });

  it.each([
    ['no description', undefined],
    ['an empty one', ''],
    ['white space', ' \n\t '],
    ['a very short one', 'Join our team as a Senior Platform Engineer in Berlin. Go and Kubernetes.'],
    ['one just under the limit', 'x'.repeat(MIN_DESCRIPTION_CHARS - 1)],
  ])('gives no summary, and no error, for %s', (_name, descriptionText) => {
    expect(extractiveSummary(makePosting({ descriptionText }))).toBeUndefined();
  });

  it('summarizes a description in another language from its own words', () => {
    const french = [
      'Acme conçoit des logiciels de logistique utilisés dans quarante pays.',
      'Nous recherchons un Ingénieur logiciel senior pour faire évoluer notre plateforme de suivi des colis.',
      'Vos missions : concevoir nos services en Go et TypeScript, les exploiter sur Kubernetes.',
      "5 ans d'expérience en développement backend.",
      'Télétravail partiel possible deux jours par semaine.',
    ].join('\n');
    const lines = extractiveSummary(makePosting({ title: 'Ingénieur logiciel senior (H/F)', descriptionText: french }));
    expect(lines).toEqual([
      'Nous recherchons un Ingénieur logiciel senior pour faire évoluer notre plateforme de suivi des colis.',
      "5 ans d'expérience en développement backend.",
      'Vos missions : concevoir nos services en Go et TypeScript, les exploiter sur Kubernetes.',
      'Télétravail partiel possible deux jours par semaine.',
    ]);
  });

  it('summarizes a language it has no cue words for, from its first sentences', () => {
    const finnish =
      'Etsimme kokenutta ohjelmistokehittäjää tiimiimme Helsinkiin. Työskentelet Pythonin ja Kubernetesin parissa. ' +
      'Tarjoamme joustavat työajat, hyvän työympäristön ja mahdollisuuden kehittyä. Hae viimeistään kuun lopussa.';
    const lines = extractiveSummary(makePosting({ title: 'Ohjelmistokehittäjä', descriptionText: finnish }));
    expect(lines?.[0]).toBe('Etsimme kokenutta ohjelmistokehittäjää tiimiimme Helsinkiin.');
    expectOwnWords(lines, finnish);
  });

  it('cuts a sentence too long for a line to its clause, still in the posting’s own words', () => {
    const clause = 'and the team ships carefully reviewed changes every single week of the year';
    const long = `We are looking for a Senior Platform Engineer, ${Array(12).fill(clause).join(', ')}.`;
    const lines = extractiveSummary(makePosting({ title: 'Senior Platform Engineer', descriptionText: long }));
    expect(lines?.[0]?.startsWith('We are looking for a Senior Platform Engineer')).toBe(true);
    expectOwnWords(lines, long);
  });

  it('never throws, and only ever quotes the description, whatever the text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(...LONG_ENGLISH.split('\n'), '\n', '. ', '• ', '$120k', '5+ years', 'Go, Python and Rust'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.string(), (parts, title) => {
        const descriptionText = parts.join('');
        const lines = extractiveSummary(makePosting({ title: title.trim() || 'Engineer', descriptionText }));
        expectOwnWords(lines, descriptionText);
      }),
      { numRuns: 300 },
    );
  });
});
