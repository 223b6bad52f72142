import { h, render } from 'preact';
import { HiddenCardsBar } from '@/components/cards/HiddenCardsBar';
import css from '@/components/cards/hidden-bar.css?inline';
import { isolateEvents } from '../isolate-events';

/** The custom element a list's hidden-cards bar lives in. */
export const BAR_ELEMENT = 'still-hiring-hidden-bar';

/** What one list's bar says. */
export interface BarContent {
  count: number;
  /** The hidden cards by reason (lib/lists/rules.ts hiddenSummary). */
  summary: string;
  /** A job hidden from this list's pills can be shown again from the bar. */
  canUndo: boolean;
}

interface Bar extends BarContent {
  host: HTMLElement;
  container: Element;
  revealed: boolean;
}

export interface HiddenBars {
  /** The user asked to see this list's hidden cards. */
  isRevealed(list: Element): boolean;
  /** One bar per list with hidden cards, saying how many and why; lists with none lose theirs. */
  sync(perList: ReadonlyMap<Element, BarContent>): void;
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

const same = (a: BarContent, b: BarContent) =>
  a.count === b.count && a.summary === b.summary && a.canUndo === b.canUndo;

/**
 * The hidden-cards bars, each in its own open shadow root; `onToggle` re-applies the list's cards, `onUndo` shows
 * again the job last hidden from them.
 */
export function createHiddenBars(handlers: {
  onToggle: (list: Element) => void;
  onUndo: (list: Element) => void;
}): HiddenBars {
  const bars = new Map<Element, Bar>();

  const draw = (list: Element, bar: Bar) => {
    const toggle = () => {
      bar.revealed = !bar.revealed;
      draw(list, bar);
      handlers.onToggle(list);
    };
    const onUndo = bar.canUndo ? () => handlers.onUndo(list) : undefined;
    render(h(HiddenCardsBar, { ...bar, onToggle: toggle, onUndo }), bar.container);
  };

  const create = (content: BarContent): Bar => {
    const host = document.createElement(BAR_ELEMENT);
    // The page's own click and key handlers (a list's, a shortcut's) never see the bar's.
    isolateEvents(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    shadow.append(style, container);
    return { ...content, host, container, revealed: false };
  };

  const drop = (list: Element, bar: Bar) => {
    render(null, bar.container);
    bar.host.remove();
    bars.delete(list);
  };

  return {
    isRevealed: (list) => bars.get(list)?.revealed ?? false,
    sync(perList) {
      for (const [list, bar] of bars) if (!perList.get(list)?.count) drop(list, bar);
      for (const [list, content] of perList) {
        if (content.count === 0) continue;
        let bar = bars.get(list);
        if (!bar) {
          bar = create(content);
          bars.set(list, bar);
          draw(list, bar);
        } else if (!same(bar, content)) {
          Object.assign(bar, content);
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
