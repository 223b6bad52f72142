import { createMemoryHistory } from '@/lib/background/memory-history';
import { makeHistory, makePosting } from '../helpers/results';

const at = (iso: string) => new Date(iso);
const company = {
  key: 'acme',
  name: 'Acme',
  postingsObserved: 3,
  postingsSeenLast14Days: 2,
  reposts: 0,
  medianLifetimeDays: 12,
  staleShare: 0,
};

describe('memory history', () => {
  it('starts a posting it knows nothing of with a first sighting', () => {
    const memory = createMemoryHistory();
    expect(memory.get(makePosting())).toBeUndefined();
    expect(memory.record(makePosting(), at('2025-03-05T10:00:00.000Z'))).toEqual({
      history: {
        firstSeen: '2025-03-05T10:00:00.000Z',
        lastSeen: '2025-03-05T10:00:00.000Z',
        timesSeen: 1,
        sightings: ['2025-03-05T10:00:00.000Z'],
        repostsSeen: 0,
      },
    });
  });

  it('continues what the store answered earlier, keeping first seen and the company', () => {
    const memory = createMemoryHistory();
    memory.remember(makePosting(), { history: makeHistory(), company });
    const next = memory.record(makePosting(), at('2025-03-05T10:00:00.000Z'));
    expect(next).toEqual({
      history: {
        ...makeHistory(),
        lastSeen: '2025-03-05T10:00:00.000Z',
        timesSeen: 4,
        sightings: [...makeHistory().sightings, '2025-03-05T10:00:00.000Z'],
      },
      company,
    });
    expect(memory.get(makePosting())).toEqual(next);
  });

  it('continues what the store could still read when it remembers nothing, and prefers what it remembers', () => {
    const memory = createMemoryHistory();
    const known = { history: makeHistory({ firstSeen: '2025-01-01T00:00:00.000Z', timesSeen: 9 }) };
    expect(memory.record(makePosting(), at('2025-03-05T10:00:00.000Z'), known).history).toMatchObject({
      firstSeen: '2025-01-01T00:00:00.000Z',
      timesSeen: 10,
    });
    expect(memory.record(makePosting(), at('2025-03-06T10:00:00.000Z'), known).history.timesSeen).toBe(11);
  });

  it('keeps at most 500 postings, forgetting the least recently seen', () => {
    const memory = createMemoryHistory();
    const posting = (n: number) => makePosting({ id: `id-${n}`, url: `https://jobs.lever.co/acme/id-${n}` });
    for (let n = 0; n < 501; n++) memory.remember(posting(n), { history: makeHistory() });
    expect(memory.get(posting(0))).toBeUndefined();
    expect(memory.get(posting(1))).toBeDefined();
    expect(memory.get(posting(500))).toBeDefined();
  });
});
