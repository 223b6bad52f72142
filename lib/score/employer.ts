import type { Vacancy } from '@/lib/posting';
import type { ScoreContext } from '@/lib/score/context';
import type { Factor } from '@/lib/score/types';
import { POINTS } from '@/lib/score/weights';

/**
 * What the employer states about the vacancy, as New York, Ontario, New Jersey and California now ask. A stated
 * current vacancy says it is hiring: points, until the day it said it would fill the post by has passed (then
 * ghost.ts's fill-by-passed signal takes over); a stated non-vacancy is ghost.ts's no-vacancy signal. Each of the
 * three is the score's one factor of kind 'employer', and its label starts with the line the badge and the popup
 * show above the breakdown: "Employer states: current vacancy, to be filled by 15 Jan 2027".
 */

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A stated day, read in UTC as it was stored: "15 Jan 2027". */
function formatDay(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Whole days since the fill-by day the employer stated ended; undefined while it has not. */
export function daysPastFillBy(vacancy: Vacancy, now: Date): number | undefined {
  if (vacancy.fillBy === undefined) return undefined;
  const past = now.getTime() - (Date.parse(vacancy.fillBy) + DAY_MS);
  return past >= 0 ? Math.floor(past / DAY_MS) + 1 : undefined;
}

/** "Employer states: current vacancy, to be filled by 15 Jan 2027", "Employer states: not a current vacancy". */
export function vacancyLine(vacancy: Vacancy): string {
  if (!vacancy.current) return 'Employer states: not a current vacancy';
  const { fillBy, fillFrom } = vacancy;
  if (fillBy) return `Employer states: current vacancy, to be filled by ${formatDay(fillBy)}`;
  if (fillFrom) return `Employer states: current vacancy, to be filled no sooner than ${formatDay(fillFrom)}`;
  return 'Employer states: current vacancy';
}

export function employerFactor({ posting, now }: ScoreContext): Factor | undefined {
  const vacancy = posting.vacancy;
  if (!vacancy?.current || daysPastFillBy(vacancy, now) !== undefined) return undefined;
  return {
    id: 'employer:vacancy',
    kind: 'employer',
    label: vacancyLine(vacancy),
    points: POINTS.employer.currentVacancy,
  };
}
