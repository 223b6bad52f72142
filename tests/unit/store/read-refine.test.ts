import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '@/lib/store';
import { STORAGE_FULL_PROBLEM } from '@/lib/store/faults';
import { daysAfter, freshStore, posting, staleDays } from './helpers';

const start = new Date('2026-03-01T09:00:00.000Z');

const onLinkedIn = (id: string) =>
  posting({ source: 'linkedin', id, url: `https://www.linkedin.com/jobs/view/${id}/` });

describe('readSightings', () => {
  it('gives the histories as recorded and records nothing', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    const recorded = await store.recordSighting(posting(), daysAfter(start, 2), { staleDays });
    await store.recordSighting(posting({ id: 'other', title: 'Designer' }), start, { staleDays });
    const before = await store.exportJson(start);

    const now = daysAfter(start, 2);
    const read = await store.readSightings([posting(), posting({ id: 'unknown' })], now, { staleDays });
    const company = await store.getCompanyHistory('acme', now, { staleDays });
    expect(company?.postingsObserved).toBe(2);
    expect(read).toEqual([
      { posting: recorded.posting, company, saved: false, marks: { viewed: start.toISOString() } },
      undefined,
    ]);
    expect(await store.exportJson(start)).toBe(before);
    expect((await store.getPosting('lever', 'abc'))?.timesSeen).toBe(2);
  });

  it('computes the company figures with the staleDays it is given', async () => {
    const store = await freshStore();
    // Posted 30 days before it was seen: stale past a 20-day stale point, not past a 60-day one.
    const posted = posting({ posted: { kind: 'exact', date: start.toISOString() } });
    const seenAt = daysAfter(start, 30);
    await store.recordSighting(posted, seenAt, { staleDays });
    const [at60] = await store.readSightings([posted], seenAt, { staleDays: 60 });
    const [at20] = await store.readSightings([posted], seenAt, { staleDays: 20 });
    expect(at60?.company?.staleShare).toBe(0);
    expect(at20?.company?.staleShare).toBe(1);
  });

  it('is empty for no postings', async () => {
    const store = await freshStore();
    expect(await store.readSightings([], start, { staleDays })).toEqual([]);
  });
});

describe('refinePosting', () => {
  it("writes what the site's API improved without counting a sighting", async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    await store.setSaved('lever', 'abc', true, start);
    const before = await store.getPosting('lever', 'abc');
    expect(before?.postedAt).toBeUndefined();

    const postedAt = '2026-02-10T15:30:00.000Z';
    const fromApi = posting({ posted: { kind: 'exact', date: postedAt }, locations: ['Paris', 'Remote'] });
    await store.refinePosting(fromApi, daysAfter(start, 0.001));
    const after = await store.getPosting('lever', 'abc');
    expect(after).toEqual({ ...before, postedAt, locations: ['Paris', 'Remote'], locationKey: 'paris | remote' });
    expect(store.problems()).toEqual([]);
    expect((await store.listSaved({ sort: 'posted' }))[0]?.postedAt).toBe(postedAt);
  });

  it('leaves a posting it never recorded unrecorded', async () => {
    const store = await freshStore();
    await store.refinePosting(posting(), start);
    expect(await store.counts()).toEqual({ postings: 0, saved: 0, companies: 0, hiddenJobs: 0 });
  });

  it('reports a failed write instead of throwing', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.refinePosting(posting({ title: 'Staff Engineer' }), start)).resolves.toBeUndefined();
    put.mockRestore();
    expect(store.problems()).toEqual([STORAGE_FULL_PROBLEM]);
    expect((await store.getPosting('lever', 'abc'))?.title).toBe('Senior Engineer');
  });
});

describe('reposts across sites', () => {
  it('written by an earlier version are dropped when the posting is seen again', async () => {
    const name = `sites-${crypto.randomUUID()}`;
    const setup = await openStore({ name });
    await setup.recordSighting(onLinkedIn('4000000001'), start, { staleDays });
    await setup.recordSighting(posting(), daysAfter(start, 1), { staleDays });
    setup.close();
    const raw = await openDB(name);
    const record = await raw.get('postings', 'lever:abc');
    await raw.put('postings', { ...record, repostOf: ['linkedin:4000000001'] });
    raw.close();

    const store = await openStore({ name });
    const result = await store.recordSighting(posting(), daysAfter(start, 2), { staleDays });
    expect(result.posting.repostsSeen).toBe(0);
    expect(result.company?.reposts).toBe(0);
    expect((await store.getPosting('lever', 'abc'))?.repostOf).toBeUndefined();
  });

  it('are not found among imported postings either', async () => {
    const source = await freshStore();
    await source.recordSighting(onLinkedIn('4000000001'), start, { staleDays });
    await source.recordSighting(posting(), daysAfter(start, 1), { staleDays });
    await source.recordSighting(posting({ id: 'again' }), daysAfter(start, 2), { staleDays });
    const store = await freshStore();
    expect(await store.importJson(await source.exportJson(start))).toMatchObject({ ok: true, postings: 3 });
    expect((await store.getPosting('lever', 'abc'))?.repostOf).toBeUndefined();
    expect((await store.getPosting('lever', 'again'))?.repostOf).toEqual(['lever:abc']);
    expect(await store.getCompanyHistory('acme', start, { staleDays })).toMatchObject({ reposts: 1 });
  });
});
