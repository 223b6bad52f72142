import type { PostingHistory } from '@/lib/history';
import type { Posted } from '@/lib/posting';
import { formatAgo, formatDaysAgo, formatPostedAge, formatSeenLine } from '@/lib/text/format';
import { parseRelativeTime } from '@/lib/text/relative-time';

const now = new Date('2026-11-24T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('formatAgo', () => {
  it.each([
    [0, '0 minutes ago'],
    [59_000, '0 minutes ago'],
    [60_000, '1 minute ago'],
    [45 * 60_000, '45 minutes ago'],
    [HOUR + 5 * 60_000, '1 hour, 5 minutes ago'],
    [2 * HOUR, '2 hours ago'],
    [3 * DAY + 12 * HOUR, '3 days, 12 hours ago'],
    [DAY, '1 day ago'],
    [63 * DAY, '2 months, 3 days ago'],
    [30 * DAY + 5 * HOUR, '1 month ago'],
    [400 * DAY, '1 year, 1 month ago'],
    [-5 * 60_000, '0 minutes ago'],
  ])('writes %i ms as %j', (elapsed, text) => {
    expect(formatAgo(ago(elapsed), now)).toBe(text);
  });
});

describe('formatDaysAgo', () => {
  it.each([
    [3 * HOUR, 'today'],
    [DAY + 5 * HOUR, '1 day ago'],
    [40 * DAY, '40 days ago'],
  ])('writes %i ms as %j', (elapsed, text) => {
    expect(formatDaysAgo(ago(elapsed), now)).toBe(text);
  });
});

describe('formatSeenLine', () => {
  it('says when the posting was first and last seen', () => {
    const history: PostingHistory = {
      firstSeen: ago(3 * DAY + 12 * HOUR),
      lastSeen: now.toISOString(),
      timesSeen: 4,
      sightings: [],
      repostsSeen: 0,
    };
    expect(formatSeenLine(history, now)).toBe('First seen 3 days, 12 hours ago · Last seen 0 minutes ago');
  });
});

describe('formatPostedAge', () => {
  const exact = (ms: number): Posted => ({ kind: 'exact', date: ago(ms) });
  const parsed = (text: string) => parseRelativeTime(text, now) as Posted;

  it.each([
    [exact(3 * HOUR), 'Posted today'],
    [exact(DAY), 'Posted 1 day ago'],
    [exact(3 * DAY + 5 * HOUR), 'Posted 3 days ago'],
    [exact(59 * DAY), 'Posted 59 days ago'],
    [exact(120 * DAY), 'Posted 120 days ago'],
    [exact(800 * DAY), 'Posted 2 years ago'],
    [parsed('Posted Today'), 'Posted today'],
    [parsed('Posted Yesterday'), 'Posted 1 day ago'],
    [parsed('3 days ago'), 'Posted 3 days ago'],
    [parsed('Posted 30+ Days Ago'), 'Posted 30+ days ago'],
    [parsed('il y a 2 semaines'), 'Posted 2 weeks ago'],
    [parsed('vor 1 Monat'), 'Posted 1 month ago'],
    [parsed('5 hours ago'), 'Posted 5 hours ago'],
  ])('writes %j as %j', (posted, text) => {
    expect(formatPostedAge(posted, now)).toBe(text);
  });

  it('counts a parsed age forward from when it was read', () => {
    const read = parseRelativeTime('2 weeks ago', now) as Posted;
    expect(formatPostedAge(read, new Date(now.getTime() + 7 * DAY))).toBe('Posted 3 weeks ago');
  });
});
