import { GHOST_WARNING_COLORS, schemeStyle } from '@/components/band-colors';
import { GhostReasons } from '@/components/score/GhostReasons';
import type { Score } from '@/lib/score/types';
import { ghostSummary } from '@/lib/score-summary';

/** The ghost-job warning with every signal behind it; a warning from the low score alone says so. */
export function GhostWarning({ score }: { score: Score }) {
  return (
    <div
      class="ghost-warning"
      role="note"
      aria-labelledby="ghost-warning-title"
      style={schemeStyle(GHOST_WARNING_COLORS, 'sh-warn')}
      data-testid="popup-ghost-warning"
    >
      <p id="ghost-warning-title" class="ghost-warning__title">
        <span aria-hidden="true">⚠ </span>Possible ghost job
      </p>
      {score.ghostSignals.length > 0 ? <GhostReasons signals={score.ghostSignals} /> : <p>{ghostSummary(score)}</p>}
    </div>
  );
}
