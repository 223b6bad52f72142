import { IDBFactory } from 'fake-indexeddb';
import type { EmployerLink } from '@/lib/ats/types';
import { openStore } from '@/lib/store';
import { DAY_MS, posting, staleDays } from './helpers';

const NOW = new Date('2026-10-01T08:00:00Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
const link = (id: string): EmployerLink => ({ ats: 'lever', url: `https://jobs.lever.co/acme/${id}` });
const gone = { state: 'gone' as const, reason: 'Lever answers 404' };

async function storeWith(ids: { id: string; saved?: boolean; seen?: Date }[]) {
  const factory = new IDBFactory();
  const store = await openStore({ name: 'watch', factory });
  for (const { id, saved, seen } of ids) {
    await store.recordSighting(posting({ id, title: `Role ${id}` }), seen ?? NOW, { staleDays });
    if (saved) await store.setSaved('lever', id, true, seen ?? NOW);
  }
  return { store, factory };
}

describe('watch records', () => {
  it('keeps each check, closing a listing on its second gone answer', async () => {
    const { store } = await storeWith([{ id: 'a', saved: true }]);
    await store.recordCheck('lever', 'a', link('a'), { state: 'listed', title: 'Role a' }, NOW);
    await store.recordCheck('lever', 'a', link('a'), gone, later(1));
    expect((await store.getWatch('lever', 'a'))?.closedAt).toBeUndefined();
    const record = await store.recordCheck('lever', 'a', link('a'), gone, later(1.1));
    expect(record.closedAt).toBe(later(1).toISOString());
    expect(await store.getWatch('lever', 'a')).toEqual(record);
    expect(record.history.map((entry) => entry.kind)).toEqual(['listed', 'gone', 'gone', 'closed']);
  });

  it('takes the link the board gives now, and keeps a link without a check', async () => {
    const { store } = await storeWith([{ id: 'a' }, { id: 'b' }]);
    await store.recordCheck('lever', 'a', link('old'), gone, NOW);
    const moved = await store.recordCheck('lever', 'a', link('new'), gone, later(1));
    expect(moved.link).toEqual(link('new'));
    await store.linkWatch('lever', 'b', link('b'));
    await store.linkWatch('lever', 'b', link('other'));
    expect(await store.getWatch('lever', 'b')).toMatchObject({ link: link('b'), history: [] });
    await store.linkWatch('lever', 'a', link('other'));
    expect((await store.getWatch('lever', 'a'))?.link).toEqual(link('new'));
  });

  it('lists the saved listings that closed, latest first, and no unsaved one', async () => {
    const { store } = await storeWith([
      { id: 'a', saved: true },
      { id: 'b', saved: true },
      { id: 'c' },
      { id: 'd', saved: true },
    ]);
    for (const [id, day] of [
      ['a', 1],
      ['b', 3],
      ['c', 2],
    ] as const) {
      await store.recordCheck('lever', id, link(id), gone, later(day));
      await store.recordCheck('lever', id, link(id), gone, later(day + 0.1));
    }
    await store.recordCheck('lever', 'd', link('d'), gone, later(1));
    const closed = await store.closedListings();
    expect(closed.map(({ posting: p }) => p.id)).toEqual(['b', 'a']);
    expect(closed[0]?.watch.closedAt).toBe(later(3).toISOString());
    await store.setSaved('lever', 'b', false, later(4));
    expect((await store.closedListings()).map(({ posting: p }) => p.id)).toEqual(['a']);
  });

  it('forgets the checks of pruned postings and of a cleared history, keeps those of saved ones', async () => {
    const { store } = await storeWith([
      { id: 'old', seen: later(-400) },
      { id: 'kept', saved: true, seen: later(-400) },
    ]);
    await store.recordCheck('lever', 'old', link('old'), gone, later(-400));
    await store.recordCheck('lever', 'kept', link('kept'), gone, later(-400));
    expect(await store.prune(365, NOW)).toBe(1);
    expect((await store.watchRecords()).map((record) => record.key)).toEqual(['lever:kept']);
    await store.clearAll();
    expect(await store.watchRecords()).toEqual([]);
  });

  it('skips and reports a damaged record, and still writes a new one over it', async () => {
    const { store, factory } = await storeWith([{ id: 'a', saved: true }]);
    // Written straight into the store's database, as a damaged disk or an older build might have left it.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('watch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('watch', 'readwrite');
      tx.objectStore('watch').put({ key: 'lever:a', link: { ats: 'smoke', url: 'x' } });
      tx.oncomplete = () => resolve();
    });
    db.close();
    expect(await store.watchRecords()).toEqual([]);
    expect(store.problems()).toEqual([expect.stringContaining('Skipped a damaged watch record (lever:a): link.ats')]);
    const written = await store.recordCheck('lever', 'a', link('a'), gone, NOW);
    expect(written).toMatchObject({ goneStreak: 1, history: [{ kind: 'gone' }] });
  });
});

describe('watch state', () => {
  it('starts empty, changes in one transaction and reads back', async () => {
    const { store } = await storeWith([]);
    expect(await store.watchState()).toEqual({ pauses: {}, sent: [] });
    const next = await store.updateWatchState((state) => ({ ...state, seenAt: NOW.toISOString() }));
    expect(next).toEqual({ pauses: {}, sent: [], seenAt: NOW.toISOString() });
    expect(await store.watchState()).toEqual(next);
  });
});

describe('watch records in the export file', () => {
  it('go out with the postings and come back, merged with those kept here, the same file twice changing nothing', async () => {
    const { store } = await storeWith([{ id: 'a', saved: true }]);
    await store.recordCheck('lever', 'a', link('a'), { state: 'listed', title: 'Role a' }, NOW);
    await store.recordCheck('lever', 'a', link('a'), gone, later(1));
    const file = await store.exportJson(later(2));
    expect(JSON.parse(file).watch).toEqual([await store.getWatch('lever', 'a')]);

    const other = (await storeWith([])).store;
    expect(await other.importJson(file)).toMatchObject({ ok: true, postings: 1 });
    expect(await other.getWatch('lever', 'a')).toEqual(await store.getWatch('lever', 'a'));
    // Checked here meanwhile: the later check says where things stand, both histories are kept.
    await other.recordCheck('lever', 'a', link('a'), gone, later(1.1));
    const merged = await store.importJson(await other.exportJson(later(3)));
    expect(merged.ok).toBe(true);
    const record = await store.getWatch('lever', 'a');
    expect(record?.closedAt).toBe(later(1).toISOString());
    expect(record?.history.map((entry) => entry.kind)).toEqual(['listed', 'gone', 'gone', 'closed']);
    await store.importJson(await other.exportJson(later(3)));
    expect(await store.getWatch('lever', 'a')).toEqual(record);
  });

  it('refuse the whole file over a damaged watch record, naming it', async () => {
    const { store } = await storeWith([]);
    const file = JSON.stringify({
      format: 'still-hiring-export',
      version: 1,
      exportedAt: NOW.toISOString(),
      postings: [],
      watch: [{ key: 'lever:a', link: link('a'), goneStreak: -1, failures: 0, history: [] }],
    });
    expect(await store.importJson(file)).toEqual({
      ok: false,
      error: 'Watch record 1 (lever:a): goneStreak: Too small: expected number to be >=0',
    });
    expect(await store.watchRecords()).toEqual([]);
  });
});
