import { BAND_COLORS, schemeStyle } from '@/components/band-colors';
import type { Score } from '@/lib/score/types';
import { scoreSentence } from '@/lib/score-summary';

/** A 240° arc from the lower left, over the top, to the lower right; `pathLength` lets the value be a dash length. */
const ARC = 'M 15.36 70 A 40 40 0 1 1 84.64 70';

/** The score as a gauge: an arc filled to the value in the band's colour, the figure in the middle. */
export function ScoreGauge({ score }: { score: Score }) {
  return (
    <svg
      class="gauge"
      viewBox="0 0 100 84"
      role="img"
      aria-label={scoreSentence(score)}
      data-testid="popup-gauge"
      data-band={score.band.id}
      style={schemeStyle(BAND_COLORS[score.band.id], 'sh-band')}
    >
      <path class="gauge__track" d={ARC} pathLength={100} />
      <path class="gauge__value" d={ARC} pathLength={100} stroke-dasharray={`${score.value} 100`} />
      <text class="gauge__figure" x="50" y="56" text-anchor="middle">
        {score.value}
      </text>
      <text class="gauge__scale" x="50" y="80" text-anchor="middle">
        of 100
      </text>
    </svg>
  );
}
