import { earliestMarks, timeline } from './records';
import { mergeRepostOf } from './reposts';
import type { StoredPosting } from './types';

const time = (date: string) => Date.parse(date);

/** Of two optional values, the one dated later (or earlier); `a` wins a tie. */
function pick<T>(a: T | undefined, b: T | undefined, date: (value: T) => string, prefer: 'later' | 'earlier') {
  if (a === undefined || b === undefined) return a ?? b;
  const diff = time(date(b)) - time(date(a));
  return (prefer === 'later' ? diff > 0 : diff < 0) ? b : a;
}

/**
 * One record from the same posting as known here and as known in an imported file (both normalized).
 * - Shown fields (title, url, company, locations, posted date) come from whichever was seen last; the local
 *   one wins a tie. The company key stays the local one, so a posting never changes company.
 * - firstSeen is the earliest, lastSeen the latest, sightings the union (last 50).
 * - timesSeen is the larger count, or the number of distinct sighting dates if that is larger: re-importing
 *   the same file never inflates it, which a sum would.
 * - repostOf is the union; the score kept is the more recent one; saved if either is, since the earlier date.
 * - The summary is the side's that saw the posting last, else the other's: a summary of a description that has
 *   changed since is dropped at the next sighting, which compares it with the description shown.
 * - marks (viewed, applied, reposted) are the union, each at the earlier date.
 */
export function mergePostings(local: StoredPosting, incoming: StoredPosting): StoredPosting {
  const [newer, older] = time(incoming.lastSeen) > time(local.lastSeen) ? [incoming, local] : [local, incoming];
  const allSightings = new Set([...local.sightings, ...incoming.sightings]);
  const companyKey = local.companyKey ?? incoming.companyKey;
  const company = newer.company ?? older.company;
  const postedAt = newer.postedAt ?? older.postedAt;
  const repostOf = mergeRepostOf(local.repostOf, incoming.repostOf ?? []);
  const lastScore = pick(local.lastScore, incoming.lastScore, (s) => s.scoredAt, 'later');
  const saved = pick(local.saved, incoming.saved, (s) => s.at, 'earlier');
  const summary = newer.summary ?? older.summary;
  const marks = earliestMarks(local.marks, incoming.marks);
  return {
    key: local.key,
    source: local.source,
    id: local.id,
    url: newer.url,
    title: newer.title,
    titleKey: newer.titleKey,
    ...(company === undefined ? {} : { company }),
    ...(companyKey === undefined ? {} : { companyKey }),
    locations: newer.locations,
    locationKey: newer.locationKey,
    ...(postedAt === undefined ? {} : { postedAt }),
    firstSeen: time(incoming.firstSeen) < time(local.firstSeen) ? incoming.firstSeen : local.firstSeen,
    lastSeen: newer.lastSeen,
    timesSeen: Math.max(local.timesSeen, incoming.timesSeen, allSightings.size),
    sightings: timeline(allSightings),
    ...(repostOf === undefined ? {} : { repostOf }),
    ...(lastScore === undefined ? {} : { lastScore }),
    ...(saved === undefined ? {} : { saved }),
    ...(summary === undefined ? {} : { summary }),
    ...(marks === undefined ? {} : { marks }),
  };
}
