import { IDBFactory } from 'fake-indexeddb';
import { afterAll, bench, describe } from 'vitest';
import { DEFAULT_BENCH_SIZES, medianMs, prepareStoreBenchmark } from '@/lib/store/bench';

/**
 * The store at 50,000 postings across 2,000 companies, 10,000 of them saved, on fake-indexeddb: slower than a
 * browser's IndexedDB, so these figures are an upper bound (targets in a browser: 5 ms and 30 ms). A search is
 * served from the store's in-memory list of saved listings unless a saved listing changed since the last one
 * (lib/store/saved-cache.ts). Timed apart: the first search after a change made by saving (the stored snapshot
 * is patched, the search reads it), the first search of a newly opened store (the popup; it reads the snapshot),
 * and the first search after another store recorded a sighting of a saved listing (that change drops the
 * snapshot, so the search reads all 10,000 records). The medians come from plain timed loops and are printed; the
 * bench entries add tinybench's statistics for the same calls.
 * Filling runs at the top level because vitest's bench mode runs no beforeAll hooks.
 */
const sizes = DEFAULT_BENCH_SIZES;
const prepared = await prepareStoreBenchmark(new IDBFactory(), sizes);
const sighting = await medianMs(prepared.sighting, sizes.samples);
const search = await medianMs(prepared.search, sizes.samples);
const searchAfterChange = await medianMs(prepared.search, sizes.samples, prepared.changeSaved);
const searchInNewStore = await medianMs(prepared.searchInNewStore, sizes.samples, prepared.openNewStore);
const searchAfterSighting = await medianMs(prepared.search, sizes.samples, prepared.sightSavedElsewhere);
console.log(`fill ${sizes.postings} postings across ${sizes.companies} companies: ${prepared.fillMs.toFixed(0)} ms`);
console.log(`recordSighting: ${sighting.toFixed(2)} ms median`);
console.log(`search over ${sizes.saved} saved: ${search.toFixed(2)} ms median`);
console.log(`search over ${sizes.saved} saved, first after a change: ${searchAfterChange.toFixed(2)} ms median`);
console.log(
  `search over ${sizes.saved} saved, first in a newly opened store: ${searchInNewStore.toFixed(2)} ms median`,
);
console.log(
  `search over ${sizes.saved} saved, first after a sighting elsewhere: ${searchAfterSighting.toFixed(2)} ms median`,
);

describe(`store: ${sizes.postings} postings, ${sizes.companies} companies, ${sizes.saved} saved`, () => {
  afterAll(() => prepared.dispose());

  bench('recordSighting + company history', async () => {
    await prepared.sighting();
  });

  bench(`search over ${sizes.saved} saved`, async () => {
    await prepared.search();
  });
});
