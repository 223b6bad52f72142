import { enrichPosting } from '@/lib/extract/enrich';
import { extractPosting } from '@/lib/extract/index';
import { type Posting, type PostingInput, parsePosting } from '@/lib/posting';
import { matchSkills } from '@/lib/text/skills';
import { comparable, enrichedGolden, goldenPages, readGolden, readPage } from './golden';

function posting(input: Partial<PostingInput>): Posting {
  const parsed = parsePosting({
    source: 'lever',
    id: 'f1d2c3b4-0000-4000-8000-000000000001',
    url: 'https://jobs.lever.co/acme/f1d2c3b4-0000-4000-8000-000000000001',
    title: 'Senior Engineer',
    ...input,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.posting;
}

function extracted(site: string, page: string): Posting {
  const golden = readGolden(site, page);
  const result = extractPosting(readPage(site, page), golden.url, new Date(golden.now));
  if (!result.ok) throw new Error(result.reason);
  return result.posting;
}

describe('enrichPosting', () => {
  it.each([
    ['lever', 'handmade_plaid_posting-page_18503c02-17a0-4c47-98c8-155b0b6ccc2a.html'],
    ['workday', 'adfrisealach_autodesk_job_server-html_24WD81528.html'],
    ['workday', 'handmade_medtronic_job_server-html_no-json-ld.html'],
  ])('adds the skills the title and description of %s/%s name, from the text', (site, page) => {
    const read = extracted(site, page);
    expect(read.skills).toEqual([]);
    expect(read.evidence.skills).toBeUndefined();
    const enriched = enrichPosting(read);
    const named = matchSkills(`${read.title}\n${read.descriptionText}`);
    expect(named.length).toBeGreaterThan(0);
    expect(enriched.skills).toEqual(named);
    expect(enriched.evidence.skills).toBe('text');
  });

  it.each([
    ...goldenPages('lever').map((page) => ['lever', page]),
    ...goldenPages('workday').map((page) => ['workday', page]),
  ])('reads from the description of %s/%s what its golden file says it states in words', (site, page) => {
    const golden = readGolden(site, page);
    const enriched = enrichPosting(extracted(site, page));
    expect(comparable(enriched)).toEqual(enrichedGolden(golden));
  });

  it('reads pay in words only when the page gave no salary, and keeps the structured one with its evidence', () => {
    const words = 'The base salary for this role is EUR 95,000 – 120,000 per year, plus equity.';
    const fromText = enrichPosting(posting({ descriptionText: `Join us in Berlin. ${words}` }));
    expect(fromText.salary).toEqual({
      min: 95_000,
      max: 120_000,
      currency: 'EUR',
      period: 'year',
      text: 'EUR 95,000 – 120,000 per year',
    });
    expect(fromText.evidence.salary).toBe('text');
    const structured = { min: 90_000, max: 110_000, currency: 'EUR' };
    const kept = enrichPosting(
      posting({ descriptionText: words, salary: structured, evidence: { salary: 'json-ld' } }),
    );
    expect(kept.salary).toEqual(structured);
    expect(kept.evidence.salary).toBe('json-ld');
  });

  it("reads the employer's vacancy statement, on every site", () => {
    const statement = 'This posting is not for an existing vacancy; we are building a pool of candidates.';
    for (const source of ['lever', 'workday', 'linkedin'] as const) {
      const enriched = enrichPosting(
        posting({ source, url: 'https://www.linkedin.com/jobs/view/3/', id: '3', descriptionText: statement }),
      );
      expect(enriched.vacancy).toEqual({ current: false, text: statement });
      expect(enriched.evidence.vacancy).toBe('text');
    }
  });

  it('counts a skill the title alone names on Lever and Workday', () => {
    const enriched = enrichPosting(posting({ title: 'Senior Rust Engineer', descriptionText: 'Join our team.' }));
    expect(enriched.skills).toEqual(['Rust']);
  });

  it("reads LinkedIn's description alone, and keeps the page's own list first with its evidence", () => {
    const linkedIn = posting({
      source: 'linkedin',
      id: '1',
      url: 'https://www.linkedin.com/jobs/view/1/',
      title: 'Senior Rust Engineer',
      descriptionText: 'We build with Python, Kubernetes and postgres.',
      skills: ['Git', 'python'],
      evidence: { skills: 'dom' },
    });
    const enriched = enrichPosting(linkedIn);
    expect(enriched.skills).toEqual(['Git', 'python', 'Kubernetes', 'PostgreSQL']);
    expect(enriched.evidence.skills).toBe('dom');
  });

  it('leaves a posting without a description, or naming no skill, as it is', () => {
    const card = posting({ source: 'linkedin', id: '2', url: 'https://www.linkedin.com/jobs/view/2/', view: 'card' });
    expect(enrichPosting(card)).toBe(card);
    const plain = posting({ descriptionText: 'Join our friendly team.' });
    expect(enrichPosting(plain)).toBe(plain);
  });

  it('is idempotent and does not change its input', () => {
    const read = posting({
      descriptionText:
        'Our stack: Java, Kotlin and AWS. Salary: $120k–$150k. This job posting is for an existing vacancy.',
    });
    const before = structuredClone(read);
    const once = enrichPosting(read);
    expect(read).toEqual(before);
    expect(once.skills).toEqual(['Java', 'Kotlin', 'AWS']);
    expect(once.salary).toMatchObject({ min: 120_000, max: 150_000 });
    expect(once.vacancy).toMatchObject({ current: true });
    expect(enrichPosting(once)).toEqual(once);
  });
});
