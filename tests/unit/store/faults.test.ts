import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '@/lib/store';
import { STORAGE_FULL_PROBLEM } from '@/lib/store/faults';
import { daysAfter, posting, score, staleDays } from './helpers';

const start = new Date('2026-03-01T09:00:00.000Z');

/** A store whose database also holds records written behind its back, as a bug or a damaged disk would. */
async function storeWithDamage(write: (db: Awaited<ReturnType<typeof openDB>>) => Promise<unknown>) {
  const name = `faults-${crypto.randomUUID()}`;
  const setup = await openStore({ name });
  await setup.recordSighting(posting({ id: 'good' }), start, { staleDays });
  await setup.setSaved('lever', 'good', true, start);
  setup.close();
  const raw = await openDB(name);
  await write(raw);
  raw.close();
  return openStore({ name });
}

const damagedPosting = {
  key: 'lever:bad',
  source: 'lever',
  id: 'bad',
  url: 'https://jobs.lever.co/acme/bad',
  title: 'Engineer',
  titleKey: 'engineer',
  companyKey: 'acme',
  locations: [],
  locationKey: '',
  firstSeen: '2026-03-01T09:00:00.000Z',
  lastSeen: 'not a date',
  timesSeen: 1,
  sightings: [],
  saved: { at: '2026-03-01T09:00:00.000Z' },
};

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('damaged records', () => {
  it('are skipped on every read and reported once', async () => {
    const store = await storeWithDamage((db) => db.put('postings', damagedPosting));
    expect(await store.getPosting('lever', 'bad')).toBeUndefined();
    expect((await store.listSaved()).map((p) => p.id)).toEqual(['good']);
    expect(JSON.parse(await store.exportJson(start)).postings.map((p: { id: string }) => p.id)).toEqual(['good']);
    expect(await store.getCompanyHistory('acme', start, { staleDays })).toMatchObject({ postingsObserved: 1 });
    expect(store.problems()).toEqual(['Skipped a damaged posting record (lever:bad): lastSeen: Invalid ISO date']);
  });

  it('are replaced by a fresh record when the posting is seen again', async () => {
    const store = await storeWithDamage((db) => db.put('postings', damagedPosting));
    const result = await store.recordSighting(posting({ id: 'bad' }), daysAfter(start, 1), { staleDays });
    expect(result.problem).toBeUndefined();
    expect(result.posting).toMatchObject({ firstSeen: daysAfter(start, 1).toISOString(), timesSeen: 1 });
    expect(result.company).toMatchObject({ postingsObserved: 2 });
    expect(await store.getPosting('lever', 'bad')).toMatchObject({ timesSeen: 1 });
  });

  it('of a company are rebuilt by the next sighting', async () => {
    const store = await storeWithDamage((db) => db.put('companies', { key: 'acme', name: 42 }));
    expect(await store.getCompanyHistory('acme', start, { staleDays })).toBeUndefined();
    expect(store.problems()).toEqual([expect.stringMatching(/^Skipped a damaged company record \(acme\): name: /)]);
    const result = await store.recordSighting(posting({ id: 'next' }), start, { staleDays });
    expect(result.company).toMatchObject({ name: 'Acme, Inc.', postingsObserved: 2 });
  });

  it('that hardly look like postings are skipped too', async () => {
    const store = await storeWithDamage((db) => db.put('postings', { key: 'lever:zzz', title: ['?'] }));
    expect(await store.getPosting('lever', 'zzz')).toBeUndefined();
    expect(await store.counts()).toMatchObject({ postings: 2 });
    expect(store.problems()).toEqual([expect.stringMatching(/^Skipped a damaged posting record \(lever:zzz\): /)]);
  });
});

describe('write failures', () => {
  it('still give a history to score with when storage is full, and write nothing', async () => {
    const store = await openStore({ name: `quota-${crypto.randomUUID()}` });
    await store.recordSighting(posting(), start, { staleDays });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    const later = daysAfter(start, 2);
    const result = await store.recordSighting(posting({ id: 'new' }), later, { staleDays });
    expect(result).toEqual({
      posting: {
        firstSeen: later.toISOString(),
        lastSeen: later.toISOString(),
        timesSeen: 1,
        sightings: [later.toISOString()],
        repostsSeen: 0,
      },
      problem: STORAGE_FULL_PROBLEM,
    });
    const again = await store.recordSighting(posting(), later, { staleDays });
    expect(again).toMatchObject({ problem: STORAGE_FULL_PROBLEM, posting: { firstSeen: later.toISOString() } });
    expect(store.problems()).toEqual([STORAGE_FULL_PROBLEM]);
    put.mockRestore();
    expect(await store.counts()).toEqual({ postings: 1, saved: 0, companies: 1, hiddenJobs: 0 });
    expect((await store.getPosting('lever', 'abc'))?.timesSeen).toBe(1);
  });

  it('when the transaction aborts after the write, are caught and nothing is kept', async () => {
    const store = await openStore({ name: `abort-${crypto.randomUUID()}` });
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = original.apply(this, args);
      this.transaction.abort();
      return request;
    });
    const result = await store.recordSighting(posting(), start, { staleDays });
    expect(result.problem).toMatch(/^Still Hiring could not save its history \(.+\)\. Scores still work\.$/);
    expect(result.posting.timesSeen).toBe(1);
    vi.restoreAllMocks();
    expect(await store.counts()).toEqual({ postings: 0, saved: 0, companies: 0, hiddenJobs: 0 });
  });

  it('of a score are reported, not thrown', async () => {
    const store = await openStore({ name: `score-${crypto.randomUUID()}` });
    await store.recordSighting(posting(), start, { staleDays });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    await expect(store.recordScore('lever', 'abc', score(80, 'active'), start)).resolves.toBeUndefined();
    expect(store.problems()).toEqual([STORAGE_FULL_PROBLEM]);
  });

  it('during an import leave nothing imported', async () => {
    const source = await openStore({ name: `src-${crypto.randomUUID()}` });
    for (const id of ['a', 'b', 'c']) await source.recordSighting(posting({ id }), start, { staleDays });
    const text = await source.exportJson(start);
    const store = await openStore({ name: `dst-${crypto.randomUUID()}` });
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts === 3) quotaExceeded();
      return original.apply(this, args);
    });
    expect(await store.importJson(text)).toEqual({
      ok: false,
      error: "Your browser's storage is full. Free some space or clear old history, then try again.",
    });
    vi.restoreAllMocks();
    expect(await store.counts()).toEqual({ postings: 0, saved: 0, companies: 0, hiddenJobs: 0 });
  });
});
