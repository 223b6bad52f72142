import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardFinder } from './find-cards';

export interface CardMutationOptions {
  /** The cards changed since the last call (added, refilled, recycled), once per frame at most; `since` is when
   * finding them began (performance.now()), so their cost counts as reading them. */
  onCards: (cards: Set<Element>, since: number) => void;
  /** Our own elements: adding them (a pill, the hidden-cards bar) is not a change to a card. */
  ownElements: readonly string[];
  finder: CardFinder;
  /** The card id attributes (ListSite.idAttributes): a recycled card can change its id before its text. */
  idAttributes: readonly string[];
}

/** Past this many changed nodes in one frame (a hidden tab piles them up) the whole page is looked at instead. */
const MAX_PENDING = 5_000;

/**
 * One MutationObserver for the job cards. Unlike watchDom it reads the mutation records, so each frame looks only
 * at the cards that changed, however long the list has grown; changes are coalesced to one look per animation frame
 * (none while the tab is hidden), through `ctx` so nothing runs after the content script is invalidated.
 */
export function watchCardMutations(ctx: ContentScriptContext, options: CardMutationOptions): () => void {
  const own = new Set(options.ownElements.map((name) => name.toUpperCase()));
  let changed: Node[] = [];
  let added: Element[] = [];
  let wholePage = false;
  let scheduled = false;
  let stopped = false;

  const isOwn = (node: Node) => own.has(node.nodeName);

  const flush = () => {
    scheduled = false;
    if (stopped) return;
    const since = performance.now();
    const { cardsTouched } = options.finder;
    const cards = wholePage ? cardsTouched([], [document.documentElement]) : cardsTouched(changed, added);
    changed = [];
    added = [];
    wholePage = false;
    if (cards.size > 0) options.onCards(cards, since);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (wholePage) break;
      const addedNodes = Array.from(record.addedNodes);
      if (record.type === 'childList' && record.removedNodes.length === 0 && addedNodes.every(isOwn)) continue;
      changed.push(record.target);
      for (const node of addedNodes)
        if (node.nodeType === Node.ELEMENT_NODE && !isOwn(node)) added.push(node as Element);
      if (changed.length + added.length > MAX_PENDING) {
        changed = [];
        added = [];
        wholePage = true;
      }
    }
    if (scheduled || (changed.length === 0 && !wholePage)) return;
    scheduled = true;
    ctx.requestAnimationFrame(flush);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...options.idAttributes],
  });

  const stop = () => {
    stopped = true;
    observer.disconnect();
  };
  const forget = ctx.onInvalidated(stop);
  return () => {
    stop();
    forget();
  };
}
