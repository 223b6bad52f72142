import fc from 'fast-check';
import type { History } from '@/lib/history';
import { EVIDENCE_KINDS, type Posted, type Posting } from '@/lib/posting';
import { SOURCES } from '@/lib/posting-keys';
import { scorePosting } from '@/lib/score';
import type { Settings } from '@/lib/settings';
import { BAND_IDS, DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { findEvergreenPhrase } from '@/lib/text/evergreen';
import { NOW, posting } from './fixtures';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

const SENTENCES = [
  'You will build and run the services behind our checkout.',
  'Our stack is Python, Go, PostgreSQL and Kubernetes on AWS.',
  'We use React, TypeScript and GraphQL on the front end.',
  'You have 5+ years of experience and a degree in computer science.',
  'Experience with Salesforce, HubSpot and B2B sales is a plus.',
  'We offer a calm on-call rotation and room for deep work.',
  'BLS certification and Epic EHR experience required.',
  'Join our talent community to hear about future opportunities.',
  'This is not a current vacancy.',
  'Short.',
];

const description = fc.option(
  fc.array(fc.constantFrom(...SENTENCES), { maxLength: 40 }).map((parts) => parts.join(' ')),
  { nil: undefined },
);

const posted: fc.Arbitrary<Posted | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .integer({ min: 0, max: 500 * 24 })
    .map((hours): Posted => ({ kind: 'exact', date: iso(NOW.getTime() - hours * 3_600_000) })),
  fc
    .record({
      days: fc.integer({ min: 0, max: 400 }),
      open: fc.boolean(),
      precision: fc.constantFrom('day', 'week', 'month'),
    })
    .map(({ days, open, precision }): Posted => {
      const range: Posted = {
        kind: 'range',
        text: 'some days ago',
        latest: iso(NOW.getTime() - days * DAY),
        precision,
      };
      return open ? range : { ...range, earliest: iso(NOW.getTime() - (days + 7) * DAY) };
    }),
);

const postingArb: fc.Arbitrary<Posting> = fc
  .record({
    source: fc.constantFrom(...SOURCES),
    view: fc.constantFrom('page', 'card'),
    company: fc.option(fc.constantFrom('Spotify', 'Acme', 'Doctolib'), { nil: undefined }),
    locations: fc.array(fc.constantFrom('London', 'Paris', 'Remote'), { maxLength: 2 }),
    workplace: fc.option(fc.constantFrom('onsite', 'hybrid', 'remote'), { nil: undefined }),
    descriptionText: description,
    skills: fc.array(fc.constantFrom('Python', 'Leadership', 'Excel'), { maxLength: 3 }),
    salary: fc.option(fc.constant({ min: 50_000, currency: 'EUR' }), { nil: undefined }),
    posted,
    reposted: fc.option(fc.constant({ text: 'Reposted 2 weeks ago' }), { nil: undefined }),
    applicants: fc.option(fc.record({ count: fc.integer({ min: 0, max: 2000 }), atLeast: fc.boolean() }), {
      nil: undefined,
    }),
    closed: fc.option(fc.constant({ reason: 'No longer accepting applications' }), { nil: undefined }),
    flags: fc.record({ promoted: fc.boolean(), activelyReviewing: fc.boolean() }),
    evidence: fc.record({ posted: fc.constantFrom(...EVIDENCE_KINDS) }),
  })
  .map((fields) => {
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    return posting(defined);
  });

const historyArb: fc.Arbitrary<History> = fc.record(
  {
    posting: fc.record({
      firstSeen: fc.integer({ min: 0, max: 400 }).map((days) => iso(NOW.getTime() - days * DAY)),
      lastSeen: fc.constant(NOW.toISOString()),
      timesSeen: fc.integer({ min: 1, max: 50 }),
      sightings: fc.constant([]),
      repostsSeen: fc.integer({ min: 0, max: 5 }),
    }),
    company: fc.record({
      key: fc.constant('acme'),
      name: fc.constant('Acme'),
      postingsObserved: fc.integer({ min: 0, max: 40 }),
      postingsSeenLast14Days: fc.integer({ min: 0, max: 20 }),
      reposts: fc.integer({ min: 0, max: 10 }),
      medianLifetimeDays: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
      staleShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    }),
  },
  { requiredKeys: [] },
);

/** Valid thresholds: four distinct lower bounds, descending, the lowest at least 1. */
const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    bounds: fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }),
    ghostThreshold: fc.integer({ min: 0, max: 100 }),
    staleDays: fc.integer({ min: 7, max: 365 }),
  })
  .map(({ bounds, ghostThreshold, staleDays }) => {
    const [active, likely, uncertain, stale] = [...bounds].sort((a, b) => b - a) as [number, number, number, number];
    return { ...DEFAULT_SETTINGS, bands: { active, likely, uncertain, stale }, ghostThreshold, staleDays };
  });

const score = (p: Posting, h: History, s: Settings) => scorePosting(p, h, s, NOW);

function older(p: Posting, days: number): Posting {
  const shift = (date: string) => iso(Date.parse(date) - days * DAY);
  if (!p.posted) return p;
  if (p.posted.kind === 'exact') return { ...p, posted: { ...p.posted, date: shift(p.posted.date) } };
  const range = { ...p.posted, latest: shift(p.posted.latest) };
  if (p.posted.earliest !== undefined) range.earliest = shift(p.posted.earliest);
  return { ...p, posted: range };
}

describe('score properties', () => {
  it('is always an integer from 0 to 100 whose factors add up to it, unless clamped', () => {
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, (p, h, s) => {
        const { value, factors } = score(p, h, s);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
        const sum = factors.reduce((total, f) => total + f.points, 0);
        expect(value).toBe(Math.max(0, Math.min(100, sum)));
      }),
    );
  });

  it('is never higher for an older posting, all else equal', () => {
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, fc.integer({ min: 1, max: 400 }), (p, h, s, days) => {
        expect(score(older(p, days), h, s).value).toBeLessThanOrEqual(score(p, h, s).value);
      }),
    );
  });

  it('is never higher when a ghost signal is added', () => {
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, fc.integer({ min: 1, max: 4 }), (p, h, s, more) => {
        const before = score(p, h, s).value;
        expect(score({ ...p, closed: { reason: 'Closed' } }, h, s).value).toBeLessThanOrEqual(before);
        expect(score({ ...p, reposted: { text: 'Reposted 1 day ago' } }, h, s).value).toBeLessThanOrEqual(before);
        if (h.posting) {
          const morePosts = { ...h, posting: { ...h.posting, repostsSeen: h.posting.repostsSeen + more } };
          expect(score(p, morePosts, s).value).toBeLessThanOrEqual(before);
        }
        if (!findEvergreenPhrase(`${p.title}\n${p.descriptionText ?? ''}`)) {
          const phrase = `${p.descriptionText ?? ''} Join our talent community.`;
          expect(score({ ...p, descriptionText: phrase }, h, s).value).toBeLessThanOrEqual(before);
        }
      }),
    );
  });

  it('puts the value in the band its thresholds say', () => {
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, (p, h, s) => {
        const { value, band } = score(p, h, s);
        expect(value).toBeGreaterThanOrEqual(band.min);
        expect(value).toBeLessThanOrEqual(band.max);
        const expected = BAND_IDS.find((id) => id === 'ghost' || value >= s.bands[id]);
        expect(band.id).toBe(expected);
      }),
    );
  });

  it('gives the same answer for the same inputs', () => {
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, (p, h, s) => {
        expect(score(structuredClone(p), structuredClone(h), structuredClone(s))).toEqual(score(p, h, s));
      }),
    );
  });
});
