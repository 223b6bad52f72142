import { h, render } from 'preact';
import { CardPill, type CardPillProps } from '@/components/cards/CardPill';
import css from '@/components/cards/card-pill.css?inline';
import { isolateEvents } from '../isolate-events';

/** The custom element each card's pill lives in. */
export const PILL_ELEMENT = 'still-hiring-card-pill';

/**
 * A pill host with its own open shadow root: a <style> and the rendered pill, ready to append to a card. Far
 * lighter than a createShadowRootUi per card (no stylesheet fetch, no wrapper document), so 25 cards fit a frame;
 * every root holds the same style text, which the browser parses once. The page never hears the pill's clicks and
 * keys: its buttons must not open the card.
 */
export function createPillHost(props: CardPillProps): HTMLElement {
  const host = document.createElement(PILL_ELEMENT);
  isolateEvents(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('span');
  shadow.append(style, container);
  drawPill(host, props);
  return host;
}

/** Renders into an existing host in place: Preact changes only what differs. */
export function drawPill(host: HTMLElement, props: CardPillProps): void {
  const container = host.shadowRoot?.lastElementChild;
  if (container) render(h(CardPill, props), container);
}

/** Takes the pill out of the page and unmounts it. */
export function removePillHost(host: HTMLElement): void {
  const container = host.shadowRoot?.lastElementChild;
  if (container) render(null, container);
  host.remove();
}
