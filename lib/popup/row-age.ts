import type { SavedSort, StoredPosting } from '@/lib/store/types';
import { formatAgo } from '@/lib/text/format';

/**
 * A saved row's age: when it was posted, which says most about a listing, unless the list is sorted by saved date,
 * where the saved date explains the order. Either falls back to the other.
 */
export function rowAge(row: StoredPosting, sort: SavedSort, now: Date): string | undefined {
  const posted = row.postedAt && `posted ${formatAgo(row.postedAt, now)}`;
  const saved = row.saved && `saved ${formatAgo(row.saved.at, now)}`;
  return sort === 'saved' ? (saved ?? posted) : (posted ?? saved);
}
