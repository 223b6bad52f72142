import type { History } from '@/lib/history';
import type { DatePrecision, Evidence, Posting } from '@/lib/posting';
import type { Confidence, ConfidenceLevel } from '@/lib/score/types';

/**
 * How much the score can be trusted, 0–100, from how the data was found:
 *   the posted date (up to 40): an exact date by its evidence, ATS API best; a parsed range by its precision, less
 *     when open-ended ("30+ days"); a first sighting alone 10; nothing 0;
 *   the fields found (up to 40): company 10, location 10, description 15 (7 when under 200 characters), any of
 *     employment type, workplace, level or salary 5;
 *   the view (up to 20): a full page 20, a list card 8;
 *   minus 5 when the company has no history yet, so its patterns could not be checked.
 * Levels: High from 75, Medium from 50, Low below.
 */

const EXACT_DATE: Record<Evidence, number> = {
  'ats-api': 40,
  'json-ld': 38,
  'embedded-json': 35,
  dom: 30,
  text: 26,
  url: 24,
  'first-seen': 12,
};
/** An exact date whose source the extractor did not say. */
const EXACT_DATE_UNSAID = 30;

const RANGE_PRECISION: Record<DatePrecision, number> = {
  exact: 30,
  minute: 30,
  hour: 30,
  day: 26,
  week: 20,
  month: 14,
  year: 8,
};
const OPEN_RANGE = -8;
const FIRST_SEEN_ONLY = 10;

const FIELDS = { company: 10, location: 10, description: 15, shortDescription: 7, details: 5 };
const SHORT_DESCRIPTION = 200;
const VIEW = { page: 20, card: 8 };
const NO_COMPANY_HISTORY = -5;

export const CONFIDENCE_LEVELS: [level: ConfidenceLevel, min: number][] = [
  ['High', 75],
  ['Medium', 50],
  ['Low', 0],
];

function datePoints(posting: Posting, history: History): number {
  const posted = posting.posted;
  if (posted?.kind === 'exact') {
    const evidence = posting.evidence.posted;
    return evidence === undefined ? EXACT_DATE_UNSAID : EXACT_DATE[evidence];
  }
  if (posted) return RANGE_PRECISION[posted.precision] + (posted.earliest === undefined ? OPEN_RANGE : 0);
  return history.posting ? FIRST_SEEN_ONLY : 0;
}

function fieldPoints(posting: Posting): number {
  const description = posting.descriptionText?.trim().length ?? 0;
  let points = 0;
  if (posting.company) points += FIELDS.company;
  if (posting.locations.length > 0 || posting.workplace === 'remote') points += FIELDS.location;
  if (description >= SHORT_DESCRIPTION) points += FIELDS.description;
  else if (description > 0) points += FIELDS.shortDescription;
  if (posting.employmentType || posting.workplace || posting.experienceLevel || posting.salary) {
    points += FIELDS.details;
  }
  return points;
}

export function confidenceOf(posting: Posting, history: History): Confidence {
  const raw =
    datePoints(posting, history) +
    fieldPoints(posting) +
    (posting.view === 'card' ? VIEW.card : VIEW.page) +
    (history.company ? 0 : NO_COMPANY_HISTORY);
  const value = Math.max(0, Math.min(100, raw));
  const level = CONFIDENCE_LEVELS.find(([, min]) => value >= min)?.[0] ?? 'Low';
  return { value, level };
}
