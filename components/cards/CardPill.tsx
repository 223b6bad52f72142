import { BAND_COLORS, GHOST_WARNING_COLORS, schemeStyle } from '@/components/band-colors';
import { cardPillLabel } from '@/lib/content/cards/pill-label';
import type { Score } from '@/lib/score/types';

export interface CardPillProps {
  score: Score;
  /** Why the card is dimmed or shown dimmed although hidden ("Dimmed: viewed"), for the label. */
  note?: string;
  /** The user hid this job: it shows only while its list's hidden cards are revealed, and the button shows it again. */
  hiddenByUser: boolean;
  /** On the card kept of duplicates: how many others it stands for, and whether they are shown. */
  similar?: { count: number; expanded: boolean };
  onHide: () => void;
  onSimilar: () => void;
}

/** Buttons inside cards that are links: a click does its own thing only, never the card's. */
const only = (action: () => void) => (event: Event) => {
  event.preventDefault();
  action();
};

/**
 * The score on a job-list card: the figure in its band's colour and, with the ghost warning, a warning mark; then
 * "+N similar" when it stands for duplicates, and a button that hides this one job (or shows it again). Small
 * enough for a card's corner; the band and the top reason are in its label for screen readers and the tooltip.
 */
export function CardPill({ score, note, hiddenByUser, similar, onHide, onSimilar }: CardPillProps) {
  const label = note ? `${cardPillLabel(score)}. ${note}` : cardPillLabel(score);
  const style = {
    ...schemeStyle(BAND_COLORS[score.band.id], 'sh-band'),
    ...schemeStyle(GHOST_WARNING_COLORS, 'sh-warn'),
  };
  const hideLabel = hiddenByUser ? 'Show this job again' : 'Hide this job';
  return (
    <span class="sh-card-pill-row" style={style}>
      {similar && (
        <button
          type="button"
          class="sh-card-pill__button"
          aria-expanded={similar.expanded}
          onClick={only(onSimilar)}
          data-testid="still-hiring-similar"
        >
          {similar.expanded ? `− ${similar.count} similar` : `+${similar.count} similar`}
        </button>
      )}
      <span
        class={score.ghostWarning ? 'sh-card-pill sh-card-pill--ghost' : 'sh-card-pill'}
        role="img"
        aria-label={label}
        title={label}
        data-testid="still-hiring-card-pill"
        data-score={score.value}
        data-band={score.band.id}
        data-ghost={score.ghostWarning ? 'true' : 'false'}
      >
        {score.ghostWarning && <span class="sh-card-pill__mark">⚠</span>}
        <span class="sh-card-pill__score">{score.value}</span>
      </span>
      <button
        type="button"
        class="sh-card-pill__button sh-card-pill__hide"
        aria-label={hideLabel}
        title={hideLabel}
        onClick={only(onHide)}
        data-testid="still-hiring-hide-job"
        data-hidden={hiddenByUser ? 'true' : 'false'}
      >
        {hiddenByUser ? '↺' : '×'}
      </button>
    </span>
  );
}
