import { companyKey, type Posting } from '@/lib/posting';
import type { Score } from '@/lib/score/types';
import { listThreshold, type Settings } from '@/lib/settings';

/** What a job list does with one scored card. */
export type CardTreatment = 'show' | 'dim' | 'hide';

/**
 * Read from the current settings rather than the background's `blocked` flag, which was true when the card was
 * scored: a company blocked or unblocked since then takes effect without scoring the card again.
 */
export function isBlockedCompany(posting: Posting, settings: Settings): boolean {
  return posting.company !== undefined && settings.blockedCompanies.includes(companyKey(posting.company));
}

/** Blocked companies' cards are hidden in every mode; otherwise cards below the list threshold are dimmed or hidden. */
export function cardTreatment(posting: Posting, score: Score, settings: Settings): CardTreatment {
  if (isBlockedCompany(posting, settings)) return 'hide';
  if (settings.lists.mode === 'show' || score.value >= listThreshold(settings)) return 'show';
  return settings.lists.mode;
}

/** The settings a card's score depends on: when one changes, the cards on screen are scored again. */
export function scoringChanged(before: Settings, after: Settings): boolean {
  const inputs = (s: Settings) => JSON.stringify([s.bands, s.ghostThreshold, s.staleDays]);
  return inputs(before) !== inputs(after);
}
