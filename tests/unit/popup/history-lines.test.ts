import { companyLine } from '@/lib/popup/company-line';
import { timelineDots, timelineText } from '@/lib/popup/sightings-timeline';
import { company, history, posting, tabResult } from './fixtures';

describe('companyLine', () => {
  const line = (known: ReturnType<typeof company> | undefined, overrides: Parameters<typeof tabResult>[0] = {}) =>
    companyLine(tabResult({ company: known, ...overrides }));

  it('reads the company history in one line', () => {
    expect(line(company())).toBe('12 postings seen · 3 reposts · typically up 41 days');
  });

  it('uses the singular, says "no reposts", and leaves out an unknown lifetime', () => {
    expect(line(company({ postingsObserved: 2, reposts: 1, medianLifetimeDays: 1 }))).toBe(
      '2 postings seen · 1 repost · typically up 1 day',
    );
    expect(line(company({ postingsObserved: 3, reposts: 0, medianLifetimeDays: null }))).toBe(
      '3 postings seen · no reposts',
    );
  });

  it('says why there is no company history: a fresh install or a company first seen with this posting', () => {
    const first = 'First time this browser sees Acme: no company history yet';
    expect(line(undefined, { history: history({ timesSeen: 1 }) })).toBe(first);
    expect(line(company({ postingsObserved: 1 }), { history: history({ timesSeen: 1 }) })).toBe(first);
    expect(line(company({ postingsObserved: 1 }), { history: history({ timesSeen: 4 }) })).toBe(
      'No other posting from Acme seen yet: no company history',
    );
    expect(line(undefined, { posting: posting({ company: undefined }) })).toBe('No company named: no company history');
  });
});

describe('sightings timeline', () => {
  it('puts one dot per day between first and last seen, bigger where seen more than once', () => {
    expect(timelineDots(history())).toEqual([
      { at: 0, day: '2026-03-10', count: 1 },
      { at: 0.4, day: '2026-03-14', count: 2 },
      { at: 1, day: '2026-03-20', count: 1 },
    ]);
  });

  it('keeps the first-seen day when it fell off the kept sightings', () => {
    const dots = timelineDots(history({ sightings: ['2026-03-20T12:00:00.000Z'], timesSeen: 60 }));
    expect(dots.map((dot) => dot.day)).toEqual(['2026-03-10', '2026-03-20']);
  });

  it('centres a single day and says it in words', () => {
    const once = history({
      firstSeen: '2026-03-20T08:00:00.000Z',
      sightings: ['2026-03-20T08:00:00.000Z'],
      timesSeen: 1,
    });
    expect(timelineDots(once)).toEqual([{ at: 0.5, day: '2026-03-20', count: 1 }]);
    expect(timelineText(once)).toBe('Seen once, on Mar 20, 2026');
  });
});
