import type { Factor } from '@/lib/score/types';
import { signedPoints } from '@/lib/score-summary';
import './score.css';

function pointsClass(points: number): string {
  if (points > 0) return 'sh-points sh-points--up';
  if (points < 0) return 'sh-points sh-points--down';
  return 'sh-points';
}

/** Every factor behind the score, in the score's order, with its signed points; then the notes, which move none. */
export function Breakdown({ factors, notes }: { factors: Factor[]; notes: string[] }) {
  return (
    <ul class="sh-factors" data-testid="still-hiring-breakdown">
      {factors.map((factor) => (
        <li key={factor.id} data-factor={factor.id}>
          <span>{factor.label}</span>
          <span class={pointsClass(factor.points)}>{signedPoints(factor.points)}</span>
        </li>
      ))}
      {notes.map((note) => (
        <li key={note} class="sh-note" data-note>
          {note}
        </li>
      ))}
    </ul>
  );
}
