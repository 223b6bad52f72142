import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { runStoreBenchmark, syntheticPostings } from '@/lib/store/bench';
import { StoredPostingSchema } from '@/lib/store/schema';

const sizes = { postings: 300, companies: 12, saved: 40, samples: 5 };

describe('the store benchmark', () => {
  it('builds valid, reproducible data of the asked size', () => {
    const postings = syntheticPostings(sizes);
    expect(postings).toHaveLength(300);
    expect(new Set(postings.map((p) => p.companyKey)).size).toBe(12);
    expect(postings.filter((p) => p.saved)).toHaveLength(40);
    expect(postings.every((p) => StoredPostingSchema.safeParse(p).success)).toBe(true);
    expect(syntheticPostings(sizes)).toEqual(postings);
  });

  it('reports medians and leaves no database behind', async () => {
    const factory = new IDBFactory();
    const result = await runStoreBenchmark(factory, sizes);
    expect(result.sizes).toEqual(sizes);
    for (const figure of [result.fillMs, result.recordSightingMedianMs, result.searchMedianMs]) {
      expect(Number.isFinite(figure) && figure >= 0).toBe(true);
    }
    for (const figure of [
      result.searchAfterChangeMedianMs,
      result.searchInNewStoreMedianMs,
      result.searchAfterSightingMedianMs,
    ]) {
      expect(figure).toBeGreaterThanOrEqual(0);
    }
    expect(await factory.databases()).toEqual([]);
  });
});
