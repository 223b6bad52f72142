import { describe, expect, it } from 'vitest';
import { mergePostings } from '@/lib/store/merge';
import { normalizeRecord } from '@/lib/store/records';
import type { StoredPosting } from '@/lib/store/types';
import { daysAfter, freshStore, posting, staleDays } from './helpers';

/** What the store keeps for the job lists' rules: each job's marks, and the jobs the user hid. */

const start = new Date('2026-03-01T09:00:00.000Z');
const at = (days: number) => daysAfter(start, days).toISOString();

const card = (overrides: Parameters<typeof posting>[0] = {}) =>
  posting({
    source: 'linkedin',
    id: '4400000101',
    url: 'https://www.linkedin.com/jobs/view/4400000101/',
    view: 'card',
    ...overrides,
  });

describe('marks', () => {
  it('are dated at the first sighting that said each, and kept by the ones that say nothing', async () => {
    const store = await freshStore();
    expect((await store.recordSighting(card(), start, { staleDays })).marks).toBeUndefined();
    await store.recordSighting(card({ flags: { viewed: true } }), daysAfter(start, 1), { staleDays });
    await store.recordSighting(card({ view: 'page', flags: { applied: true } }), daysAfter(start, 2), { staleDays });
    await store.recordSighting(card({ reposted: { text: 'Reposted 1 day ago' } }), daysAfter(start, 3), { staleDays });
    const last = await store.recordSighting(card(), daysAfter(start, 4), { staleDays });
    expect(last.marks).toEqual({ viewed: at(1), applied: at(2), reposted: at(3) });
    expect((await store.getPosting('linkedin', '4400000101'))?.marks).toEqual(last.marks);
    const [read] = await store.readSightings([card()], daysAfter(start, 5), { staleDays });
    expect(read?.marks).toEqual(last.marks);
  });

  it('say viewed for a posting opened as a page', async () => {
    const store = await freshStore();
    expect((await store.recordSighting(posting(), start, { staleDays })).marks).toEqual({ viewed: at(0) });
  });

  it('merge to the earlier date of each side, and normalise to UTC', () => {
    const record = (marks: StoredPosting['marks']): StoredPosting =>
      normalizeRecord({
        key: 'lever:a',
        source: 'lever',
        id: 'a',
        url: 'https://jobs.lever.co/acme/a',
        title: 'Engineer',
        titleKey: '',
        locations: [],
        locationKey: '',
        firstSeen: at(0),
        lastSeen: at(5),
        timesSeen: 2,
        sightings: [at(0), at(5)],
        ...(marks ? { marks } : {}),
      });
    expect(record({ viewed: '2026-03-02T10:00:00+01:00' }).marks).toEqual({ viewed: '2026-03-02T09:00:00.000Z' });
    const merged = mergePostings(record({ viewed: at(3), applied: at(4) }), record({ viewed: at(1), reposted: at(2) }));
    expect(merged.marks).toEqual({ viewed: at(1), applied: at(4), reposted: at(2) });
    expect(mergePostings(record(undefined), record(undefined)).marks).toBeUndefined();
  });
});

describe('hidden jobs', () => {
  it('are kept with what the options page shows, listed latest first, hidden once, and shown again', async () => {
    const store = await freshStore();
    await store.recordSighting(card(), start, { staleDays });
    await store.recordSighting(card({ id: '4400000102', title: 'Analyst', company: undefined }), start, { staleDays });
    expect(await store.setHidden('linkedin', '4400000101', true, daysAfter(start, 1))).toEqual({
      ok: true,
      job: {
        key: 'linkedin:4400000101',
        source: 'linkedin',
        id: '4400000101',
        title: 'Senior Engineer',
        company: 'Acme, Inc.',
        url: 'https://www.linkedin.com/jobs/view/4400000101/',
        hiddenAt: at(1),
      },
    });
    await store.setHidden('linkedin', '4400000102', true, daysAfter(start, 2));
    // Hiding it again keeps the first date.
    await store.setHidden('linkedin', '4400000101', true, daysAfter(start, 3));
    expect((await store.listHidden()).map((job) => [job.id, job.hiddenAt])).toEqual([
      ['4400000102', at(2)],
      ['4400000101', at(1)],
    ]);
    expect((await store.recordSighting(card(), daysAfter(start, 4), { staleDays })).hidden).toBe(true);
    expect(await store.counts()).toMatchObject({ hiddenJobs: 2 });
    expect(await store.setHidden('linkedin', '4400000101', false, daysAfter(start, 5))).toEqual({ ok: true });
    expect((await store.recordSighting(card(), daysAfter(start, 6), { staleDays })).hidden).toBeUndefined();
  });

  it('cannot hide a job never recorded', async () => {
    const store = await freshStore();
    expect(await store.setHidden('linkedin', '1234567', true, start)).toEqual({
      ok: false,
      error: 'Still Hiring has not recorded this job yet, so it cannot hide it.',
    });
  });

  it('outlive the retention of their postings, and go with "clear all data"', async () => {
    const store = await freshStore();
    await store.recordSighting(card(), start, { staleDays });
    await store.setHidden('linkedin', '4400000101', true, start);
    expect(await store.prune(30, daysAfter(start, 60))).toBe(1);
    expect((await store.listHidden()).map((job) => job.title)).toEqual(['Senior Engineer']);
    await store.clearAll();
    expect(await store.listHidden()).toEqual([]);
  });

  it('travel in the export and merge on import, the earlier date kept, the same file twice changing nothing', async () => {
    const theirs = await freshStore();
    await theirs.recordSighting(card(), start, { staleDays });
    await theirs.setHidden('linkedin', '4400000101', true, daysAfter(start, 1));
    const file = await theirs.exportJson(start);
    const mine = await freshStore();
    await mine.recordSighting(card(), start, { staleDays });
    await mine.setHidden('linkedin', '4400000101', true, daysAfter(start, 2));
    expect(await mine.importJson(file)).toMatchObject({ ok: true, hiddenJobs: 1 });
    const once = await mine.exportJson(start);
    expect(await mine.importJson(file)).toMatchObject({ ok: true, hiddenJobs: 1 });
    expect(await mine.exportJson(start)).toBe(once);
    expect((await mine.listHidden()).map((job) => job.hiddenAt)).toEqual([at(1)]);
  });
});
