import type { Posting } from '@/lib/posting';
import { postingAgeDays } from '@/lib/posting-age';
import { companyKey, normalizeKey } from '@/lib/posting-keys';

/**
 * Duplicate cards: the same company and the same normalised title, whatever the city or the job id (a repost is a
 * new id). Undefined without a company: two "Engineer" cards of unknown companies are not one job.
 */
export function duplicateKey(posting: Posting): string | undefined {
  if (posting.company === undefined) return undefined;
  return `${companyKey(posting.company)}\u0000${normalizeKey(posting.title)}`;
}

/** Freshest first: the youngest possible age; a card without a date counts as the oldest. */
function age(posting: Posting, now: Date): number {
  return postingAgeDays(posting.posted, now)?.min ?? Number.POSITIVE_INFINITY;
}

/**
 * Groups of duplicate cards among `cards` (in page order), each as [the card to keep, the others]: the freshest one
 * is kept, the first in page order on a tie. Cards with no duplicate are in no group.
 */
export function duplicateGroups<Card>(
  cards: readonly Card[],
  postingOf: (card: Card) => Posting,
  now: Date,
): [kept: Card, others: Card[]][] {
  const byKey = new Map<string, Card[]>();
  for (const card of cards) {
    const key = duplicateKey(postingOf(card));
    if (key === undefined) continue;
    const group = byKey.get(key);
    if (group) group.push(card);
    else byKey.set(key, [card]);
  }
  const groups: [Card, Card[]][] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    let kept = group[0] as Card;
    for (const card of group) if (age(postingOf(card), now) < age(postingOf(kept), now)) kept = card;
    groups.push([kept, group.filter((card) => card !== kept)]);
  }
  return groups;
}
