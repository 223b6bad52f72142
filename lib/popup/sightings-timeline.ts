import type { PostingHistory } from '@/lib/history';

const DAY_MS = 86_400_000;

export interface TimelineDot {
  /** 0 at the first day seen, 1 at the last. */
  at: number;
  /** The UTC day, "2025-03-14". */
  day: string;
  /** Sightings on that day. */
  count: number;
}

const dayNumber = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);
const dayText = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * One dot per day the posting was seen, placed along the days between first and last seen. The sightings list keeps
 * only the latest 50, so the first-seen day is added in case it fell off.
 */
export function timelineDots(history: PostingHistory): TimelineDot[] {
  const first = dayNumber(history.firstSeen);
  const span = dayNumber(history.lastSeen) - first;
  const counts = new Map<number, number>([[first, 0]]);
  for (const iso of history.sightings) {
    const day = dayNumber(iso);
    if (!Number.isNaN(day)) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, count]) => ({
      at: span > 0 ? (day - first) / span : 0.5,
      day: dayText(day),
      count: Math.max(1, count),
    }));
}

const dateFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The timeline in words, for screen readers and as the picture's caption. */
export function timelineText(history: PostingHistory): string {
  const first = dateFormat.format(new Date(history.firstSeen));
  const last = dateFormat.format(new Date(history.lastSeen));
  const times = history.timesSeen === 1 ? 'once' : `${history.timesSeen} times`;
  if (first === last) return `Seen ${times}, on ${first}`;
  const days = new Set(timelineDots(history).map((dot) => dot.day)).size;
  return `Seen ${times} on ${days} ${days === 1 ? 'day' : 'different days'} between ${first} and ${last}`;
}
