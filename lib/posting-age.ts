import type { Posted } from './posting';

/** A posting's age from its posted date: plain functions apart from lib/posting.ts's zod schemas, for content scripts. */

const DAY_MS = 86_400_000;

/**
 * The posting's age in days at `now`, as a [youngest, oldest] pair. For an exact date both are equal;
 * for "30+ days ago" the oldest is Infinity. Undefined when the posted date is unknown.
 */
export function postingAgeDays(posted: Posted | undefined, now: Date): { min: number; max: number } | undefined {
  if (!posted) return undefined;
  if (posted.kind === 'exact') {
    const age = Math.max(0, (now.getTime() - Date.parse(posted.date)) / DAY_MS);
    return { min: age, max: age };
  }
  const min = Math.max(0, (now.getTime() - Date.parse(posted.latest)) / DAY_MS);
  const max =
    posted.earliest === undefined ? Number.POSITIVE_INFINITY : (now.getTime() - Date.parse(posted.earliest)) / DAY_MS;
  return { min, max: Math.max(min, max) };
}

/** One figure for freshness: the exact age, the middle of a bounded range, the lower bound of an open one. */
export function estimatedAgeDays(posted: Posted | undefined, now: Date): number | undefined {
  const age = postingAgeDays(posted, now);
  if (!age) return undefined;
  return Number.isFinite(age.max) ? (age.min + age.max) / 2 : age.min;
}
