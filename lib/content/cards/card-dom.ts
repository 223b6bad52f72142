import type { CardTreatment } from '@/lib/lists/rules';

/** Marks the element a card's dim or hide applies to; the page style (card-states.css) reads it. */
export const TREATMENT_ATTRIBUTE = 'data-still-hiring-card';
/** Marks a card that was statically positioned, so the pill can sit in its corner. */
export const ANCHOR_ATTRIBUTE = 'data-still-hiring-anchor';

/**
 * What dims or hides with a card: its list item when the item holds nothing else (a hidden guest card would
 * otherwise leave an empty item behind), else the card itself.
 */
export function treatmentTarget(card: Element): Element {
  const parent = card.parentElement;
  return parent?.tagName === 'LI' && parent.childElementCount === 1 ? parent : card;
}

/** The list a card belongs to: the element holding its item. The hidden-cards bar counts per list. */
export function listOf(card: Element): Element | undefined {
  return treatmentTarget(card).parentElement ?? undefined;
}

export function setTreatment(card: Element, treatment: CardTreatment): void {
  const target = treatmentTarget(card);
  if (treatment === 'show') target.removeAttribute(TREATMENT_ATTRIBUTE);
  else if (target.getAttribute(TREATMENT_ATTRIBUTE) !== treatment) target.setAttribute(TREATMENT_ATTRIBUTE, treatment);
}

/** Cards the pill cannot anchor to as they are: read for all first, so the page lays out once for the batch. */
export function unanchored(cards: readonly Element[]): Element[] {
  return cards.filter((card) => getComputedStyle(card).position === 'static');
}

/** Removes every mark Still Hiring left on the page, including an earlier copy's after an extension reload. */
export function sweepCardMarks(elements: readonly string[]): void {
  for (const element of document.querySelectorAll(elements.join(', '))) element.remove();
  for (const marked of document.querySelectorAll(`[${TREATMENT_ATTRIBUTE}]`))
    marked.removeAttribute(TREATMENT_ATTRIBUTE);
  for (const marked of document.querySelectorAll(`[${ANCHOR_ATTRIBUTE}]`)) marked.removeAttribute(ANCHOR_ATTRIBUTE);
}
