import type { PostingHistory } from '@/lib/history';
import type { Posting, Source } from '@/lib/posting';
import { estimatedAgeDays } from '@/lib/posting-age';
import { companyKey, normalizeKey } from '@/lib/posting-keys';
import { descriptionKey } from '@/lib/summary/summary';
import { MAX_SIGHTINGS } from './schema';
import type { PostingMarks, StoredPosting, StoredSummary } from './types';

const DAY_MS = 86_400_000;

export function postingKey(source: Source, id: string): string {
  return `${source}:${id}`;
}

/** The normalized locations, in any order the site lists them: "Paris, Remote" and "Remote, Paris" are one place. */
export function locationKeyOf(locations: readonly string[]): string {
  return locations.map(normalizeKey).filter(Boolean).sort().join(' | ');
}

/** The company key; undefined for a name without a letter or digit, which gives nothing to match companies on. */
function keyOfCompany(company: string | undefined): string | undefined {
  return (company === undefined ? undefined : companyKey(company)) || undefined;
}

/** Sorted distinct dates, at most the last 50: the sighting timeline. */
export function timeline(dates: Iterable<string>): string[] {
  return [...new Set(dates)].sort().slice(-MAX_SIGHTINGS);
}

/**
 * When the posting went up, as the site says now. An open-ended "30+ days ago" only bounds the age from below,
 * so it never replaces an earlier, better estimate.
 */
function postedAt(previous: string | undefined, posting: Posting, now: Date): string | undefined {
  const age = estimatedAgeDays(posting.posted, now);
  if (age === undefined) return previous;
  const estimate = new Date(now.getTime() - age * DAY_MS).toISOString();
  const openEnded = posting.posted?.kind === 'range' && posting.posted.earliest === undefined;
  return openEnded && previous !== undefined && Date.parse(previous) < Date.parse(estimate) ? previous : estimate;
}

/** The marks known before, with those this sighting adds, each dated when first known; undefined when none. */
function marksAfter(existing: PostingMarks | undefined, posting: Posting, at: string): PostingMarks | undefined {
  const viewed = existing?.viewed ?? (posting.view === 'page' || posting.flags.viewed ? at : undefined);
  const applied = existing?.applied ?? (posting.flags.applied ? at : undefined);
  const reposted = existing?.reposted ?? (posting.reposted ? at : undefined);
  return marksOf({ viewed, applied, reposted });
}

/** The marks set, in one order; undefined when none is. */
function marksOf({ viewed, applied, reposted }: PostingMarks): PostingMarks | undefined {
  if (viewed === undefined && applied === undefined && reposted === undefined) return undefined;
  return {
    ...(viewed === undefined ? {} : { viewed }),
    ...(applied === undefined ? {} : { applied }),
    ...(reposted === undefined ? {} : { reposted }),
  };
}

/** Of two sets of marks, the earlier date of each. */
export function earliestMarks(a: PostingMarks | undefined, b: PostingMarks | undefined): PostingMarks | undefined {
  const earlier = (x: string | undefined, y: string | undefined) =>
    x === undefined || y === undefined ? (x ?? y) : Date.parse(y) < Date.parse(x) ? y : x;
  return marksOf({
    viewed: earlier(a?.viewed, b?.viewed),
    applied: earlier(a?.applied, b?.applied),
    reposted: earlier(a?.reposted, b?.reposted),
  });
}

/**
 * The summary still true of the posting: the kept one, unless the posting shows a description it was not made
 * from. A job-list card shows none, which changes nothing.
 */
function keptSummary(summary: StoredSummary | undefined, posting: Posting): StoredSummary | undefined {
  const text = posting.descriptionText;
  return summary && (text === undefined || descriptionKey(text) === summary.descriptionKey) ? summary : undefined;
}

/**
 * The record after one more sighting of `posting` at `now`. What the site shows now (title, url, locations)
 * replaces what it showed before; the company key, once known, stays, so a posting never changes company.
 * Sightings from tabs that commit out of order still give the earliest first and the latest last seen. The
 * summary goes when the description changed.
 */
export function withSighting(existing: StoredPosting | undefined, posting: Posting, now: Date): StoredPosting {
  const at = now.toISOString();
  const company = posting.company ?? existing?.company;
  const key = existing?.companyKey ?? keyOfCompany(company);
  const locations = posting.locations.length > 0 ? posting.locations : (existing?.locations ?? []);
  const posted = postedAt(existing?.postedAt, posting, now);
  const firstSeen = existing && Date.parse(existing.firstSeen) < now.getTime() ? existing.firstSeen : at;
  const lastSeen = existing && Date.parse(existing.lastSeen) > now.getTime() ? existing.lastSeen : at;
  const summary = keptSummary(existing?.summary, posting);
  const marks = marksAfter(existing?.marks, posting, at);
  return {
    key: postingKey(posting.source, posting.id),
    source: posting.source,
    id: posting.id,
    url: posting.url,
    title: posting.title,
    titleKey: normalizeKey(posting.title),
    ...(company === undefined ? {} : { company }),
    ...(key === undefined ? {} : { companyKey: key }),
    locations,
    locationKey: locationKeyOf(locations),
    ...(posted === undefined ? {} : { postedAt: posted }),
    firstSeen,
    lastSeen,
    timesSeen: (existing?.timesSeen ?? 0) + 1,
    sightings: timeline([...(existing?.sightings ?? []), at]),
    ...(existing?.repostOf ? { repostOf: existing.repostOf } : {}),
    ...(existing?.lastScore ? { lastScore: existing.lastScore } : {}),
    ...(existing?.saved ? { saved: existing.saved } : {}),
    ...(summary ? { summary } : {}),
    ...(marks ? { marks } : {}),
  };
}

const canonical = (date: string) => new Date(date).toISOString();

function canonicalMarks({ viewed, applied, reposted }: PostingMarks): PostingMarks | undefined {
  const at = (date: string | undefined) => (date === undefined ? undefined : canonical(date));
  return marksOf({ viewed: at(viewed), applied: at(applied), reposted: at(reposted) });
}

/**
 * A valid record in the store's canonical form: UTC dates (indexes order them as strings), keys recomputed from
 * the fields they normalize, a sorted timeline. Records from elsewhere (import, older versions) go through it.
 */
export function normalizeRecord(record: StoredPosting): StoredPosting {
  const { company, postedAt, repostOf, lastScore, saved, summary } = record;
  const marks = record.marks && canonicalMarks(record.marks);
  const key = record.companyKey ?? keyOfCompany(company);
  const topReason = lastScore?.topReason;
  // Built field by field, in one order, so equal records serialize to equal text.
  return {
    key: record.key,
    source: record.source,
    id: record.id,
    url: record.url,
    title: record.title,
    titleKey: normalizeKey(record.title),
    ...(company === undefined ? {} : { company }),
    ...(key === undefined ? {} : { companyKey: key }),
    locations: record.locations,
    locationKey: locationKeyOf(record.locations),
    ...(postedAt === undefined ? {} : { postedAt: canonical(postedAt) }),
    firstSeen: canonical(record.firstSeen),
    lastSeen: canonical(record.lastSeen),
    timesSeen: record.timesSeen,
    sightings: timeline(record.sightings.map(canonical)),
    ...(repostOf === undefined ? {} : { repostOf: [...new Set(repostOf)].sort() }),
    ...(lastScore === undefined
      ? {}
      : {
          lastScore: {
            value: lastScore.value,
            bandId: lastScore.bandId,
            bandLabel: lastScore.bandLabel,
            ghostWarning: lastScore.ghostWarning,
            ...(topReason === undefined ? {} : { topReason }),
            scoredAt: canonical(lastScore.scoredAt),
          },
        }),
    ...(saved === undefined ? {} : { saved: { at: canonical(saved.at) } }),
    ...(summary === undefined
      ? {}
      : {
          summary: {
            method: summary.method,
            lines: [...summary.lines],
            descriptionKey: summary.descriptionKey,
            version: summary.version,
            madeAt: canonical(summary.madeAt),
          },
        }),
    ...(marks === undefined ? {} : { marks }),
  };
}

export function postingHistoryOf(record: StoredPosting): PostingHistory {
  return {
    firstSeen: record.firstSeen,
    lastSeen: record.lastSeen,
    timesSeen: record.timesSeen,
    sightings: [...record.sightings],
    repostsSeen: record.repostOf?.length ?? 0,
  };
}

/** The history of a posting seen for the first time now: what is known when nothing could be read or saved. */
export function firstSightingHistory(now: Date): PostingHistory {
  const at = now.toISOString();
  return { firstSeen: at, lastSeen: at, timesSeen: 1, sightings: [at], repostsSeen: 0 };
}
