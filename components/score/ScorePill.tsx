import { BAND_COLORS, GHOST_WARNING_COLORS, schemeStyle } from '@/components/band-colors';
import type { Score } from '@/lib/score/types';
import { ghostSummary } from '@/lib/score-summary';
import './score.css';

/**
 * The collapsed score: the figure, the band label in the band's colour, and, when the ghost warning is on, a
 * dashed outline and a warning segment with the short reason. Purely visual; the badge wraps it in a button.
 */
export function ScorePill({ score }: { score: Score }) {
  const warning = ghostSummary(score);
  const style = {
    ...schemeStyle(BAND_COLORS[score.band.id], 'sh-band'),
    ...schemeStyle(GHOST_WARNING_COLORS, 'sh-warn'),
  };
  return (
    <span
      class={warning ? 'sh-pill sh-pill--ghost' : 'sh-pill'}
      style={style}
      data-band={score.band.id}
      data-ghost={warning ? 'true' : 'false'}
    >
      <span class="sh-pill__score" data-testid="still-hiring-score">
        {score.value}
      </span>
      <span class="sh-pill__band" data-testid="still-hiring-band">
        {score.band.label}
      </span>
      {warning && (
        <span class="sh-pill__warning" data-testid="still-hiring-warning" title={warning}>
          <span aria-hidden="true">⚠</span>
          <span class="sh-pill__warning-text">{warning}</span>
        </span>
      )}
    </span>
  );
}
