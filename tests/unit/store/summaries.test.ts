import { describe, expect, it } from 'vitest';
import { parseExport } from '@/lib/store/transfer';
import type { StoredSummary } from '@/lib/store/types';
import { descriptionKey } from '@/lib/summary/summary';
import { daysAfter, freshStore, posting, staleDays } from './helpers';

const start = new Date('2026-03-01T09:00:00.000Z');
const DESCRIPTION = 'We are looking for a Senior Engineer to build the platform behind our parcels.';

const summaryOf = (text: string, overrides: Partial<StoredSummary> = {}): StoredSummary => ({
  method: 'extractive',
  lines: ['We are looking for a Senior Engineer to build the platform behind our parcels.'],
  descriptionKey: descriptionKey(text),
  version: 1,
  madeAt: start.toISOString(),
  ...overrides,
});

async function storeWithSummary() {
  const store = await freshStore();
  await store.recordSighting(posting({ descriptionText: DESCRIPTION }), start, { staleDays });
  await store.recordSummary('lever', 'abc', summaryOf(DESCRIPTION));
  return store;
}

describe('kept summaries', () => {
  it('come back with the next sighting of the same description, so it is not summarized again', async () => {
    const store = await storeWithSummary();
    const again = await store.recordSighting(posting({ descriptionText: DESCRIPTION }), daysAfter(start, 1), {
      staleDays,
    });
    expect(again.summary).toEqual(summaryOf(DESCRIPTION));
    expect((await store.getPosting('lever', 'abc'))?.summary).toEqual(summaryOf(DESCRIPTION));
  });

  it('are dropped when the description changes', async () => {
    const store = await storeWithSummary();
    const changed = await store.recordSighting(
      posting({ descriptionText: `${DESCRIPTION} Now also Rust.` }),
      daysAfter(start, 1),
      { staleDays },
    );
    expect(changed.summary).toBeUndefined();
    expect((await store.getPosting('lever', 'abc'))?.summary).toBeUndefined();
  });

  it('stay through a sighting without a description (a job-list card) and an API refinement', async () => {
    const store = await storeWithSummary();
    const card = await store.recordSighting(posting({ view: 'card' }), daysAfter(start, 1), { staleDays });
    expect(card.summary).toEqual(summaryOf(DESCRIPTION));
    await store.refinePosting(posting({ descriptionText: DESCRIPTION, title: 'Staff Engineer' }), daysAfter(start, 2));
    expect((await store.getPosting('lever', 'abc'))?.summary).toEqual(summaryOf(DESCRIPTION));
  });

  it('replace the one kept, and attach to nothing for a posting not recorded', async () => {
    const store = await storeWithSummary();
    const onDevice = summaryOf(DESCRIPTION, { method: 'on-device', lines: ['Builds the parcel platform.'] });
    await store.recordSummary('lever', 'abc', onDevice);
    expect((await store.getPosting('lever', 'abc'))?.summary).toEqual(onDevice);
    await store.recordSummary('lever', 'never-seen', onDevice);
    expect(await store.getPosting('lever', 'never-seen')).toBeUndefined();
    expect(store.problems()).toEqual([]);
  });

  it('are left out of saved listings, and kept in the export, which imports them back', async () => {
    const store = await storeWithSummary();
    await store.setSaved('lever', 'abc', true, start);
    const [listing] = await store.listSaved();
    expect(listing?.id).toBe('abc');
    expect(listing && 'summary' in listing).toBe(false);
    const exported = await store.exportJson(start);
    const parsed = parseExport(exported);
    expect(parsed.ok && parsed.postings[0]?.summary).toEqual(summaryOf(DESCRIPTION));
    const other = await freshStore();
    expect(await other.importJson(exported)).toMatchObject({ ok: true, postings: 1 });
    expect((await other.getPosting('lever', 'abc'))?.summary).toEqual(summaryOf(DESCRIPTION));
  });

  it('that are damaged in an import file refuse the file, naming the record and field', async () => {
    const exported = JSON.parse(await (await storeWithSummary()).exportJson(start));
    const file = (summary: unknown) =>
      JSON.stringify({ ...exported, postings: [{ ...exported.postings[0], summary }] });
    expect(parseExport(file({ ...summaryOf(DESCRIPTION), lines: [] }))).toEqual({
      ok: false,
      error: 'Record 1 (lever:abc): summary.lines: Too small: expected array to have >=1 items',
    });
    expect(parseExport(file({ ...summaryOf(DESCRIPTION), method: 'cloud' })).ok).toBe(false);
    expect(parseExport(file(summaryOf(DESCRIPTION))).ok).toBe(true);
  });
});
