import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openStore } from '@/lib/store';
import { daysAfter, freshStore, posting, score, staleDays } from './helpers';

const start = new Date('2026-03-01T09:00:00.000Z');

async function storeWithSaved() {
  const store = await freshStore();
  const listings = [
    { id: 'a', title: 'Développeur Front-End', company: 'Société Générale', value: 82, band: 'active', posted: 3 },
    { id: 'b', title: 'Backend Engineer', company: 'Acme', value: 40, band: 'stale', posted: 1 },
    { id: 'c', title: 'Data Engineer', company: 'Globex', value: 70, band: 'likely', posted: undefined },
    { id: 'd', title: 'Designer', company: 'Frontier Labs', value: 90, band: 'active', posted: 2 },
  ] as const;
  for (const [i, l] of listings.entries()) {
    const posted =
      l.posted === undefined ? undefined : { kind: 'exact' as const, date: daysAfter(start, l.posted).toISOString() };
    await store.recordSighting(posting({ id: l.id, title: l.title, company: l.company, posted }), daysAfter(start, 5), {
      staleDays,
    });
    await store.recordScore('lever', l.id, score(l.value, l.band), daysAfter(start, 5));
    await store.setSaved('lever', l.id, true, daysAfter(start, 6 + i));
  }
  await store.recordSighting(posting({ id: 'unsaved', title: 'Engineer' }), start, { staleDays });
  return store;
}

const ids = (postings: { id: string }[]) => postings.map((p) => p.id);

describe('saved listings', () => {
  it('saves with the date, keeps the first date when saved again, and unsaves', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    const saved = await store.setSaved('lever', 'abc', true, daysAfter(start, 1));
    expect(saved?.saved).toEqual({ at: daysAfter(start, 1).toISOString() });
    await store.setSaved('lever', 'abc', true, daysAfter(start, 2));
    expect((await store.getPosting('lever', 'abc'))?.saved).toEqual({ at: daysAfter(start, 1).toISOString() });
    const unsaved = await store.setSaved('lever', 'abc', false, daysAfter(start, 3));
    expect(unsaved?.saved).toBeUndefined();
    expect(await store.listSaved()).toEqual([]);
    expect(await store.counts()).toMatchObject({ saved: 0, postings: 1 });
  });

  it('is undefined for a posting never recorded', async () => {
    const store = await freshStore();
    expect(await store.setSaved('lever', 'nope', true, start)).toBeUndefined();
  });

  it('keeps saved and score across later sightings', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    await store.recordScore('lever', 'abc', score(75, 'likely', true), start);
    await store.setSaved('lever', 'abc', true, start);
    await store.recordSighting(posting(), daysAfter(start, 1), { staleDays });
    expect(await store.getPosting('lever', 'abc')).toMatchObject({
      saved: { at: start.toISOString() },
      lastScore: {
        value: 75,
        bandId: 'likely',
        bandLabel: 'likely label',
        ghostWarning: true,
        topReason: 'Posted 3 days ago',
        scoredAt: start.toISOString(),
      },
    });
  });

  it('puts the most severe ghost signal first as the top reason', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), start, { staleDays });
    await store.recordScore(
      'lever',
      'abc',
      {
        ...score(20, 'ghost', true),
        ghostSignals: [
          { id: 'vague', severity: 'minor', reason: 'Vague title' },
          { id: 'closed', severity: 'severe', reason: 'Says "no longer accepting applications"' },
        ],
      },
      start,
    );
    expect((await store.getPosting('lever', 'abc'))?.lastScore?.topReason).toBe(
      'Says "no longer accepting applications"',
    );
  });

  it('ignores a score for a posting never recorded', async () => {
    const store = await freshStore();
    await store.recordScore('lever', 'nope', score(50, 'uncertain'), start);
    expect(await store.counts()).toEqual({ postings: 0, saved: 0, companies: 0, hiddenJobs: 0 });
  });

  it('lists only saved listings, newest saved first by default', async () => {
    const store = await storeWithSaved();
    expect(ids(await store.listSaved())).toEqual(['d', 'c', 'b', 'a']);
    expect(await store.counts()).toMatchObject({ saved: 4, postings: 5 });
  });

  it('sorts by score, highest first, and by posted date, newest first with unknown dates last', async () => {
    const store = await storeWithSaved();
    expect(ids(await store.listSaved({ sort: 'score' }))).toEqual(['d', 'a', 'c', 'b']);
    expect(ids(await store.listSaved({ sort: 'posted' }))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('searches title and company ignoring case and accents, every word required', async () => {
    const store = await storeWithSaved();
    expect(ids(await store.listSaved({ text: 'DEVELOPPEUR' }))).toEqual(['a']);
    expect(ids(await store.listSaved({ text: 'societe' }))).toEqual(['a']);
    expect(ids(await store.listSaved({ text: 'front', sort: 'score' }))).toEqual(['d', 'a']);
    expect(ids(await store.listSaved({ text: 'engineer globex' }))).toEqual(['c']);
    expect(ids(await store.listSaved({ text: 'engineer', sort: 'score' }))).toEqual(['c', 'b']);
    expect(await store.listSaved({ text: 'nothing like it' })).toEqual([]);
    expect(ids(await store.listSaved({ text: '  ' }))).toHaveLength(4);
  });

  it('filters by band', async () => {
    const store = await storeWithSaved();
    expect(ids(await store.listSaved({ band: 'active', sort: 'score' }))).toEqual(['d', 'a']);
    expect(ids(await store.listSaved({ band: 'ghost' }))).toEqual([]);
    expect(ids(await store.listSaved({ band: 'active', text: 'designer' }))).toEqual(['d']);
  });

  it('exports saved listings as CSV, newest saved first', async () => {
    const store = await storeWithSaved();
    const csv = await store.exportSavedCsv();
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Title,Company,Location,Score,Band,Ghost warning,Posted,First seen,Last seen,Saved at,URL');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      [
        'Designer',
        'Frontier Labs',
        'Paris',
        '90',
        'Actively Hiring',
        'no',
        daysAfter(start, 2).toISOString(),
        daysAfter(start, 5).toISOString(),
        daysAfter(start, 5).toISOString(),
        daysAfter(start, 9).toISOString(),
        'https://jobs.lever.co/acme/d',
      ].join(','),
    );
    expect(lines[5]).toBe('');
  });
});

describe('saved listings seen from two pages at once', () => {
  async function twoStores() {
    const factory = new IDBFactory();
    const background = await openStore({ name: 'shared', factory });
    const options = await openStore({ name: 'shared', factory });
    await background.recordSighting(posting(), start, { staleDays });
    await background.setSaved('lever', 'abc', true, start);
    return { background, options };
  }

  it('show every change made elsewhere, even after a search was cached', async () => {
    const { background, options } = await twoStores();
    expect(ids(await options.listSaved())).toEqual(['abc']);

    await background.recordSighting(posting({ title: 'Principal Engineer' }), daysAfter(start, 1), { staleDays });
    expect((await options.listSaved())[0]).toMatchObject({ title: 'Principal Engineer', timesSeen: 2 });

    await background.recordScore('lever', 'abc', score(88, 'active'), daysAfter(start, 1));
    expect(ids(await options.listSaved({ band: 'active' }))).toEqual(['abc']);

    await background.recordSighting(posting({ id: 'more' }), daysAfter(start, 1), { staleDays });
    await background.setSaved('lever', 'more', true, daysAfter(start, 2));
    expect(ids(await options.listSaved())).toEqual(['more', 'abc']);

    await background.setSaved('lever', 'abc', false, daysAfter(start, 3));
    expect(ids(await options.listSaved())).toEqual(['more']);

    await background.importJson(await options.exportJson(start));
    await background.clearAll();
    expect(await options.listSaved()).toEqual([]);
  });

  it('are frozen, since every caller shares them', async () => {
    const { options } = await twoStores();
    const [listing] = await options.listSaved();
    expect(Object.isFrozen(listing)).toBe(true);
    expect(Object.isFrozen(listing?.sightings)).toBe(true);
  });
});
