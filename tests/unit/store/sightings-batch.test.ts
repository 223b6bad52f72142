import { describe, expect, it } from 'vitest';
import { daysAfter, freshStore, posting, staleDays } from './helpers';

const start = new Date('2026-03-01T09:00:00.000Z');

/** A job list: two roles at Acme (one a repost of an older id), one at Globex, and Acme's first card again. */
const cards = () => [
  posting({ id: 'a1', title: 'Data Engineer' }),
  posting({ id: 'a2', title: 'Senior Engineer' }),
  posting({ id: 'g1', company: 'Globex', title: 'Designer' }),
  posting({ id: 'a1', title: 'Data Engineer' }),
];

describe('recordSightings (a job list in one transaction)', () => {
  it('gives exactly what one recordSighting per card would, in order', async () => {
    const batched = await freshStore();
    const single = await freshStore();
    for (const store of [batched, single]) {
      await store.recordSighting(posting({ id: 'old', title: 'Senior Engineer' }), start, { staleDays });
    }
    const later = daysAfter(start, 10);

    const fromBatch = await batched.recordSightings(cards(), later, { staleDays });
    const fromSingles = [];
    for (const card of cards()) fromSingles.push(await single.recordSighting(card, later, { staleDays }));

    expect(fromBatch).toEqual(fromSingles);
    expect(fromBatch[1]?.posting.repostsSeen).toBe(1);
    expect(fromBatch[3]?.posting.timesSeen).toBe(2);
    expect(fromBatch[3]?.company?.postingsObserved).toBe(3);
    expect(await batched.counts()).toEqual(await single.counts());
    expect(await batched.getPosting('lever', 'a1')).toEqual(await single.getPosting('lever', 'a1'));
  });

  it('writes nothing for an empty list', async () => {
    const store = await freshStore();
    expect(await store.recordSightings([], start, { staleDays })).toEqual([]);
    expect((await store.counts()).postings).toBe(0);
  });

  it('on a failed write keeps nothing and scores every card as first seen, with the reason', async () => {
    const store = await freshStore();
    store.close();
    const results = await store.recordSightings(cards(), start, { staleDays });
    expect(results).toHaveLength(4);
    for (const result of results) {
      expect(result.posting).toMatchObject({ firstSeen: start.toISOString(), timesSeen: 1 });
      expect(result.problem).toMatch(/could not save/i);
    }
  });
});
