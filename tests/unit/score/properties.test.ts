import fc from 'fast-check';
import { ATS_NAMES } from '@/lib/ats/types';
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
    employer: fc.oneof(
      fc.record({
        state: fc.constant('listed' as const),
        ats: fc.constantFrom(...ATS_NAMES),
        checkedAt: fc.constant(NOW.toISOString()),
      }),
      fc.record({
        state: fc.constantFrom('gone' as const, 'unknown' as const),
        ats: fc.constantFrom(...ATS_NAMES),
        checkedAt: fc.constant(NOW.toISOString()),
        reason: fc.constant('an answer'),
      }),
    ),
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

const signalIds = (result: { ghostSignals: { id: string }[] }) => result.ghostSignals.map((signal) => signal.id);

const sighting = (days: number): NonNullable<History['posting']> => ({
  firstSeen: iso(NOW.getTime() - days * DAY),
  lastSeen: NOW.toISOString(),
  timesSeen: 1,
  sightings: [],
  repostsSeen: 0,
});

const ACME: NonNullable<History['company']> = {
  key: 'acme',
  name: 'Acme',
  postingsObserved: 5,
  postingsSeenLast14Days: 0,
  reposts: 0,
  medianLifetimeDays: null,
  staleShare: null,
};

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
        const closed = score({ ...p, closed: { reason: 'Closed' } }, h, s);
        expect(signalIds(closed)).toContain('closed');
        expect(closed.value).toBeLessThanOrEqual(before);
        const relabelled = score({ ...p, reposted: { text: 'Reposted 1 day ago' } }, h, s);
        expect(signalIds(relabelled)).toContain('reposted');
        expect(relabelled.value).toBeLessThanOrEqual(before);
        if (h.posting) {
          const morePosts = score(p, { ...h, posting: { ...h.posting, repostsSeen: h.posting.repostsSeen + more } }, s);
          expect(signalIds(morePosts)).toContain('reposted');
          expect(morePosts.value).toBeLessThanOrEqual(before);
        }
        if (!findEvergreenPhrase(`${p.title}\n${p.descriptionText ?? ''}`)) {
          const phrase = `${p.descriptionText ?? ''} Join our talent community.`;
          const evergreen = score({ ...p, descriptionText: phrase }, h, s);
          expect(signalIds(evergreen)).toContain('evergreen');
          expect(evergreen.value).toBeLessThanOrEqual(before);
        }
      }),
    );
  });

  // The other four signals, each added by the one change that fires it, and checked to have fired. Where a change is
  // only tried on some postings (those without the signal yet), the test also checks that it was tried often.
  it('is never higher when the posting passes the stale point', () => {
    let tried = 0;
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, (p, h, s) => {
        const before = score(p, h, s);
        if (signalIds(before).includes('stale') || (!p.posted && !h.posting)) return;
        // Older by more than the stale point: the posted date and the first sighting alike.
        const days = s.staleDays + 1;
        const seen = h.posting && { ...h.posting, firstSeen: iso(Date.parse(h.posting.firstSeen) - days * DAY) };
        const after = score(older(p, days), seen ? { ...h, posting: seen } : h, s);
        expect(signalIds(after)).toContain('stale');
        expect(after.value).toBeLessThanOrEqual(before.value);
        tried++;
      }),
      { numRuns: 300 },
    );
    expect(tried).toBeGreaterThan(50);
  });

  it('is never higher when a full page becomes vague: no location and a short description', () => {
    let tried = 0;
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, (p, h, s) => {
        const page: Posting = { ...p, view: 'page' };
        const before = score(page, h, s);
        if (signalIds(before).includes('vague')) return;
        const short = page.descriptionText?.slice(0, 200).trim() || undefined;
        const vague: Posting = { ...page, locations: [], descriptionText: short };
        if (vague.workplace === 'remote') delete vague.workplace;
        if (vague.descriptionText === undefined) delete vague.descriptionText;
        const after = score(vague, h, s);
        // Cutting the text may drop a pipeline phrase it quoted: that removes a signal, so it is not this case.
        const kept = before.ghostSignals.every((b) =>
          after.ghostSignals.some((a) => a.id === b.id && a.severity === b.severity),
        );
        if (!kept) return;
        expect(signalIds(after)).toContain('vague');
        expect(after.value).toBeLessThanOrEqual(before.value);
        tried++;
      }),
      { numRuns: 300 },
    );
    expect(tried).toBeGreaterThan(50);
  });

  it('is never higher when an old posting shows many applicants', () => {
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, fc.integer({ min: 200, max: 5000 }), (p, h, s, count) => {
        // Old enough for many applicants to count (at least the stale point), open, no applicant count yet.
        const known = p.posted || h.posting ? h : { ...h, posting: sighting(0) };
        const seen = known.posting && {
          ...known.posting,
          firstSeen: iso(Date.parse(known.posting.firstSeen) - s.staleDays * DAY),
        };
        const history = { ...known, posting: seen };
        const { applicants: _applicants, closed: _closed, ...rest } = older(p, s.staleDays);
        const base: Posting = rest;
        const before = score(base, history, s);
        const after = score({ ...base, applicants: { count, atLeast: count % 2 === 0 } }, history, s);
        expect(signalIds(before)).not.toContain('applicants');
        expect(signalIds(after)).toContain('applicants');
        expect(after.value).toBeLessThanOrEqual(before.value);
      }),
      { numRuns: 300 },
    );
  });

  it("is never higher when the company's observed postings are mostly stale", () => {
    fc.assert(
      fc.property(
        postingArb,
        historyArb,
        settingsArb,
        fc.option(fc.double({ min: 0, max: 0.59, noNaN: true }), { nil: null }),
        fc.double({ min: 0.6, max: 1, noNaN: true }),
        (p, h, s, lowShare, highShare) => {
          // A company seen often enough for its stale share to count; only the share changes.
          const company = h.company ?? ACME;
          const seen = { ...company, postingsObserved: Math.max(5, company.postingsObserved) };
          const before = score(p, { ...h, company: { ...seen, staleShare: lowShare } }, s);
          const after = score(p, { ...h, company: { ...seen, staleShare: highShare } }, s);
          expect(signalIds(before)).not.toContain('company-stale');
          expect(signalIds(after)).toContain('company-stale');
          expect(after.value).toBeLessThanOrEqual(before.value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is never higher when the employer states a non-vacancy or its fill-by day passes; never lower for a stated vacancy', () => {
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, fc.integer({ min: 1, max: 400 }), (p, h, s, days) => {
        const before = score(p, h, s);
        const denied = score(
          { ...p, vacancy: { current: false, text: 'This posting is not for an existing vacancy.' } },
          h,
          s,
        );
        expect(signalIds(denied)).toContain('no-vacancy');
        expect(denied.ghostWarning).toBe(true);
        expect(denied.value).toBeLessThanOrEqual(before.value);
        const text = 'THIS POSTING IS FOR A CURRENT VACANCY AND THE EMPLOYER INTENDS TO FILL THIS POSITION BY (DATE).';
        const fillBy = (ms: number): Posting => ({ ...p, vacancy: { current: true, fillBy: iso(ms), text } });
        const ahead = score(fillBy(NOW.getTime() + days * DAY), h, s);
        const passed = score(fillBy(NOW.getTime() - (days + 1) * DAY), h, s);
        expect(ahead.value).toBeGreaterThanOrEqual(before.value);
        expect(signalIds(passed)).toContain('fill-by-passed');
        expect(passed.value).toBeLessThanOrEqual(before.value);
      }),
      { numRuns: 300 },
    );
  });

  it("is never higher when the employer's own site no longer lists it, and never lower when it still does", () => {
    fc.assert(
      fc.property(postingArb, historyArb, settingsArb, fc.constantFrom(...ATS_NAMES), (p, h, s, ats) => {
        const { employer: _checked, ...unchecked } = h;
        const checkedAt = NOW.toISOString();
        const before = score(p, unchecked, s);
        const gone = score(p, { ...unchecked, employer: { state: 'gone', ats, checkedAt, reason: '404' } }, s);
        expect(signalIds(gone)).toContain('gone');
        expect(gone.ghostWarning).toBe(true);
        expect(gone.value).toBeLessThanOrEqual(before.value);
        const listed = score(p, { ...unchecked, employer: { state: 'listed', ats, checkedAt } }, s);
        expect(listed.value).toBeGreaterThanOrEqual(before.value);
        const unknown = score(p, { ...unchecked, employer: { state: 'unknown', checkedAt, reason: 'offline' } }, s);
        expect(unknown.value).toBe(before.value);
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
