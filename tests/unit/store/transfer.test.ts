import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportFile, StoredPosting } from '@/lib/store';
import { storedPosting } from './arbitraries';
import { daysAfter, freshStore, posting, score, staleDays } from './helpers';

const start = new Date('2026-03-01T09:00:00.000Z');
const exportedAt = new Date('2026-06-01T00:00:00.000Z');

async function filledStore() {
  const store = await freshStore();
  await store.recordSighting(posting({ id: 'a' }), start, { staleDays });
  await store.recordSighting(posting({ id: 'a' }), daysAfter(start, 2), { staleDays });
  await store.recordScore('lever', 'a', score(70, 'likely'), daysAfter(start, 2));
  await store.setSaved('lever', 'a', true, daysAfter(start, 3));
  await store.recordSighting(posting({ id: 'b', company: 'Globex', title: 'Designer' }), start, { staleDays });
  await store.recordSighting(posting({ id: 'c', company: undefined }), start, { staleDays });
  return store;
}

const fileOf = (postings: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'still-hiring-export',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    postings,
    ...extra,
  });

describe('export', () => {
  it('writes the documented, versioned format with every posting and company', async () => {
    const store = await filledStore();
    const file = JSON.parse(await store.exportJson(exportedAt)) as ExportFile;
    expect(file.format).toBe('still-hiring-export');
    expect(file.version).toBe(2);
    expect(file.exportedAt).toBe(exportedAt.toISOString());
    expect(file.postings.map((p) => p.key)).toEqual(['lever:a', 'lever:b', 'lever:c']);
    expect(file.postings[0]).toMatchObject({ timesSeen: 2, saved: { at: daysAfter(start, 3).toISOString() } });
    expect(file.companies?.map((c) => [c.key, c.postingsObserved])).toEqual([
      ['acme', 1],
      ['globex', 1],
    ]);
  });
});

describe('import refuses a bad file as a whole', () => {
  async function refused(text: string) {
    const store = await filledStore();
    const before = await store.exportJson(exportedAt);
    const result = await store.importJson(text);
    expect(await store.exportJson(exportedAt)).toBe(before);
    return result;
  }

  it('that is not JSON', async () => {
    const result = await refused('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^The file is not valid JSON: /);
  });

  it('that is not an export', async () => {
    expect(await refused('{"postings": []}')).toEqual({
      ok: false,
      error: 'This is not a Still Hiring export file (missing format)',
    });
    expect(await refused('[1, 2]')).toEqual({
      ok: false,
      error: 'This is not a Still Hiring export file (missing format)',
    });
    expect(await refused(JSON.stringify({ format: 'other' }))).toEqual({
      ok: false,
      error: 'This is not a Still Hiring export file (format is "other")',
    });
  });

  it('from a newer version', async () => {
    const result = await refused(JSON.stringify({ format: 'still-hiring-export', version: 3, postings: [] }));
    expect(result).toEqual({
      ok: false,
      error: 'This file comes from a newer Still Hiring (export version 3); update the extension to import it.',
    });
  });

  it('with a damaged envelope', async () => {
    const result = await refused(JSON.stringify({ format: 'still-hiring-export', version: 1, exportedAt: 'x' }));
    expect(result).toEqual({ ok: false, error: 'The export file is damaged: exportedAt: Invalid ISO date' });
  });

  it('naming the first bad record, counted from 1, and why', async () => {
    const good = JSON.parse(await (await filledStore()).exportJson(exportedAt)).postings as StoredPosting[];
    const bad = { ...good[1], key: 'lever:b', lastSeen: 'yesterday' };
    const worse = { ...good[2], timesSeen: -1 };
    const postings = [...good, good[0], bad, worse];
    expect(await refused(fileOf(postings))).toEqual({
      ok: false,
      error: 'Record 5 (lever:b): lastSeen: Invalid ISO date',
    });
    expect(await refused(fileOf([good[0], { ...good[0], key: 'lever:zzz' }]))).toEqual({
      ok: false,
      error: 'Record 2 (lever:zzz): key: must be "source:id"',
    });
    expect(await refused(fileOf([{ source: 'lever', id: 'x' }]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Record 1 \(lever:x\): key: /),
    });
    expect(await refused(fileOf([good[0], 42]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Record 2 \(no key\): record: /),
    });
    expect(await refused(fileOf(good, { companies: [{ key: 'acme', name: '' }] }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Company 1 \(acme\): name: /),
    });
  });
});

describe('import merges', () => {
  it('into an empty store, rebuilding company figures', async () => {
    const text = await (await filledStore()).exportJson(exportedAt);
    const store = await freshStore();
    expect(await store.importJson(text)).toEqual({ ok: true, postings: 3, companies: 2, hiddenJobs: 0 });
    expect(await store.counts()).toEqual({ postings: 3, saved: 1, companies: 2, hiddenJobs: 0 });
    expect(await store.getCompanyHistory('acme', daysAfter(start, 3), { staleDays })).toMatchObject({
      postingsObserved: 1,
      postingsSeenLast14Days: 1,
    });
  });

  it('the same file twice without changing anything', async () => {
    const store = await filledStore();
    const text = await store.exportJson(exportedAt);
    expect(await store.importJson(text)).toMatchObject({ ok: true });
    expect(await store.importJson(text)).toMatchObject({ ok: true });
    expect(await store.exportJson(exportedAt)).toBe(text);
  });

  it('keeping the earliest first seen, the latest last seen and the larger count, saved if either is', async () => {
    const other = await freshStore();
    await other.recordSighting(posting({ id: 'a', title: 'Staff Engineer' }), daysAfter(start, -5), { staleDays });
    for (let day = 0; day < 3; day++) {
      await other.recordSighting(posting({ id: 'a', title: 'Staff Engineer' }), daysAfter(start, 10 + day), {
        staleDays,
      });
    }
    await other.setSaved('lever', 'a', true, daysAfter(start, 1));
    await other.recordScore('lever', 'a', score(55, 'uncertain'), daysAfter(start, 12));
    const store = await filledStore();
    await store.setSaved('lever', 'a', false, daysAfter(start, 4));
    expect(await store.importJson(await other.exportJson(exportedAt))).toMatchObject({ ok: true, postings: 1 });
    const merged = await store.getPosting('lever', 'a');
    expect(merged).toMatchObject({
      title: 'Staff Engineer',
      firstSeen: daysAfter(start, -5).toISOString(),
      lastSeen: daysAfter(start, 12).toISOString(),
      timesSeen: 6,
      saved: { at: daysAfter(start, 1).toISOString() },
      lastScore: { value: 55, bandId: 'uncertain' },
    });
    expect(merged?.sightings).toHaveLength(6);
  });

  it('detecting reposts between local and imported postings', async () => {
    const other = await freshStore();
    await other.recordSighting(posting({ id: 'repeat' }), daysAfter(start, 20), { staleDays });
    const store = await filledStore();
    expect(await store.importJson(await other.exportJson(exportedAt))).toEqual({
      ok: true,
      postings: 1,
      companies: 1,
      hiddenJobs: 0,
    });
    expect((await store.getPosting('lever', 'repeat'))?.repostOf).toEqual(['lever:a']);
    expect(await store.getCompanyHistory('acme', daysAfter(start, 20), { staleDays })).toMatchObject({
      postingsObserved: 2,
      reposts: 1,
    });
  });

  it('normalizing dates with offsets to UTC', async () => {
    const store = await freshStore();
    const record = {
      key: 'workday:x',
      source: 'workday',
      id: 'x',
      url: 'https://acme.wd1.myworkdayjobs.com/x',
      title: 'Analyst',
      titleKey: 'wrong',
      locations: [],
      locationKey: '',
      firstSeen: '2026-03-01T10:00:00+02:00',
      lastSeen: '2026-03-01T12:00:00+02:00',
      timesSeen: 1,
      sightings: ['2026-03-01T12:00:00+02:00'],
    };
    expect(await store.importJson(fileOf([record]))).toMatchObject({ ok: true });
    expect(await store.getPosting('workday', 'x')).toMatchObject({
      titleKey: 'analyst',
      firstSeen: '2026-03-01T08:00:00.000Z',
      sightings: ['2026-03-01T10:00:00.000Z'],
    });
    expect(await store.prune(30, new Date('2026-04-01T00:00:00Z'))).toBe(1);
  });
});

describe('export → clear → import', () => {
  it('gives back the same records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(storedPosting, { selector: (p) => p.key, maxLength: 12 }), async (postings) => {
        const store = await freshStore();
        expect(await store.importJson(fileOf(postings))).toMatchObject({ ok: true, postings: postings.length });
        const exported = await store.exportJson(exportedAt);
        const counts = await store.counts();
        await store.clearAll();
        expect(await store.counts()).toEqual({ postings: 0, saved: 0, companies: 0, hiddenJobs: 0 });
        expect(await store.importJson(exported)).toMatchObject({ ok: true, postings: postings.length });
        expect(await store.exportJson(exportedAt)).toBe(exported);
        expect(await store.counts()).toEqual(counts);
        store.close();
      }),
    );
  });
});
