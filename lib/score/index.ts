import type { History } from '@/lib/history';
import type { Posting } from '@/lib/posting';
import { postingAge } from '@/lib/score/age';
import { bandFor } from '@/lib/score/bands';
import { companyFactors, companyHistoryNote } from '@/lib/score/company';
import { confidenceOf } from '@/lib/score/confidence';
import { readText, type ScoreContext } from '@/lib/score/context';
import { employerFactor } from '@/lib/score/employer';
import { employerSiteFactor } from '@/lib/score/employer-site';
import { freshnessFactor } from '@/lib/score/freshness';
import { ghostFindings } from '@/lib/score/ghost';
import { qualityFactor } from '@/lib/score/quality';
import { sourceFactor } from '@/lib/score/source';
import { specificityFactor } from '@/lib/score/specificity';
import type { Factor, Score } from '@/lib/score/types';
import { POINTS } from '@/lib/score/weights';
import type { Settings } from '@/lib/settings';

export { allBands, bandFor } from '@/lib/score/bands';

const optional = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);

export { confidenceOf } from '@/lib/score/confidence';

/**
 * The Hiring Activity Score of a posting: pure and deterministic (no clock, storage or page; `now` is an input).
 *
 * The value is the sum of the factors' points (each a whole number), clamped to 0–100. The factors are the whole
 * explanation: nothing is added that the breakdown does not show. When the sum falls outside 0–100 the value is
 * the bound it passed, and the breakdown shows the sum as it is (say -12 for a closed, stale, reposted posting
 * scored 0), so the clamp is the only step between the two and it is visible as that difference.
 */
export function scorePosting(posting: Posting, history: History, settings: Settings, now: Date): Score {
  const context: ScoreContext = { posting, history, settings, now, text: readText(posting) };
  const age = postingAge(posting, history, now);
  const confidence = confidenceOf(posting, history);
  const findings = ghostFindings(context, age);
  const factors: Factor[] = [
    { id: 'base', kind: 'base', label: 'Base score', points: POINTS.base },
    freshnessFactor(age, settings.staleDays),
    qualityFactor(context),
    specificityFactor(context),
    {
      id: 'confidence',
      kind: 'confidence',
      label: `${confidence.level} confidence (${confidence.value}%)`,
      points: Math.round((confidence.value - POINTS.confidence.neutral) / POINTS.confidence.perPoint),
    },
    sourceFactor(posting),
    ...optional(employerSiteFactor(context)),
    ...companyFactors(context),
  ];
  const employer = employerFactor(context);
  if (employer) factors.push(employer);
  for (const found of findings) factors.push(found.factor);
  const sum = factors.reduce((total, factor) => total + factor.points, 0);
  const value = Math.max(0, Math.min(100, sum));
  const ghostSignals = findings.map((found) => found.signal);
  const note = companyHistoryNote(posting, history);
  return {
    value,
    band: bandFor(value, settings),
    confidence,
    factors,
    ghostSignals,
    ghostWarning: ghostSignals.some((signal) => signal.severity === 'severe') || value < settings.ghostThreshold,
    notes: note ? [note] : [],
  };
}
