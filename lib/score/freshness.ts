import type { PostingAge } from '@/lib/score/age';
import type { Factor } from '@/lib/score/types';
import { POINTS } from '@/lib/score/weights';

const { freshness } = POINTS;

/**
 * Points for an age: `new` today, falling linearly to `atStalePoint` at the stale point, then by
 * `perStalePeriodPast` per further stale period down to `floor`. Never rises with age.
 */
export function freshnessPoints(days: number, staleDays: number): number {
  const span = freshness.new - freshness.atStalePoint;
  const points =
    days <= staleDays
      ? freshness.new - (span * days) / staleDays
      : freshness.atStalePoint + (freshness.perStalePeriodPast * (days - staleDays)) / staleDays;
  return Math.round(Math.max(freshness.floor, points));
}

export function freshnessFactor(age: PostingAge | undefined, staleDays: number): Factor {
  if (!age) return { id: 'freshness', kind: 'freshness', label: 'Posted date unknown', points: freshness.unknown };
  const points = freshnessPoints(age.days, staleDays);
  return {
    id: 'freshness',
    kind: 'freshness',
    label: age.label,
    points: age.from === 'first-seen' ? Math.min(points, freshness.firstSeenCap) : points,
  };
}
