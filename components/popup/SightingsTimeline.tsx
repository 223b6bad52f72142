import type { PostingHistory } from '@/lib/history';
import { timelineDots, timelineText } from '@/lib/popup/sightings-timeline';

const WIDTH = 320;
const PAD = 10;

/** The days this posting was seen, as dots along the span from first to last seen, with the same in words. */
export function SightingsTimeline({ history }: { history: PostingHistory }) {
  const dots = timelineDots(history);
  return (
    <figure class="timeline" data-testid="popup-timeline">
      <svg class="timeline__strip" viewBox={`0 0 ${WIDTH} 20`} aria-hidden="true">
        <line class="timeline__axis" x1={PAD} y1="10" x2={WIDTH - PAD} y2="10" />
        {dots.map((dot) => (
          <circle
            key={dot.day}
            class="timeline__dot"
            cx={PAD + dot.at * (WIDTH - 2 * PAD)}
            cy="10"
            r={dot.count > 1 ? 7 : 5}
          />
        ))}
      </svg>
      <figcaption class="muted" data-testid="popup-timeline-text">
        {timelineText(history)}
      </figcaption>
    </figure>
  );
}
