import type { Posting } from '@/lib/posting';
import { companyKey } from '@/lib/posting-keys';
import type { Score } from '@/lib/score/types';
import type { PageSettings } from '../page-settings';

/** What a job list does with one scored card. */
export type CardTreatment = 'show' | 'dim' | 'hide';

/**
 * Read from the current settings rather than the background's `blocked` flag, which was true when the card was
 * scored: a company blocked or unblocked since then takes effect without scoring the card again.
 */
export function isBlockedCompany(posting: Posting, settings: PageSettings): boolean {
  return posting.company !== undefined && settings.blockedCompanies.includes(companyKey(posting.company));
}

/** Blocked companies' cards are hidden in every mode; otherwise cards below the list threshold are dimmed or hidden. */
export function cardTreatment(posting: Posting, score: Score, settings: PageSettings): CardTreatment {
  if (isBlockedCompany(posting, settings)) return 'hide';
  if (settings.lists.mode === 'show' || score.value >= settings.lists.threshold) return 'show';
  return settings.lists.mode;
}

/** The settings a card's score depends on: when one changes, the cards on screen are scored again. */
export function scoringChanged(before: PageSettings, after: PageSettings): boolean {
  return before.scoring !== after.scoring;
}
