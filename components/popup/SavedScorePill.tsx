import { BAND_COLORS, GHOST_WARNING_COLORS, schemeStyle } from '@/components/band-colors';
import type { LastScore } from '@/lib/store/types';
import '@/components/score/score.css';

/** A saved listing's last score, in the badge's pill style; a dashed outline when it carried the ghost warning. */
export function SavedScorePill({ score }: { score: LastScore | undefined }) {
  if (!score) {
    return (
      <span class="saved-pill saved-pill--none" data-testid="saved-row-score">
        not scored
      </span>
    );
  }
  const style = {
    ...schemeStyle(BAND_COLORS[score.bandId], 'sh-band'),
    ...schemeStyle(GHOST_WARNING_COLORS, 'sh-warn'),
  };
  return (
    <span
      class={score.ghostWarning ? 'sh-pill sh-pill--ghost saved-pill' : 'sh-pill saved-pill'}
      style={style}
      data-band={score.bandId}
      data-ghost={score.ghostWarning ? 'true' : 'false'}
      data-testid="saved-row-score"
      title={score.topReason ? `${score.bandLabel}: ${score.topReason}` : score.bandLabel}
    >
      <span class="sh-pill__score">{score.value}</span>
      <span class="visually-hidden">
        {` of 100, ${score.bandLabel}`}
        {score.ghostWarning ? ', ghost job warning' : ''}
      </span>
    </span>
  );
}
