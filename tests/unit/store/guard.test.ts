import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStoredPosting } from '@/lib/store/guard';
import { StoredPostingSchema } from '@/lib/store/schema';
import { storedPosting } from './arbitraries';

/** Places a damaged record can be damaged in, nested ones included. */
const PATHS = [
  ['key'],
  ['source'],
  ['id'],
  ['url'],
  ['title'],
  ['titleKey'],
  ['company'],
  ['companyKey'],
  ['locations'],
  ['locations', 0],
  ['locationKey'],
  ['postedAt'],
  ['firstSeen'],
  ['lastSeen'],
  ['timesSeen'],
  ['sightings'],
  ['sightings', 0],
  ['repostOf'],
  ['repostOf', 0],
  ['lastScore'],
  ['lastScore', 'value'],
  ['lastScore', 'bandId'],
  ['lastScore', 'bandLabel'],
  ['lastScore', 'ghostWarning'],
  ['lastScore', 'topReason'],
  ['lastScore', 'scoredAt'],
  ['saved'],
  ['saved', 'at'],
  ['summary'],
  ['summary', 'method'],
  ['summary', 'lines'],
  ['summary', 'lines', 0],
  ['summary', 'descriptionKey'],
  ['summary', 'version'],
  ['summary', 'madeAt'],
  ['marks'],
  ['marks', 'viewed'],
  ['marks', 'reposted'],
] as const;

const ODD_VALUES = [
  undefined,
  null,
  '',
  'x',
  'lever',
  'ghost',
  0,
  -1,
  1.5,
  101,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  true,
  [],
  ['x'],
  [''],
  {},
  { at: 'x' },
  'javascript:alert(1)',
  'https://jobs.example.test/x',
  '2026-02-31T00:00:00Z',
  '2026-03-01T09:00:00+01:00',
  '2026-03-01T09:00:00',
  '2024-02-29T00:00:00.000Z',
  '1999-01-01T00:00:00.000Z',
  Array.from({ length: 51 }, () => '2026-03-01T09:00:00.000Z'),
  Array.from({ length: 6 }, () => 'A line'),
  ['x'.repeat(301)],
  'on-device',
];

function damaged(record: object, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) {
    const next = target[step];
    if (typeof next !== 'object' || next === null) return copy;
    target = next as Record<string | number, unknown>;
  }
  target[path.at(-1) as string | number] = value;
  return copy;
}

describe('the fast read check', () => {
  it('accepts every valid record', () => {
    fc.assert(
      fc.property(storedPosting, (record) => {
        expect(StoredPostingSchema.safeParse(record).success).toBe(true);
        expect(isStoredPosting(record)).toBe(true);
      }),
    );
  });

  it('gives the schema’s verdict on damaged records', () => {
    fc.assert(
      fc.property(
        storedPosting,
        fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...ODD_VALUES)), { minLength: 1, maxLength: 3 }),
        (record, damages) => {
          const broken = damages.reduce<unknown>((r, [path, value]) => damaged(r as object, path, value), record);
          expect(isStoredPosting(broken)).toBe(StoredPostingSchema.safeParse(broken).success);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not a record at all', () => {
    for (const value of [undefined, null, 'lever:abc', 42, [], [{}]]) {
      expect(isStoredPosting(value)).toBe(false);
      expect(StoredPostingSchema.safeParse(value).success).toBe(false);
    }
  });
});
