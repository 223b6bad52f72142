import fc from 'fast-check';
import { SOURCES } from '@/lib/posting-keys';
import { BAND_IDS } from '@/lib/settings-defaults';

export const iso = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const text = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' });

/** Valid stored postings, as an import file could hold them (keys not yet normalized). */
export const storedPosting = fc
  .record({
    source: fc.constantFrom(...SOURCES),
    id: fc.string({ minLength: 1, maxLength: 8 }),
    title: fc.constantFrom('Engineer', 'Senior Engineer', 'Désigner', 'Data Analyst'),
    company: fc.option(fc.constantFrom('Acme', 'Globex', 'Société'), { nil: undefined }),
    locations: fc.array(text, { maxLength: 2 }),
    postedAt: fc.option(iso, { nil: undefined }),
    seen: fc.uniqueArray(iso, { minLength: 1, maxLength: 5 }),
    extraTimes: fc.nat(5),
    score: fc.option(fc.record({ value: fc.integer({ min: 0, max: 100 }), bandId: fc.constantFrom(...BAND_IDS) }), {
      nil: undefined,
    }),
    savedAt: fc.option(iso, { nil: undefined }),
    topReason: fc.option(fc.string(), { nil: undefined }),
    repostOf: fc.option(fc.array(text, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    summary: fc.option(
      fc.record({
        method: fc.constantFrom('extractive' as const, 'on-device' as const),
        lines: fc.array(text, { minLength: 1, maxLength: 5 }),
        descriptionKey: fc.constantFrom('1f-0a1b2c3d4e5f6a7b', '3a-00ff00ff00ff00ff'),
        version: fc.integer({ min: 1, max: 3 }),
      }),
      { nil: undefined },
    ),
    marks: fc.option(fc.record({ viewed: iso, applied: iso, reposted: iso }, { requiredKeys: [] }), { nil: undefined }),
  })
  .map((r) => {
    const seen = [...r.seen].sort();
    return {
      key: `${r.source}:${r.id}`,
      source: r.source,
      id: r.id,
      url: `https://jobs.example.test/${encodeURIComponent(r.id)}`,
      title: r.title,
      titleKey: '',
      ...(r.company === undefined ? {} : { company: r.company }),
      locations: r.locations,
      locationKey: '',
      ...(r.postedAt === undefined ? {} : { postedAt: r.postedAt }),
      ...(r.repostOf === undefined ? {} : { repostOf: r.repostOf }),
      firstSeen: seen[0],
      lastSeen: seen.at(-1),
      timesSeen: seen.length + r.extraTimes,
      sightings: seen,
      ...(r.score === undefined
        ? {}
        : {
            lastScore: { ...r.score, bandLabel: r.score.bandId, ghostWarning: r.score.value < 50, scoredAt: seen[0] },
          }),
      ...(r.savedAt === undefined ? {} : { saved: { at: r.savedAt } }),
      ...(r.summary === undefined ? {} : { summary: { ...r.summary, madeAt: seen[0] } }),
      ...(r.marks === undefined ? {} : { marks: r.marks }),
    };
  });
