import type { History } from '@/lib/history';
import type { Posting } from '@/lib/posting';
import type { ScoreContext } from '@/lib/score/context';
import type { Factor } from '@/lib/score/types';
import { POINTS } from '@/lib/score/weights';

const { company: points } = POINTS;

/** Thresholds for the company's observed patterns. */
const MANY_OPEN_ROLES = 5;
const SHORT_LIFETIME_DAYS = 30;
const FREQUENT_REPOSTS = { count: 2, share: 0.25 };
const FEW_STALE = { postings: 5, share: 0.2 };

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * What the company's history says about its hiring (nothing when there is none: confidence takes that into
 * account), and LinkedIn's own labels. A company that fills roles fast and has many open looks like it is hiring;
 * one whose postings stay up for months and come back under new ids looks like it is collecting CVs.
 */
export function companyFactors({ posting, history, settings }: ScoreContext): Factor[] {
  const factors: Factor[] = [];
  const add = (id: string, label: string, value: number) =>
    factors.push({ id: `company:${id}`, kind: 'company', label, points: value });
  const company = history.company;
  if (company) {
    if (company.postingsSeenLast14Days >= MANY_OPEN_ROLES) {
      add('open-roles', `${company.postingsSeenLast14Days} roles seen in the last 14 days`, points.manyOpenRoles);
    }
    const lifetime = company.medianLifetimeDays;
    if (lifetime !== null && lifetime <= SHORT_LIFETIME_DAYS) {
      add('lifetime', `its postings last ${Math.round(lifetime)} days (median)`, points.shortLifetime);
    } else if (lifetime !== null && lifetime >= settings.staleDays) {
      add('lifetime', `its postings stay up ${Math.round(lifetime)} days (median)`, points.longLifetime);
    }
    const repostShare = company.postingsObserved > 0 ? company.reposts / company.postingsObserved : 0;
    if (company.reposts >= FREQUENT_REPOSTS.count && repostShare >= FREQUENT_REPOSTS.share) {
      add(
        'reposts',
        `reposts roles often (${company.reposts} of ${company.postingsObserved} postings)`,
        points.frequentReposts,
      );
    }
    const stale = company.staleShare;
    if (stale !== null && company.postingsObserved >= FEW_STALE.postings && stale < FEW_STALE.share) {
      add('stale-share', `few stale postings (${percent(stale)})`, points.fewStale);
    }
  }
  if (posting.flags.activelyReviewing)
    add('actively-reviewing', 'Actively reviewing applicants', points.activelyReviewing);
  if (posting.flags.promoted) add('promoted', 'Promoted: paid visibility, not a hiring signal', points.promoted);
  return factors;
}

/**
 * Why the company factors are missing when this browser knows nothing of the company yet (a fresh install, a company
 * seen for the first time): "First time this browser sees Acme: no company history yet". Undefined once it has
 * seen another posting of the company. The posting on screen is itself one of the postings observed.
 */
export function companyHistoryNote(posting: Pick<Posting, 'company'>, history: History): string | undefined {
  if ((history.company?.postingsObserved ?? 0) > 1) return undefined;
  if (!posting.company) return 'No company named: no company history';
  if ((history.posting?.timesSeen ?? 0) > 1 && history.company) {
    return `No other posting from ${posting.company} seen yet: no company history`;
  }
  return `First time this browser sees ${posting.company}: no company history yet`;
}
