import { BAND_COLORS, GHOST_WARNING_COLORS, schemeStyle } from '@/components/band-colors';
import { cardPillLabel } from '@/lib/content/cards/pill-label';
import type { Score } from '@/lib/score/types';

/**
 * The score on a job-list card: the figure in its band's colour and, with the ghost warning, a warning mark. Small
 * enough for a card's corner; the band and the top reason are in its label for screen readers and the tooltip.
 */
export function CardPill({ score }: { score: Score }) {
  const label = cardPillLabel(score);
  const style = {
    ...schemeStyle(BAND_COLORS[score.band.id], 'sh-band'),
    ...schemeStyle(GHOST_WARNING_COLORS, 'sh-warn'),
  };
  return (
    <span
      class={score.ghostWarning ? 'sh-card-pill sh-card-pill--ghost' : 'sh-card-pill'}
      role="img"
      aria-label={label}
      title={label}
      style={style}
      data-testid="still-hiring-card-pill"
      data-score={score.value}
      data-band={score.band.id}
      data-ghost={score.ghostWarning ? 'true' : 'false'}
    >
      {score.ghostWarning && <span class="sh-card-pill__mark">⚠</span>}
      <span class="sh-card-pill__score">{score.value}</span>
    </span>
  );
}
