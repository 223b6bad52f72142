import type { PostingHistory } from '@/lib/history';
import type { DatePrecision, Posted } from '@/lib/posting';

/** How the score, the badge and the popup write ages. A month is 30 days and a year 365, as in the parser. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Largest first; formatAgo shows the largest that fits and the one just below it. */
const UNITS: [name: string, ms: number][] = [
  ['year', YEAR],
  ['month', MONTH],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "3 days, 12 hours ago", "2 months, 3 days ago", "0 minutes ago". A date in the future (clock skew) is now. */
export function formatAgo(fromIso: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(fromIso));
  const index = UNITS.findIndex(([, ms]) => elapsed >= ms);
  if (index < 0) return '0 minutes ago';
  const [unit, ms] = UNITS[index] as [string, number];
  const whole = Math.floor(elapsed / ms);
  const next = UNITS[index + 1];
  const rest = next ? Math.floor((elapsed - whole * ms) / next[1]) : 0;
  return next && rest > 0 ? `${count(whole, unit)}, ${count(rest, next[0])} ago` : `${count(whole, unit)} ago`;
}

/** Whole days, as the score compares ages with its stale point in days: "today", "1 day ago", "40 days ago". */
export function formatDaysAgo(fromIso: string, now: Date): string {
  const days = Math.floor(Math.max(0, now.getTime() - Date.parse(fromIso)) / DAY);
  return days === 0 ? 'today' : `${count(days, 'day')} ago`;
}

/** "First seen 3 days, 12 hours ago · Last seen 0 minutes ago" */
export function formatSeenLine(history: PostingHistory, now: Date): string {
  return `First seen ${formatAgo(history.firstSeen, now)} · Last seen ${formatAgo(history.lastSeen, now)}`;
}

const PRECISION_UNIT: Record<DatePrecision, [name: string, ms: number]> = {
  exact: ['day', DAY],
  minute: ['minute', MINUTE],
  hour: ['hour', HOUR],
  day: ['day', DAY],
  week: ['week', WEEK],
  month: ['month', MONTH],
  year: ['year', YEAR],
};

/**
 * "Posted today", "Posted 3 days ago", "Posted 2 weeks ago", "Posted 30+ days ago". An exact date counts whole days
 * (years past 365), the unit of the stale point; a parsed range counts in its own precision from its youngest end, so
 * "2 weeks ago" read a week earlier is now "Posted 3 weeks ago", and an open range keeps its "+".
 */
export function formatPostedAge(posted: Posted, now: Date): string {
  if (posted.kind === 'exact') {
    const elapsed = Math.max(0, now.getTime() - Date.parse(posted.date));
    if (elapsed < DAY) return 'Posted today';
    if (elapsed < YEAR) return `Posted ${count(Math.floor(elapsed / DAY), 'day')} ago`;
    return `Posted ${count(Math.floor(elapsed / YEAR), 'year')} ago`;
  }
  const [unit, ms] = PRECISION_UNIT[posted.precision];
  const whole = Math.floor(Math.max(0, now.getTime() - Date.parse(posted.latest)) / ms);
  if (posted.earliest === undefined) return `Posted ${whole}+ ${unit}s ago`;
  if (unit === 'day' && whole === 0) return 'Posted today';
  return `Posted ${count(whole, unit)} ago`;
}
