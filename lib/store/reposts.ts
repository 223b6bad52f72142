import type { StoredPosting } from './types';

/** A posting repeats another of the same company, title and location first seen at most this long before it. */
export const REPOST_WINDOW_DAYS = 90;
const WINDOW_MS = REPOST_WINDOW_DAYS * 86_400_000;

type Seen = Pick<StoredPosting, 'key' | 'source' | 'firstSeen'>;

/**
 * Keys of the postings in `sameRole` (same company, normalized title and location) that `posting` repeats:
 * the same site under another id, first seen strictly earlier and within the window. Two listings first seen at
 * the same moment are both live at once, so neither repeats the other; the same role on Lever and on LinkedIn
 * is one job listed twice, not a repost (the byRole index has no site in its key, so this filter is what keeps
 * sites apart).
 */
export function repostKeys(posting: Seen, sameRole: readonly Seen[]): string[] {
  const first = Date.parse(posting.firstSeen);
  return sameRole
    .filter((other) => {
      const gap = first - Date.parse(other.firstSeen);
      return other.source === posting.source && other.key !== posting.key && gap > 0 && gap <= WINDOW_MS;
    })
    .map((other) => other.key)
    .sort();
}

/**
 * The keys of `known` of the posting's own site: earlier versions counted the same role on another site as a
 * repost, and a record they wrote loses those keys the next time it is seen.
 */
export function sameSiteKeys(source: string, known: readonly string[] | undefined): string[] | undefined {
  return known?.filter((key) => key.startsWith(`${source}:`));
}

/** `known` plus `found`, sorted and distinct; undefined when both are empty. */
export function mergeRepostOf(known: readonly string[] | undefined, found: readonly string[]): string[] | undefined {
  const all = [...new Set([...(known ?? []), ...found])].sort();
  return all.length > 0 ? all : undefined;
}

/**
 * Detects reposts among all postings of one company, for when postings arrive together (import, upgrade)
 * rather than one sighting at a time. Returns the postings whose repostOf grew, updated.
 */
export function detectReposts(companyPostings: readonly StoredPosting[]): StoredPosting[] {
  const roles = new Map<string, StoredPosting[]>();
  for (const posting of companyPostings) {
    const role = `${posting.source}\u0000${posting.titleKey}\u0000${posting.locationKey}`;
    const sameRole = roles.get(role);
    if (sameRole) sameRole.push(posting);
    else roles.set(role, [posting]);
  }
  const changed: StoredPosting[] = [];
  for (const sameRole of roles.values()) {
    if (sameRole.length < 2) continue;
    for (const posting of sameRole) {
      const repostOf = mergeRepostOf(posting.repostOf, repostKeys(posting, sameRole));
      if ((repostOf?.length ?? 0) > (posting.repostOf?.length ?? 0)) changed.push({ ...posting, repostOf });
    }
  }
  return changed;
}
