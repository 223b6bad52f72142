import { describe, expect, it } from 'vitest';
import { daysAfter, freshStore, posting, staleDays } from './helpers';

const start = new Date('2026-01-01T00:00:00.000Z');

describe('prune', () => {
  it('removes unsaved postings not seen for the retention period and adjusts company figures', async () => {
    const store = await freshStore();
    await store.recordSighting(posting({ id: 'old' }), start, { staleDays });
    await store.recordSighting(posting({ id: 'old-saved', title: 'Designer' }), start, { staleDays });
    await store.setSaved('lever', 'old-saved', true, start);
    await store.recordSighting(posting({ id: 'recent', title: 'Writer' }), daysAfter(start, 300), { staleDays });
    await store.recordSighting(posting({ id: 'gone', company: 'Globex' }), daysAfter(start, 10), { staleDays });
    await store.recordSighting(posting({ id: 'anon', company: undefined }), start, { staleDays });

    const now = daysAfter(start, 400);
    expect(await store.prune(365, now)).toBe(3);
    expect(await store.counts()).toEqual({ postings: 2, saved: 1, companies: 1, hiddenJobs: 0 });
    expect(await store.getPosting('lever', 'old')).toBeUndefined();
    expect(await store.getPosting('lever', 'old-saved')).toBeDefined();
    expect(await store.getCompanyHistory('acme', now, { staleDays })).toMatchObject({ postingsObserved: 2 });
    expect(await store.getCompanyHistory('globex', now, { staleDays })).toBeUndefined();
    expect(await store.prune(365, now)).toBe(0);
  });

  it('keeps a posting seen exactly at the cutoff', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    expect(await store.prune(30, daysAfter(start, 30))).toBe(0);
    expect(await store.prune(30, new Date(daysAfter(start, 30).getTime() + 1))).toBe(1);
  });
});

describe('clearAll', () => {
  it('removes every posting and company, saved ones included', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    await store.setSaved('lever', 'abc', true, start);
    await store.clearAll();
    expect(await store.counts()).toEqual({ postings: 0, saved: 0, companies: 0, hiddenJobs: 0 });
    expect(await store.listSaved()).toEqual([]);
    const result = await store.recordSighting(posting(), daysAfter(start, 1), { staleDays });
    expect(result.posting.timesSeen).toBe(1);
  });
});
