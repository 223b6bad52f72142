import { ATS_LABELS } from '@/lib/ats/types';
import type { PostingAge } from '@/lib/score/age';
import type { ScoreContext } from '@/lib/score/context';
import { daysPastFillBy, vacancyLine } from '@/lib/score/employer';
import { hasLocation } from '@/lib/score/quality';
import type { Factor, FactorKind, GhostSeverity, GhostSignal, GhostSignalId } from '@/lib/score/types';
import { DESCRIPTION_CHARS, POINTS } from '@/lib/score/weights';
import { type EvergreenPhrase, findEvergreenPhrase } from '@/lib/text/evergreen';

/**
 * Signs that a posting is not a live vacancy. Each is a GhostSignal with a reason that quotes its evidence, and a
 * factor that takes points off, so adding a signal never raises the score. A severe signal shows the ghost warning
 * whatever the value. The factor's kind is the part of the breakdown the signal belongs to.
 */

const { ghost } = POINTS;

/** A posting twice the stale point old is far past it: severe. */
const FAR_PAST_STALE = 2;
/** Reposted this many times under new ids in 90 days is severe. */
const SEVERE_REPOSTS = 3;
const MANY_APPLICANTS = 200;
const SWAMPED = 500;
const COMPANY_STALE = { postings: 5, share: 0.6 };

export interface GhostFinding {
  signal: GhostSignal;
  factor: Factor;
}

function finding(
  id: GhostSignalId,
  kind: FactorKind,
  severity: GhostSeverity,
  reason: string,
  points: number,
): GhostFinding {
  return { signal: { id, severity, reason }, factor: { id: `ghost:${id}`, kind, label: reason, points } };
}

const day = (iso: string) => iso.slice(0, 10);
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

function closed({ posting, now }: ScoreContext): GhostFinding | undefined {
  if (posting.closed) return finding('closed', 'freshness', 'severe', `Closed: ${posting.closed.reason}`, ghost.closed);
  const until = posting.validThrough;
  if (until !== undefined && Date.parse(until) < now.getTime()) {
    return finding('closed', 'freshness', 'severe', `Expired: valid through ${day(until)}`, ghost.closed);
  }
  return undefined;
}

/** The job board still shows it; the employer's own ATS answered that it does not (lib/ats/). */
function gone({ history }: ScoreContext): GhostFinding | undefined {
  const check = history.employer;
  if (check?.state !== 'gone') return undefined;
  const reason = `No longer on the employer's own site (${ATS_LABELS[check.ats]})`;
  return finding('gone', 'source', 'severe', reason, ghost.employerGone);
}

function stale({ settings }: ScoreContext, age: PostingAge | undefined): GhostFinding | undefined {
  if (!age || age.days <= settings.staleDays) return undefined;
  const far = age.days >= FAR_PAST_STALE * settings.staleDays;
  const reason = `${age.label}, past the ${settings.staleDays}-day stale point`;
  return finding('stale', 'freshness', far ? 'severe' : 'moderate', reason, far ? ghost.farPastStale : ghost.stale);
}

function reposted({ posting, history }: ScoreContext): GhostFinding | undefined {
  const seen = history.posting?.repostsSeen ?? 0;
  if (!posting.reposted && seen === 0) return undefined;
  const reasons: string[] = [];
  let points = 0;
  if (posting.reposted) {
    reasons.push(`Site says "${posting.reposted.text ?? 'Reposted'}"`);
    points += ghost.repostLabel;
  }
  if (seen > 0) {
    reasons.push(`Reposted ${times(seen)} under ${seen === 1 ? 'a new id' : 'new ids'} in the last 90 days`);
    points += ghost.perRepostSeen * Math.min(seen, ghost.maxRepostsCounted);
  }
  const severity = seen >= SEVERE_REPOSTS ? 'severe' : 'moderate';
  return finding('reposted', 'freshness', severity, reasons.join('; '), points);
}

/** A stated sentence is quoted whole up to this many characters. */
const QUOTE_CHARS = 200;

const quote = (sentence: string) =>
  sentence.length > QUOTE_CHARS ? `${sentence.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : sentence;

/** The employer says outright the posting is not for a vacancy: the law's own wording, quoted. */
function noVacancy({ posting }: ScoreContext): GhostFinding | undefined {
  const vacancy = posting.vacancy;
  if (!vacancy || vacancy.current) return undefined;
  const reason = `${vacancyLine(vacancy)}: "${quote(vacancy.text)}"`;
  return finding('no-vacancy', 'employer', 'severe', reason, ghost.noVacancy);
}

/** The day the employer said it would fill the post by has passed, and the posting is still up. */
function fillByPassed({ posting, now }: ScoreContext): GhostFinding | undefined {
  const vacancy = posting.vacancy;
  const days = vacancy && daysPastFillBy(vacancy, now);
  if (!vacancy || days === undefined) return undefined;
  const reason = `${vacancyLine(vacancy)}, still up ${days} day${days === 1 ? '' : 's'} later`;
  return finding('fill-by-passed', 'employer', 'moderate', reason, ghost.fillByPassed);
}

const spaced = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The pipeline wording to quote. "This posting is not a current vacancy" is the no-vacancy signal already, so a
 * phrase inside the employer's stated sentence is not counted twice: the description is read again without it.
 */
function pipelinePhrase({ text, posting }: ScoreContext): EvergreenPhrase | undefined {
  const found = text.evergreen;
  const stated = posting.vacancy;
  if (!found || !stated || stated.current) return found;
  const sentence = stated.text.toLowerCase();
  if (!sentence.includes(spaced(found.phrase).toLowerCase())) return found;
  const rest = spaced(posting.descriptionText ?? '').replace(stated.text, ' ');
  return findEvergreenPhrase(`${posting.title}\n${rest}`);
}

function evergreen(context: ScoreContext): GhostFinding | undefined {
  const found = pipelinePhrase(context);
  if (!found) return undefined;
  const { phrase, explicit } = found;
  const points = explicit ? ghost.explicitNoVacancy : ghost.evergreen;
  return finding('evergreen', 'specificity', explicit ? 'severe' : 'moderate', `Says "${phrase}"`, points);
}

/** A full page that says little: a short description, no place, no skills. Two of the three is vague. */
function vague(context: ScoreContext): GhostFinding | undefined {
  if (context.posting.view === 'card') return undefined;
  const chars = context.text.descriptionLength;
  const marks = [
    chars < DESCRIPTION_CHARS.short && (chars === 0 ? 'no description' : `${chars}-char description`),
    !hasLocation(context) && 'no location',
    context.text.skills.length === 0 && 'no skills named',
  ].filter((mark): mark is string => typeof mark === 'string');
  if (marks.length < 2) return undefined;
  const very = marks.length === 3;
  return finding(
    'vague',
    'quality',
    very ? 'moderate' : 'minor',
    `Vague: ${marks.join(', ')}`,
    very ? ghost.veryVague : ghost.vague,
  );
}

/**
 * Many applicants are no sign of a ghost on a new posting ("Over 1000 applicants in 2 days"), but a posting that
 * drew hundreds and is still open long after looks like one nobody is hiring from.
 */
function applicants({ posting, settings }: ScoreContext, age: PostingAge | undefined): GhostFinding | undefined {
  const count = posting.applicants?.count;
  if (count === undefined || posting.closed || !age) return undefined;
  const figure = `${count}${posting.applicants?.atLeast ? '+' : ''} applicants`;
  const days = Math.floor(age.days);
  if (count >= SWAMPED && age.days >= settings.staleDays) {
    const reason = `${figure} and still open after ${days} days`;
    return finding('applicants', 'company', 'moderate', reason, ghost.swampedAndStale);
  }
  if (count >= MANY_APPLICANTS && age.days >= settings.staleDays / 2) {
    const reason = `${figure} and still open after ${days} days`;
    return finding('applicants', 'company', 'minor', reason, ghost.manyApplicants);
  }
  return undefined;
}

function companyStale({ history }: ScoreContext): GhostFinding | undefined {
  const company = history.company;
  const share = company?.staleShare;
  if (!company || share === null || share === undefined) return undefined;
  if (company.postingsObserved < COMPANY_STALE.postings || share < COMPANY_STALE.share) return undefined;
  const staleCount = Math.round(share * company.postingsObserved);
  const reason = `${staleCount} of ${company.postingsObserved} postings seen from ${company.name} went stale (${Math.round(share * 100)}%)`;
  return finding('company-stale', 'company', 'moderate', reason, ghost.companyStale);
}

export function ghostFindings(context: ScoreContext, age: PostingAge | undefined): GhostFinding[] {
  return [
    closed(context),
    gone(context),
    stale(context, age),
    reposted(context),
    evergreen(context),
    noVacancy(context),
    fillByPassed(context),
    vague(context),
    applicants(context, age),
    companyStale(context),
  ].filter((found): found is GhostFinding => found !== undefined);
}
