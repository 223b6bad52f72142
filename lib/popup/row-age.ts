import type { SavedSort, StoredPosting } from '@/lib/store/types';

const DAY_MS = 86_400_000;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * An age in whole days, then months and years: a saved row has room for one unit, and a posted date is often an
 * estimate that finer units would overstate.
 */
function ageInWords(iso: string, now: Date): string {
  const days = Math.floor(Math.max(0, now.getTime() - Date.parse(iso)) / DAY_MS);
  if (days === 0) return 'today';
  if (days < 60) return `${count(days, 'day')} ago`;
  if (days < 365) return `${count(Math.floor(days / 30), 'month')} ago`;
  return `${count(Math.floor(days / 365), 'year')} ago`;
}

/**
 * A saved row's age: when it was posted, which says most about a listing, unless the list is sorted by saved date,
 * where the saved date explains the order. Either falls back to the other.
 */
export function rowAge(row: StoredPosting, sort: SavedSort, now: Date): string | undefined {
  const posted = row.postedAt && `posted ${ageInWords(row.postedAt, now)}`;
  const saved = row.saved && `saved ${ageInWords(row.saved.at, now)}`;
  return sort === 'saved' ? (saved ?? posted) : (posted ?? saved);
}
