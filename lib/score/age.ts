import type { History } from '@/lib/history';
import type { Posting } from '@/lib/posting';
import { estimatedAgeDays } from '@/lib/posting-age';
import { formatDaysAgo, formatPostedAge } from '@/lib/text/format';

const DAY_MS = 86_400_000;

export interface PostingAge {
  /** The age freshness and staleness go by, in days. */
  days: number;
  /** Where it comes from: the posted date (perhaps pushed back by an older first sighting), or the sighting alone. */
  from: 'posted' | 'first-seen';
  /** "Posted 3 days ago", "Posted 30+ days ago", "First seen 5 days ago (posted date unknown)". */
  label: string;
}

/**
 * How old the posting is. A posted date gives it; when the extension first saw the posting earlier than that date
 * allows (a site that refreshes its dates), the first sighting wins, since the posting was up at least that long.
 * Undefined when neither is known.
 */
export function postingAge(posting: Posting, history: History, now: Date): PostingAge | undefined {
  const firstSeen = history.posting?.firstSeen;
  const seenDays = firstSeen === undefined ? undefined : Math.max(0, (now.getTime() - Date.parse(firstSeen)) / DAY_MS);
  const postedDays = estimatedAgeDays(posting.posted, now);
  if (posting.posted && postedDays !== undefined) {
    const label = formatPostedAge(posting.posted, now);
    if (firstSeen === undefined || seenDays === undefined) return { days: postedDays, from: 'posted', label };
    // The label only tells of the sighting when it matters; the figure always takes the larger, so it never
    // falls as the posted date gets older.
    const seenEarlier = seenDays > postedDays + 1;
    return {
      days: Math.max(postedDays, seenDays),
      from: 'posted',
      label: seenEarlier ? `${label}, first seen ${formatDaysAgo(firstSeen, now)}` : label,
    };
  }
  if (firstSeen === undefined || seenDays === undefined) return undefined;
  return {
    days: seenDays,
    from: 'first-seen',
    label: `First seen ${formatDaysAgo(firstSeen, now)} (posted date unknown)`,
  };
}
