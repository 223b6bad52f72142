import { normalizeKey } from '@/lib/posting-keys';
import type { SavedQuery, StoredPosting } from './types';

type Compare = (a: StoredPosting, b: StoredPosting) => number;

/** Plain code-unit order: ISO UTC dates sort as dates, and it is far cheaper than localeCompare on 10,000 rows. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; records without the date go last. */
const newestFirst =
  (date: (p: StoredPosting) => string | undefined): Compare =>
  (a, b) =>
    byText(date(b) ?? '', date(a) ?? '');

const SORTS: Record<NonNullable<SavedQuery['sort']>, Compare> = {
  score: (a, b) => (b.lastScore?.value ?? -1) - (a.lastScore?.value ?? -1),
  posted: newestFirst((p) => p.postedAt),
  saved: newestFirst((p) => p.saved?.at),
};

/**
 * Filters and sorts saved listings. Text matches when every word of it appears in the title or company name,
 * ignoring case, accents and punctuation. Ties keep a stable order by key.
 */
export function querySaved(saved: readonly StoredPosting[], query: SavedQuery = {}): StoredPosting[] {
  const words = normalizeKey(query.text ?? '')
    .split(' ')
    .filter(Boolean);
  const companyNames = new Map<string, string>();
  const normalizedCompany = (name: string) => {
    let key = companyNames.get(name);
    if (key === undefined) {
      key = normalizeKey(name);
      companyNames.set(name, key);
    }
    return key;
  };
  const matches = saved.filter((p) => {
    if (query.band !== undefined && p.lastScore?.bandId !== query.band) return false;
    if (words.length === 0) return true;
    const text = `${p.titleKey} ${p.company === undefined ? '' : normalizedCompany(p.company)}`;
    return words.every((word) => text.includes(word));
  });
  const compare = SORTS[query.sort ?? 'saved'];
  return matches.sort((a, b) => compare(a, b) || byText(a.key, b.key));
}
