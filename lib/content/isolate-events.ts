/**
 * Events that stay inside our own elements (the badge, the hidden-cards bar): the page's shortcuts and click handlers
 * never see our keys and clicks. A module of its own so that a script bundling it does not bundle the badge.
 */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
];

/** Stops every isolated event at `element`, before the page's listeners above it hear it. */
export function isolateEvents(element: EventTarget): void {
  for (const type of ISOLATED_EVENTS) element.addEventListener(type, (event) => event.stopPropagation());
}
