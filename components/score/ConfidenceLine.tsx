import type { Confidence } from '@/lib/score/types';
import './score.css';

/** "Confidence: High (90%)": how much of the posting's data came from trustworthy places. */
export function ConfidenceLine({ confidence }: { confidence: Confidence }) {
  return (
    <p class="sh-confidence" data-testid="still-hiring-confidence">
      Confidence: {confidence.level} ({Math.round(confidence.value)}%)
    </p>
  );
}
