import { describe, expect, it } from 'vitest';
import { daysAfter, freshStore, posting, staleDays } from './helpers';

const start = new Date('2026-03-01T09:00:00.000Z');

describe('recordSighting', () => {
  it('records a first sighting', async () => {
    const store = await freshStore();
    const result = await store.recordSighting(posting(), start, { staleDays });
    expect(result.problem).toBeUndefined();
    expect(result.posting).toEqual({
      firstSeen: start.toISOString(),
      lastSeen: start.toISOString(),
      timesSeen: 1,
      sightings: [start.toISOString()],
      repostsSeen: 0,
    });
    expect(result.company).toEqual({
      key: 'acme',
      name: 'Acme, Inc.',
      postingsObserved: 1,
      postingsSeenLast14Days: 1,
      reposts: 0,
      medianLifetimeDays: null,
      staleShare: 0,
    });
    const stored = await store.getPosting('lever', 'abc');
    expect(stored).toMatchObject({
      key: 'lever:abc',
      title: 'Senior Engineer',
      titleKey: 'senior engineer',
      companyKey: 'acme',
      locationKey: 'paris',
      timesSeen: 1,
    });
  });

  it('says whether the user saved the posting, so no second read is needed', async () => {
    const store = await freshStore();
    expect((await store.recordSighting(posting(), start, { staleDays })).saved).toBe(false);
    await store.setSaved('lever', posting().id, true, start);
    expect((await store.recordSighting(posting(), daysAfter(start, 1), { staleDays })).saved).toBe(true);
    const [read] = await store.readSightings([posting()], daysAfter(start, 1), { staleDays });
    expect(read?.saved).toBe(true);
  });

  it('keeps first seen and moves last seen on later sightings', async () => {
    const store = await freshStore();
    const later = new Date(start.getTime() + (3 * 24 + 12) * 3_600_000);
    await store.recordSighting(posting(), start, { staleDays });
    const result = await store.recordSighting(posting({ title: 'Senior Engineer II' }), later, { staleDays });
    expect(result.posting).toMatchObject({
      firstSeen: start.toISOString(),
      lastSeen: later.toISOString(),
      timesSeen: 2,
      sightings: [start.toISOString(), later.toISOString()],
    });
    expect(result.company).toMatchObject({ postingsObserved: 1, medianLifetimeDays: null });
    expect((await store.getPosting('lever', 'abc'))?.title).toBe('Senior Engineer II');
  });

  it('keeps the last 50 sightings, oldest first', async () => {
    const store = await freshStore();
    for (let day = 0; day < 55; day++) await store.recordSighting(posting(), daysAfter(start, day), { staleDays });
    const stored = await store.getPosting('lever', 'abc');
    expect(stored?.timesSeen).toBe(55);
    expect(stored?.sightings).toHaveLength(50);
    expect(stored?.sightings[0]).toBe(daysAfter(start, 5).toISOString());
    expect(stored?.sightings.at(-1)).toBe(daysAfter(start, 54).toISOString());
    expect(stored?.firstSeen).toBe(start.toISOString());
  });

  it('estimates the posted date and never lets an open-ended range push it later', async () => {
    const store = await freshStore();
    const exact = posting({ posted: { kind: 'exact', date: '2026-02-20T00:00:00Z' } });
    await store.recordSighting(exact, start, { staleDays });
    expect((await store.getPosting('lever', 'abc'))?.postedAt).toBe('2026-02-20T00:00:00.000Z');
    const openEnded = posting({
      posted: {
        kind: 'range',
        text: 'Posted 30+ Days Ago',
        latest: daysAfter(start, 10).toISOString(),
        precision: 'day',
      },
    });
    await store.recordSighting(openEnded, daysAfter(start, 40), { staleDays });
    expect((await store.getPosting('lever', 'abc'))?.postedAt).toBe('2026-02-20T00:00:00.000Z');
  });

  it('records a posting without a company, with no company history', async () => {
    const store = await freshStore();
    const result = await store.recordSighting(posting({ company: undefined }), start, { staleDays });
    expect(result.company).toBeUndefined();
    expect(result.posting.timesSeen).toBe(1);
    expect(await store.counts()).toEqual({ postings: 1, saved: 0, companies: 0, hiddenJobs: 0 });
  });

  it('records a company name without letters or digits as no company', async () => {
    const store = await freshStore();
    const result = await store.recordSighting(posting({ company: '***' }), start, { staleDays });
    expect(result.company).toBeUndefined();
    expect(await store.getPosting('lever', 'abc')).toMatchObject({ company: '***', timesSeen: 1 });
    expect(store.problems()).toEqual([]);
  });

  it('keeps the company a posting was first seen under', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    const result = await store.recordSighting(posting({ company: 'Globex' }), daysAfter(start, 1), { staleDays });
    expect(result.company?.key).toBe('acme');
    expect(result.company?.name).toBe('Globex');
    expect(await store.counts()).toMatchObject({ companies: 1 });
  });
});

describe('reposts', () => {
  it('detects the same title and location under a new id within 90 days', async () => {
    const store = await freshStore();
    await store.recordSighting(posting({ id: 'old', title: 'Senior Engineer!' }), start, { staleDays });
    await store.recordSighting(posting({ id: 'other', title: 'Designer' }), start, { staleDays });
    const result = await store.recordSighting(
      posting({ id: 'new', title: 'senior engineer', company: 'ACME' }),
      daysAfter(start, 30),
      { staleDays },
    );
    expect(result.posting.repostsSeen).toBe(1);
    expect(result.company).toMatchObject({ postingsObserved: 3, reposts: 1 });
    expect((await store.getPosting('lever', 'new'))?.repostOf).toEqual(['lever:old']);
    // Seeing it again does not count the repost twice.
    const again = await store.recordSighting(posting({ id: 'new' }), daysAfter(start, 31), { staleDays });
    expect(again.posting.repostsSeen).toBe(1);
    expect(again.company?.reposts).toBe(1);
  });

  it('ignores a match first seen more than 90 days before, or in another location', async () => {
    const store = await freshStore();
    await store.recordSighting(posting({ id: 'old' }), start, { staleDays });
    await store.recordSighting(posting({ id: 'berlin', locations: ['Berlin'] }), daysAfter(start, 95), { staleDays });
    const result = await store.recordSighting(posting({ id: 'new' }), daysAfter(start, 91), { staleDays });
    expect(result.posting.repostsSeen).toBe(0);
    expect(result.company?.reposts).toBe(0);
  });

  it('counts only postings of the same site: the same role on Lever and on LinkedIn is one job listed twice', async () => {
    const store = await freshStore();
    const onLinkedIn = posting({
      source: 'linkedin',
      id: '4000000001',
      url: 'https://www.linkedin.com/jobs/view/4000000001/',
    });
    await store.recordSighting(onLinkedIn, start, { staleDays });
    const onLever = await store.recordSighting(posting({ id: 'lever-1' }), daysAfter(start, 5), { staleDays });
    expect(onLever.posting.repostsSeen).toBe(0);
    expect(onLever.company).toMatchObject({ postingsObserved: 2, reposts: 0 });
    expect((await store.getPosting('lever', 'lever-1'))?.repostOf).toBeUndefined();
    // A new Lever id for the same role is still a repost of the Lever one, and of it alone.
    const again = await store.recordSighting(posting({ id: 'lever-2' }), daysAfter(start, 10), { staleDays });
    expect(again.posting.repostsSeen).toBe(1);
    expect((await store.getPosting('lever', 'lever-2'))?.repostOf).toEqual(['lever:lever-1']);
  });

  it('does not count two listings first seen at once as reposts', async () => {
    const store = await freshStore();
    await store.recordSighting(posting({ id: 'a' }), start, { staleDays });
    const result = await store.recordSighting(posting({ id: 'b' }), start, { staleDays });
    expect(result.posting.repostsSeen).toBe(0);
  });
});

describe('company history', () => {
  it('counts recent postings, the median lifetime and the stale share', async () => {
    const store = await freshStore();
    const now = daysAfter(start, 100);
    // Up from day 0 to day 80 with no posted date: stale when last seen (80 days > 60).
    await store.recordSighting(posting({ id: 'long' }), start, { staleDays });
    await store.recordSighting(posting({ id: 'long' }), daysAfter(start, 80), { staleDays });
    // Posted 70 days before it was first seen: stale at once.
    const oldPosted = posting({ id: 'old', title: 'Writer', posted: { kind: 'exact', date: start.toISOString() } });
    await store.recordSighting(oldPosted, daysAfter(start, 70), { staleDays });
    // Seen on day 90 and day 96: fresh and recent.
    await store.recordSighting(posting({ id: 'fresh', title: 'Designer' }), daysAfter(start, 90), { staleDays });
    await store.recordSighting(posting({ id: 'fresh', title: 'Designer' }), daysAfter(start, 96), { staleDays });

    const history = await store.getCompanyHistory('acme', now, { staleDays });
    expect(history).toEqual({
      key: 'acme',
      name: 'Acme, Inc.',
      postingsObserved: 3,
      postingsSeenLast14Days: 1,
      reposts: 0,
      medianLifetimeDays: 6,
      staleShare: 2 / 3,
    });
  });

  it('is undefined for an unknown company', async () => {
    const store = await freshStore();
    expect(await store.getCompanyHistory('nobody', start, { staleDays })).toBeUndefined();
  });
});

describe('many tabs at once', () => {
  it('loses no update among 20 concurrent sightings of the same and of different postings', async () => {
    const store = await freshStore();
    const calls = Array.from({ length: 20 }, (_, i) => {
      const p = i % 2 === 0 ? posting({ id: 'same' }) : posting({ id: `other-${i}`, title: `Role ${i}` });
      return store.recordSighting(p, new Date(start.getTime() + i * 1000), { staleDays });
    });
    const results = await Promise.all(calls);
    expect(results.every((r) => r.problem === undefined)).toBe(true);
    const same = await store.getPosting('lever', 'same');
    expect(same?.timesSeen).toBe(10);
    expect(same?.sightings).toHaveLength(10);
    expect(same?.firstSeen).toBe(start.toISOString());
    expect(same?.lastSeen).toBe(new Date(start.getTime() + 18_000).toISOString());
    expect(await store.getCompanyHistory('acme', start, { staleDays })).toMatchObject({ postingsObserved: 11 });
    expect(await store.counts()).toEqual({ postings: 11, saved: 0, companies: 1, hiddenJobs: 0 });
    // Each call saw every sighting committed before it, and the counts only went up.
    const counts = results.map((r) => r.company?.postingsObserved ?? 0);
    expect(Math.max(...counts)).toBe(11);
    expect(results.filter((_, i) => i % 2 === 0).map((r) => r.posting.timesSeen)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('counts 20 concurrent sightings at the same instant', async () => {
    const store = await freshStore();
    await Promise.all(Array.from({ length: 20 }, () => store.recordSighting(posting(), start, { staleDays })));
    expect((await store.getPosting('lever', 'abc'))?.timesSeen).toBe(20);
  });
});
