import { ATS_LABELS } from '@/lib/ats/types';
import type { ScoreContext } from '@/lib/score/context';
import type { Factor } from '@/lib/score/types';
import { POINTS } from '@/lib/score/weights';

/**
 * The employer's own ATS, asked about a job board's posting (lib/ats/). Still listed there is the best sign that
 * someone is hiring, and its posted date is the one the score goes by; an unknown answer is shown with its reason and
 * moves nothing. Gone is a ghost signal (ghost.ts).
 */
export function employerSiteFactor({ history }: ScoreContext): Factor | undefined {
  const check = history.employer;
  if (!check || check.state === 'gone') return undefined;
  if (check.state === 'unknown') {
    return { id: 'employer', kind: 'source', label: `Not checked on the employer's site: ${check.reason}`, points: 0 };
  }
  const posted = check.posted ? `, posted ${check.posted.slice(0, 10)}` : '';
  return {
    id: 'employer',
    kind: 'source',
    label: `Still listed on the employer's site (${ATS_LABELS[check.ats]})${posted}`,
    points: POINTS.employer.listed,
  };
}
