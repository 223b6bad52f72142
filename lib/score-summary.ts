import type { Score } from '@/lib/score/types';

/** Short sentences about a score, shared by the in-page badge, the toolbar badge's tooltip and the popup. */

/** The reason the ghost warning shows: the most severe signal, or the low score itself. */
export function ghostSummary(score: Score): string | undefined {
  if (!score.ghostWarning) return undefined;
  const signal = score.ghostSignals.find((s) => s.severity === 'severe') ?? score.ghostSignals[0];
  return signal?.reason ?? `Low hiring activity score (${score.value})`;
}

/** The ghost reason when the warning is on, else the factor that moved the score most. */
export function topReason(score: Score): string | undefined {
  const ghost = ghostSummary(score);
  if (ghost) return ghost;
  const factors = score.factors.filter((f) => f.kind !== 'base' && f.points !== 0);
  factors.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return factors[0]?.label;
}

/** "+12", "−5" (a true minus sign), "0". */
export function signedPoints(points: number): string {
  const rounded = Math.round(points);
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `\u2212${Math.abs(rounded)}`;
  return '0';
}

/** What a screen reader hears for the score: "Hiring Activity Score 72 of 100, Likely Active (65–79)". */
export function scoreSentence(score: Score): string {
  const ghost = ghostSummary(score);
  const base = `Hiring Activity Score ${score.value} of 100, ${score.band.label}`;
  return ghost ? `${base}. Ghost job warning: ${ghost}` : base;
}
