import { IDBFactory, IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '@/lib/store';
import { inTransaction, openDb } from '@/lib/store/db';
import { Problems, validPostings } from '@/lib/store/read';
import { normalizeRecord } from '@/lib/store/records';
import { querySaved } from '@/lib/store/saved-query';
import { CHUNKS, chunkOf, decodeRow, encodeRow, type Row } from '@/lib/store/saved-snapshot';
import { StoredPostingSchema } from '@/lib/store/schema';
import type { SavedQuery, StoredPosting } from '@/lib/store/types';
import { storedPosting } from './arbitraries';
import { daysAfter, posting, score, staleDays } from './helpers';

const start = new Date('2026-03-01T09:00:00.000Z');
const ids = (postings: readonly { id: string }[]) => postings.map((p) => p.id);

type Saved = StoredPosting & { saved: { at: string } };

/** Valid saved listings in the store's canonical form, as the snapshot gets them. */
const savedPosting = storedPosting.map((p) => {
  const record = StoredPostingSchema.parse({ ...p, saved: p.saved ?? { at: p.firstSeen } });
  return normalizeRecord(record) as Saved;
});

/** A row as IndexedDB gives it back: a structured clone. */
const stored = (row: Row): unknown => structuredClone(row);

describe('snapshot rows', () => {
  it('give back every saved listing exactly, frozen, without its summary as listings have none', () => {
    fc.assert(
      fc.property(savedPosting, ({ summary: _summary, ...p }) => {
        const listing = decodeRow(stored(encodeRow(p)));
        expect(listing).toStrictEqual(p);
        expect(Object.isFrozen(listing)).toBe(true);
        for (const part of [
          listing?.locations,
          listing?.sightings,
          listing?.lastScore,
          listing?.saved,
          listing?.marks,
        ]) {
          if (part) expect(Object.isFrozen(part)).toBe(true);
        }
      }),
    );
  });

  it('of another shape are refused, a web address included', () => {
    const good = encodeRow(fc.sample(savedPosting, { numRuns: 1, seed: 7 })[0] as Saved);
    expect(decodeRow(stored(good))).toBeDefined();
    const changed = (index: number, value: unknown) => good.map((field, i) => (i === index ? value : field));
    const damaged: unknown[] = [
      undefined,
      null,
      'row',
      { 0: 'lever' },
      good.slice(1),
      [...good, null],
      changed(0, 'monster'),
      changed(1, ''),
      changed(2, 'javascript:alert(1)'),
      changed(2, 'data:text/html,hi'),
      changed(3, ''),
      changed(5, 42),
      changed(7, [7]),
      changed(9, 1),
      changed(12, 0),
      changed(12, '2'),
      changed(13, 'yesterday'),
      changed(15, [101, 'active', 'Active', false, null, '2026-01-01T00:00:00.000Z']),
      changed(15, [50, 'nope', 'Active', false, null, '2026-01-01T00:00:00.000Z']),
      changed(15, { value: 50 }),
      changed(16, null),
      changed(17, 'viewed'),
      changed(17, [1, null, null]),
      changed(17, [null, null]),
    ];
    for (const row of damaged) expect(decodeRow(row)).toBeUndefined();
  });

  it('fall in one chunk per key, spread over all of them', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `lever:${i}`);
    const chunks = keys.map(chunkOf);
    expect(keys.map(chunkOf)).toEqual(chunks);
    expect(chunks.every((c) => Number.isInteger(c) && c >= 0 && c < CHUNKS)).toBe(true);
    expect(new Set(chunks).size).toBe(CHUNKS);
  });
});

/** Two stores on one database, as the background and the popup or options page have. */
async function twoStores() {
  // The global (fake) IndexedDB, which idb's openDB reaches too, to damage records behind the stores' backs.
  const name = `snapshot-${crypto.randomUUID()}`;
  const open = () => openStore({ name });
  const background = await open();
  const page = await open();
  for (const [i, id] of ['a', 'b', 'c'].entries()) {
    await background.recordSighting(posting({ id, title: `Engineer ${id}` }), start, { staleDays });
    await background.setSaved('lever', id, true, daysAfter(start, i));
  }
  await background.recordSighting(posting({ id: 'unsaved' }), start, { staleDays });
  return { name, open, background, page };
}

/** Counts the reads of every saved record through the bySaved index (or any other index). */
const indexReads = () => vi.spyOn(IDBIndex.prototype, 'getAll');

/** Counts the reads through the bySaved index only (a sighting reads other indexes for its company and reposts). */
function savedReads() {
  const getAll = IDBIndex.prototype.getAll;
  const reads = vi.fn();
  vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args) {
    if (this.name === 'bySaved') reads();
    return getAll.apply(this, args);
  });
  return reads;
}

async function metaKeys(name: string) {
  const db = await openDB(name);
  const keys = await db.getAllKeys('meta');
  db.close();
  return keys;
}

describe('the stored snapshot of saved listings', () => {
  it('serves a newly opened store without reading the saved records one by one', async () => {
    const { open, page } = await twoStores();
    expect(ids(await page.listSaved())).toEqual(['c', 'b', 'a']);
    const reads = indexReads();
    const popup = await open();
    expect(ids(await popup.listSaved())).toEqual(['c', 'b', 'a']);
    expect(ids(await popup.listSaved({ text: 'engineer b' }))).toEqual(['b']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('is patched by saving and unsaving, wherever it happens, and stays current', async () => {
    const { open, background, page } = await twoStores();
    await page.listSaved();
    const reads = indexReads();
    await background.setSaved('lever', 'b', false, daysAfter(start, 5));
    expect(ids(await (await open()).listSaved())).toEqual(['c', 'a']);
    expect(ids(await page.listSaved())).toEqual(['c', 'a']);
    await page.setSaved('lever', 'unsaved', true, daysAfter(start, 6));
    expect(ids(await (await open()).listSaved())).toEqual(['unsaved', 'c', 'a']);
    expect(ids(await background.listSaved())).toEqual(['unsaved', 'c', 'a']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('is patched by a score or a sighting of a saved listing in the background, without reading the postings', async () => {
    const { open, background, page } = await twoStores();
    await page.listSaved();
    const reads = savedReads();
    await background.recordScore('lever', 'a', score(90, 'active'), daysAfter(start, 1));
    expect(ids(await (await open()).listSaved({ band: 'active' }))).toEqual(['a']);
    await background.recordSighting(posting({ id: 'b', title: 'Engineer B, renamed' }), daysAfter(start, 2), {
      staleDays,
    });
    expect(ids(await (await open()).listSaved({ text: 'renamed' }))).toEqual(['b']);
    expect(ids(await page.listSaved({ sort: 'score' }))).toEqual(['a', 'b', 'c']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('is deleted with everything else by clear all data', async () => {
    const { name, background, page } = await twoStores();
    await page.listSaved();
    expect((await metaKeys(name)).length).toBe(1 + 1 + CHUNKS);
    await background.clearAll();
    expect(await metaKeys(name)).toEqual(['savedRevision']);
    expect(await page.listSaved()).toEqual([]);
  });

  it('when damaged, is read again from the postings and written anew, without a crash', async () => {
    const { name, open, page } = await twoStores();
    const expected = await page.listSaved();
    const raw = await openDB(name);
    const chunks = await raw.getAll('meta', IDBKeyRange.bound('savedSnapshot/', 'savedSnapshot/\uffff'));
    const index = chunks.findIndex((rows: unknown[]) => rows.length > 0);
    const [row] = chunks[index] as Row[];
    const key = `savedSnapshot/${String(index).padStart(2, '0')}`;
    raw.close();
    const elsewhere = (row as Row).map((field, i) => (i === 2 ? 'javascript:alert(1)' : field));
    const damages: unknown[] = [[{ ...row }], [elsewhere], 'rows'];
    for (const damage of damages) {
      const db = await openDB(name);
      await db.put('meta', damage, key);
      db.close();
      const reads = indexReads();
      expect(await (await open()).listSaved()).toEqual(expected);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(await (await open()).listSaved()).toEqual(expected);
      expect(reads).toHaveBeenCalledTimes(1);
      reads.mockRestore();
    }
    const db = await openDB(name);
    await db.delete('meta', key);
    await db.put(
      'meta',
      { format: 999, revision: await db.get('meta', 'savedRevision'), problems: [] },
      'savedSnapshot',
    );
    db.close();
    expect(await (await open()).listSaved()).toEqual(expected);
    expect((await metaKeys(name)).length).toBe(1 + 1 + CHUNKS);
  });

  it('carries the problems met while it was built to the stores that read it', async () => {
    const { name, open, page } = await twoStores();
    const db = await openDB(name);
    const damaged = { ...(await db.get('postings', 'lever:a')), lastSeen: 'not a date' };
    await db.put('postings', damaged);
    // Written behind the stores' backs, so the revision is raised by hand for the snapshot to be rebuilt.
    await db.put('meta', (await db.get('meta', 'savedRevision')) + 1, 'savedRevision');
    db.close();
    expect(ids(await page.listSaved())).toEqual(['c', 'b']);
    const problem = 'Skipped a damaged posting record (lever:a): lastSeen: Invalid ISO date';
    expect(page.problems()).toEqual([problem]);
    const reads = indexReads();
    const popup = await open();
    expect(ids(await popup.listSaved())).toEqual(['c', 'b']);
    expect(reads).not.toHaveBeenCalled();
    expect(popup.problems()).toEqual([problem]);
  });

  it('failing to be written (storage full) fails no search', async () => {
    const { open, page } = await twoStores();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (typeof key === 'string' && key.startsWith('savedSnapshot')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.call(this, value, key);
    });
    expect(ids(await page.listSaved())).toEqual(['c', 'b', 'a']);
    expect(ids(await (await open()).listSaved())).toEqual(['c', 'b', 'a']);
    expect(page.problems()).toEqual([]);
  });
});

describe('searches through the snapshot', () => {
  const ops = fc.array(
    fc.record({
      by: fc.constantFrom('background', 'page', 'popup'),
      op: fc.constantFrom('sight', 'save', 'unsave', 'score', 'search'),
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      title: fc.constantFrom('Engineer', 'Senior Engineer', 'Développeur'),
      value: fc.integer({ min: 0, max: 100 }),
      day: fc.integer({ min: 0, max: 30 }),
    }),
    { maxLength: 25 },
  );
  const queries: SavedQuery[] = [{}, { sort: 'score' }, { sort: 'posted' }, { text: 'engineer' }, { band: 'active' }];

  it('find what a read of every saved record finds, after any sequence of changes from several stores', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (steps) => {
        const factory = new IDBFactory();
        const open = () => openStore({ name: 'prop', factory });
        const stores = { background: await open(), page: await open(), popup: await open() };
        const truth = await openDb({ name: 'prop', factory });
        for (const step of steps) {
          const store = stores[step.by];
          const at = daysAfter(start, step.day);
          if (step.op === 'sight') {
            await store.recordSighting(posting({ id: step.id, title: step.title }), at, { staleDays });
          } else if (step.op === 'save' || step.op === 'unsave') {
            await store.setSaved('lever', step.id, step.op === 'save', at);
          } else if (step.op === 'score') {
            await store.recordScore('lever', step.id, score(step.value, step.value >= 80 ? 'active' : 'stale'), at);
          } else {
            await store.listSaved();
          }
          // The popup is opened again now and then, as it is each time a person clicks the toolbar button.
          if (step.by === 'popup') {
            stores.popup.close();
            stores.popup = await open();
          }
          const raws = await inTransaction(truth, ['postings'], 'readonly', (tx) =>
            tx.objectStore('postings').index('bySaved').getAll(),
          );
          const all = validPostings(raws, new Problems());
          for (const query of queries) {
            const expected = querySaved(all, query);
            for (const each of Object.values(stores)) expect(await each.listSaved(query)).toEqual(expected);
          }
        }
        truth.close();
        for (const each of Object.values(stores)) each.close();
      }),
      { numRuns: 30 },
    );
  });
});
