import type { Source } from '@/lib/posting';
import type { GhostSeverity, Score } from '@/lib/score/types';
import { type Db, inTransaction } from './db';
import { saveFailure } from './faults';
import { type Problems, validPosting } from './read';
import { postingKey } from './records';
import { markSavedChanged } from './saved-cache';
import type { LastScore } from './types';

const SEVERITY_RANK: Record<GhostSeverity, number> = { severe: 0, moderate: 1, minor: 2 };

/** The reason to show in one line: the most severe ghost signal, else the factor that moved the score most. */
function topReason(score: Score): string | undefined {
  const [signal] = [...score.ghostSignals].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  if (signal) return signal.reason;
  const [factor] = score.factors
    .filter((f) => f.kind !== 'base' && f.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return factor?.label;
}

export function lastScoreOf(score: Score, now: Date): LastScore {
  const reason = topReason(score);
  return {
    value: score.value,
    bandId: score.band.id,
    bandLabel: score.band.label,
    ghostWarning: score.ghostWarning,
    ...(reason === undefined ? {} : { topReason: reason }),
    scoredAt: now.toISOString(),
  };
}

/**
 * Keeps the score of a recorded posting (nothing to attach it to otherwise). Called in the background right
 * after a sighting, so a failure is reported through problems rather than thrown.
 */
export async function recordScore(
  db: Db,
  problems: Problems,
  source: Source,
  id: string,
  score: Score,
  now: Date,
): Promise<void> {
  try {
    await inTransaction(db, ['postings', 'meta'], 'readwrite', async (tx) => {
      const record = validPosting(await tx.objectStore('postings').get(postingKey(source, id)), problems);
      if (!record) return;
      const scored = { ...record, lastScore: lastScoreOf(score, now) };
      await tx.objectStore('postings').put(scored);
      if (record.saved) await markSavedChanged(tx, [scored]);
    });
  } catch (error) {
    problems.report(saveFailure(error));
  }
}
