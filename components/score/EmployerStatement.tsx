import type { Factor } from '@/lib/score/types';
import './score.css';

/**
 * What the employer states about the vacancy, as the score read it ("Employer states: current vacancy, to be filled
 * by 15 Jan 2027"): the label of its 'employer' factor, written in the background. Nothing when it states nothing.
 */
export function EmployerStatement({ factors }: { factors: Factor[] }) {
  const stated = factors.find((factor) => factor.kind === 'employer');
  if (!stated) return null;
  return (
    <p class="sh-vacancy" data-testid="still-hiring-vacancy">
      {stated.label}
    </p>
  );
}
