import type { Score } from '@/lib/score/types';
import { ghostSummary, topReason } from '@/lib/score-summary';

/**
 * What the card pill says to a screen reader and in its tooltip: "Score 42, Possibly Stale (35–49): Posted 45 days
 * ago", or with the ghost warning "Score 20, Likely Ghost (0–34). Ghost job warning: Posted over 60 days ago".
 */
export function cardPillLabel(score: Score): string {
  const head = `Score ${score.value}, ${score.band.label}`;
  const ghost = ghostSummary(score);
  if (ghost) return `${head}. Ghost job warning: ${ghost}`;
  const reason = topReason(score);
  return reason ? `${head}: ${reason}` : head;
}

/** Equal for two scores the pill shows the same way, so an identical result is never drawn twice. */
export function pillSignature(score: Score): string {
  return `${score.band.id}|${cardPillLabel(score)}`;
}
