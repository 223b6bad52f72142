import type { History } from '@/lib/history';
import { confidenceOf } from '@/lib/score';
import { parseRelativeTime } from '@/lib/text/relative-time';
import { daysAgo, NO_HISTORY, NOW, posting, spotify } from './fixtures';

const company: History = {
  company: {
    key: 'spotify',
    name: 'Spotify',
    postingsObserved: 10,
    postingsSeenLast14Days: 3,
    reposts: 0,
    medianLifetimeDays: 20,
    staleShare: 0.1,
  },
};

describe('confidenceOf', () => {
  it('is High (90%) for the brief example: an exact date from the ATS API, every main field, no company history', () => {
    expect(confidenceOf(spotify(), NO_HISTORY)).toEqual({ value: 90, level: 'High' });
  });

  it('rises a little once the company has history', () => {
    expect(confidenceOf(spotify(), company).value).toBe(95);
  });

  it('trusts a date from the API over one read from the page text', () => {
    const text = { ...spotify(), evidence: { posted: 'text' as const } };
    expect(confidenceOf(text, NO_HISTORY).value).toBeLessThan(confidenceOf(spotify(), NO_HISTORY).value);
  });

  it('trusts "3 days ago" more than "2 weeks ago", and "30+ days ago" least', () => {
    const range = (text: string) => ({ ...spotify(), posted: parseRelativeTime(text, NOW) });
    const days = confidenceOf(range('3 days ago'), NO_HISTORY).value;
    const weeks = confidenceOf(range('2 weeks ago'), NO_HISTORY).value;
    const open = confidenceOf(range('30+ days ago'), NO_HISTORY).value;
    expect(days).toBeGreaterThan(weeks);
    expect(weeks).toBeGreaterThan(open);
  });

  it('is lower for a list card', () => {
    const card = posting({ view: 'card', locations: ['London'], posted: { kind: 'exact', date: daysAgo(3) } });
    const page = posting({ locations: ['London'], posted: { kind: 'exact', date: daysAgo(3) } });
    expect(confidenceOf(card, NO_HISTORY).value).toBeLessThan(confidenceOf(page, NO_HISTORY).value);
  });

  it('falls to Low when little was found', () => {
    const bare = posting({ company: undefined, view: 'card' });
    expect(confidenceOf(bare, NO_HISTORY)).toEqual({ value: 3, level: 'Low' });
  });

  it('is Medium between 50 and 74', () => {
    const medium = posting({ locations: ['Paris'], posted: parseRelativeTime('il y a 2 semaines', NOW) });
    expect(confidenceOf(medium, NO_HISTORY)).toEqual({ value: 55, level: 'Medium' });
  });

  it('counts a first sighting as a weak date', () => {
    const undated = posting({ locations: ['Paris'] });
    const seen: History = {
      posting: { firstSeen: daysAgo(5), lastSeen: daysAgo(0), timesSeen: 2, sightings: [], repostsSeen: 0 },
    };
    expect(confidenceOf(undated, seen).value - confidenceOf(undated, NO_HISTORY).value).toBe(10);
  });
});
