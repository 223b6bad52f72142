import type { CompanyHistory } from '@/lib/history';
import type { CompanyRecord, StoredPosting } from './types';

const DAY_MS = 86_400_000;
const RECENT_DAYS = 14;

/** The company's running figures from all its postings; undefined when it has none left. */
export function companyRecordFrom(key: string, postings: readonly StoredPosting[]): CompanyRecord | undefined {
  const first = postings[0];
  if (!first) return undefined;
  let latest = first;
  let firstSeen = first.firstSeen;
  let reposts = 0;
  for (const posting of postings) {
    if (Date.parse(posting.lastSeen) > Date.parse(latest.lastSeen)) latest = posting;
    if (Date.parse(posting.firstSeen) < Date.parse(firstSeen)) firstSeen = posting.firstSeen;
    if (posting.repostOf?.length) reposts += 1;
  }
  return {
    key,
    name: latest.company ?? key,
    postingsObserved: postings.length,
    reposts,
    firstSeen,
    lastSeen: latest.lastSeen,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * What the score reads about a company, from its record and all its postings (read through the byCompany index).
 * A posting counts as stale when it was still up past the stale point the last time it was seen: age is measured
 * at lastSeen, not now, so postings that came down long ago do not make a company look stale forever.
 */
export function companyHistoryFrom(
  record: CompanyRecord,
  postings: readonly StoredPosting[],
  now: Date,
  staleDays: number,
): CompanyHistory {
  const recentSince = now.getTime() - RECENT_DAYS * DAY_MS;
  let seenRecently = 0;
  let stale = 0;
  const lifetimes: number[] = [];
  for (const posting of postings) {
    const lastSeen = Date.parse(posting.lastSeen);
    if (lastSeen >= recentSince) seenRecently += 1;
    lifetimes.push((lastSeen - Date.parse(posting.firstSeen)) / DAY_MS);
    const upSince = Date.parse(posting.postedAt ?? posting.firstSeen);
    if ((lastSeen - upSince) / DAY_MS > staleDays) stale += 1;
  }
  return {
    key: record.key,
    name: record.name,
    postingsObserved: record.postingsObserved,
    postingsSeenLast14Days: seenRecently,
    reposts: record.reposts,
    medianLifetimeDays: lifetimes.length >= 2 ? median(lifetimes) : null,
    staleShare: postings.length > 0 ? stale / postings.length : null,
  };
}
