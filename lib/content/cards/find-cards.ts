/** Finds a site's cards from its card selectors (ListSite.cardSelectors), every one counting. */
export interface CardFinder {
  /** The outermost card holding `element` (or being it): a list item holding a card container is one card, not two. */
  cardAround(element: Element): Element | undefined;
  /**
   * The cards a set of changes touched: the card around each changed node, and, for nodes the page added, every
   * card inside them. Work grows with the size of the change, not of the page, so a long list costs nothing to
   * scroll.
   */
  cardsTouched(changed: Iterable<Node>, added: Iterable<Element>): Set<Element>;
  /** Every card on the page, outermost only, in page order. */
  allCards(root: Document): Element[];
}

export function cardFinder(selectors: readonly string[]): CardFinder {
  // Every selector as one list, so a single native query finds them all.
  const CARD = selectors.join(', ');

  const cardAround = (element: Element): Element | undefined => {
    let card = element.closest(CARD) ?? undefined;
    let outer = card?.parentElement?.closest(CARD);
    while (card && outer) {
      card = outer;
      outer = card.parentElement?.closest(CARD);
    }
    return card;
  };

  const cardsTouched = (changed: Iterable<Node>, added: Iterable<Element>): Set<Element> => {
    const cards = new Set<Element>();
    const around = (node: Node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const card = element && cardAround(element);
      if (card) cards.add(card);
    };
    for (const node of changed) around(node);
    for (const element of added) {
      around(element);
      for (const inner of element.querySelectorAll(CARD)) {
        const card = cardAround(inner);
        if (card) cards.add(card);
      }
    }
    return cards;
  };

  return { cardAround, cardsTouched, allCards: (root) => [...cardsTouched([], [root.documentElement])] };
}
