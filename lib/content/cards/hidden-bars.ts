import { h, render } from 'preact';
import { HiddenCardsBar } from '@/components/cards/HiddenCardsBar';
import css from '@/components/cards/hidden-bar.css?inline';
import { isolateEvents } from '../isolate-events';

/** The custom element a list's hidden-cards bar lives in. */
export const BAR_ELEMENT = 'still-hiring-hidden-bar';

interface Bar {
  host: HTMLElement;
  container: Element;
  count: number;
  revealed: boolean;
}

export interface HiddenBars {
  /** The user asked to see this list's hidden cards. */
  isRevealed(list: Element): boolean;
  /** One bar per list with hidden cards, saying how many; lists with none lose theirs. */
  sync(hiddenPerList: ReadonlyMap<Element, number>): void;
  clear(): void;
}

/** Above a <ul> or <ol>, as its sibling (a list may hold only items); at the top of any other container. */
function place(host: HTMLElement, list: Element): void {
  if (list.tagName === 'UL' || list.tagName === 'OL') {
    if (host.nextElementSibling !== list) list.before(host);
  } else if (list.firstElementChild !== host) {
    list.prepend(host);
  }
}

/** The hidden-cards bars, each in its own open shadow root; `onToggle` re-applies the list's cards. */
export function createHiddenBars(onToggle: (list: Element) => void): HiddenBars {
  const bars = new Map<Element, Bar>();

  const draw = (list: Element, bar: Bar) => {
    const toggle = () => {
      bar.revealed = !bar.revealed;
      draw(list, bar);
      onToggle(list);
    };
    render(h(HiddenCardsBar, { count: bar.count, revealed: bar.revealed, onToggle: toggle }), bar.container);
  };

  const create = (count: number): Bar => {
    const host = document.createElement(BAR_ELEMENT);
    // The page's own click and key handlers (a list's, a shortcut's) never see the bar's.
    isolateEvents(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    shadow.append(style, container);
    return { host, container, count, revealed: false };
  };

  const drop = (list: Element, bar: Bar) => {
    render(null, bar.container);
    bar.host.remove();
    bars.delete(list);
  };

  return {
    isRevealed: (list) => bars.get(list)?.revealed ?? false,
    sync(hiddenPerList) {
      for (const [list, bar] of bars) if (!hiddenPerList.get(list)) drop(list, bar);
      for (const [list, count] of hiddenPerList) {
        if (count === 0) continue;
        let bar = bars.get(list);
        if (!bar) {
          bar = create(count);
          bars.set(list, bar);
          draw(list, bar);
        } else if (bar.count !== count) {
          bar.count = count;
          draw(list, bar);
        }
        place(bar.host, list);
      }
    },
    clear() {
      for (const [list, bar] of bars) drop(list, bar);
    },
  };
}
