import { type IDBPDatabase, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openStore } from '@/lib/store';
import { posting, staleDays } from './helpers';

/** The v1 layout exactly as version 1 of the store created it, written here by hand rather than by the store. */
async function createV1(name: string, records: unknown[], extra?: (db: IDBPDatabase) => void): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(v1) {
      v1.createObjectStore('postings', { keyPath: 'key' }).createIndex('byCompany', 'companyKey');
      extra?.(v1);
    },
  });
  const tx = db.transaction('postings', 'readwrite');
  for (const record of records) await tx.store.put(record);
  await tx.done;
  db.close();
}

async function rawRecords(name: string) {
  const db = await openDB(name);
  const all = { version: db.version, stores: [...db.objectStoreNames], postings: await db.getAll('postings') };
  db.close();
  return all;
}

const v1 = (id: string, fields: Record<string, unknown> = {}) => ({
  key: `lever:${id}`,
  source: 'lever',
  id,
  url: `https://jobs.lever.co/acme/${id}`,
  title: 'Senior Engineer',
  company: 'Acme, Inc.',
  companyKey: 'acme',
  locations: ['Paris', 'Remote'],
  firstSeen: '2026-01-10T08:00:00.000Z',
  lastSeen: '2026-01-20T08:00:00.000Z',
  timesSeen: 7,
  ...fields,
});

const V1_RECORDS = [
  v1('first', {
    postedAt: '2026-01-05T00:00:00.000Z',
    lastScore: {
      value: 72,
      bandId: 'likely',
      bandLabel: 'Likely Active (65–79)',
      ghostWarning: false,
      topReason: 'Posted 5 days ago',
      scoredAt: '2026-01-20T08:00:00.000Z',
    },
    saved: { at: '2026-01-21T08:00:00.000Z' },
  }),
  v1('again', {
    locations: ['Remote', 'Paris'],
    firstSeen: '2026-02-15T09:00:00+01:00',
    lastSeen: '2026-02-16T09:00:00+01:00',
    timesSeen: 2,
  }),
  v1('designer', { title: 'Product Designer', timesSeen: 1, lastSeen: '2026-01-10T08:00:00.000Z' }),
  v1('solo', { company: undefined, companyKey: undefined, title: 'Writer' }),
];
const DAMAGED = { key: 'lever:broken', source: 'lever', id: 'broken', timesSeen: 'many' };

describe('upgrade from version 1', () => {
  it('keeps every record, backfills the new fields and builds the company figures', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await createV1(name, [...V1_RECORDS, DAMAGED]);
    const store = await openStore({ name });

    expect(await store.counts()).toEqual({ postings: 5, saved: 1, companies: 1, hiddenJobs: 0 });
    for (const old of V1_RECORDS) {
      const stored = await store.getPosting('lever', old.id);
      const { firstSeen, lastSeen, company, companyKey, ...unchanged } = old;
      expect(stored).toMatchObject(unchanged);
      expect(stored?.firstSeen).toBe(new Date(firstSeen).toISOString());
      expect(stored?.lastSeen).toBe(new Date(lastSeen).toISOString());
      expect(stored?.company).toBe(company);
      expect(stored?.companyKey).toBe(companyKey);
    }
    expect(await store.getPosting('lever', 'first')).toMatchObject({
      titleKey: 'senior engineer',
      locationKey: 'paris | remote',
      sightings: ['2026-01-10T08:00:00.000Z', '2026-01-20T08:00:00.000Z'],
    });
    expect((await store.getPosting('lever', 'designer'))?.sightings).toEqual(['2026-01-10T08:00:00.000Z']);
    // Same title and locations (in another order), new id, 36 days later: a repost, found during the upgrade.
    expect((await store.getPosting('lever', 'again'))?.repostOf).toEqual(['lever:first']);
    expect(await store.getCompanyHistory('acme', new Date('2026-02-20T00:00:00Z'), { staleDays })).toEqual({
      key: 'acme',
      name: 'Acme, Inc.',
      postingsObserved: 3,
      postingsSeenLast14Days: 1,
      reposts: 1,
      medianLifetimeDays: 1,
      staleShare: 0,
    });
    expect((await store.listSaved()).map((p) => p.id)).toEqual(['first']);

    // The damaged record is neither lost nor shown; it is reported.
    expect(await store.getPosting('lever', 'broken')).toBeUndefined();
    expect(store.problems()).toEqual([expect.stringContaining('lever:broken')]);
    store.close();
    const raw = await rawRecords(name);
    expect(raw.version).toBe(4);
    expect(raw.stores).toEqual(['companies', 'hiddenJobs', 'meta', 'postings', 'watch']);
    expect(raw.postings).toContainEqual(DAMAGED);
  });

  it('gives the new indexes to later sightings', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await createV1(name, V1_RECORDS);
    const store = await openStore({ name });
    const result = await store.recordSighting(
      posting({ id: 'third', locations: ['Paris', 'Remote'] }),
      new Date('2026-03-01T00:00:00Z'),
      { staleDays },
    );
    expect(result.posting.repostsSeen).toBe(2);
    expect(result.company).toMatchObject({ postingsObserved: 4, reposts: 2 });
    expect(await store.prune(30, new Date('2026-03-01T00:00:00Z'))).toBe(2);
    store.close();
  });

  it('leaves the database at version 1, data intact, when the upgrade fails', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    // A stray store that version 2 wants to create makes its upgrade fail.
    await createV1(name, V1_RECORDS, (db) => db.createObjectStore('companies'));
    await expect(openStore({ name })).rejects.toThrow();
    const raw = await rawRecords(name);
    expect(raw.version).toBe(1);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(raw.postings).toEqual([...V1_RECORDS].sort(byKey));
  });

  it('creates an empty database at the current version on a fresh install', async () => {
    const name = `fresh-${crypto.randomUUID()}`;
    const store = await openStore({ name });
    expect(await store.counts()).toEqual({ postings: 0, saved: 0, companies: 0, hiddenJobs: 0 });
    store.close();
    expect((await rawRecords(name)).version).toBe(4);
  });
});

describe('upgrade from version 2', () => {
  /** The v2 layout as migrations.ts's second step leaves it, written here by hand, with one saved record. */
  async function createV2(name: string, record: unknown): Promise<void> {
    const db = await openDB(name, 2, {
      upgrade(v2) {
        const postings = v2.createObjectStore('postings', { keyPath: 'key' });
        postings.createIndex('byCompany', 'companyKey');
        postings.createIndex('byRole', ['companyKey', 'titleKey', 'locationKey']);
        postings.createIndex('bySaved', 'saved.at');
        postings.createIndex('byLastSeen', 'lastSeen');
        v2.createObjectStore('companies', { keyPath: 'key' });
        v2.createObjectStore('meta');
      },
    });
    await db.put('postings', record);
    db.close();
  }

  it('adds the hidden jobs and watch stores and keeps every record as it was', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const record = {
      ...v1('kept'),
      titleKey: 'senior engineer',
      locationKey: 'paris | remote',
      sightings: ['2026-01-10T08:00:00.000Z', '2026-01-20T08:00:00.000Z'],
      saved: { at: '2026-01-21T08:00:00.000Z' },
    };
    await createV2(name, record);
    const store = await openStore({ name });
    expect(await store.getPosting('lever', 'kept')).toEqual(record);
    expect(await store.watchRecords()).toEqual([]);
    const link = { ats: 'lever' as const, url: 'https://jobs.lever.co/acme/kept' };
    await store.recordCheck('lever', 'kept', link, { state: 'gone', reason: '404' }, new Date('2026-02-01T00:00:00Z'));
    expect(await store.getWatch('lever', 'kept')).toMatchObject({ state: 'gone', goneStreak: 1 });
    store.close();
    const raw = await rawRecords(name);
    expect(raw.version).toBe(4);
    expect(raw.stores).toEqual(['companies', 'hiddenJobs', 'meta', 'postings', 'watch']);
  });
});
