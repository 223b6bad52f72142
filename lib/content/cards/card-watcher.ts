import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardContentKey, readCard } from '@/lib/extract/linkedin-cards';
import { MAX_CARDS } from '@/lib/message-channel';
import type { BackgroundAnswer, CardResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import type { PageSettings } from '../page-settings';
import { chunks, matchResults } from './batch';
import {
  ANCHOR_ATTRIBUTE,
  listOf,
  setTreatment,
  sweepCardMarks,
  TREATMENT_ATTRIBUTE,
  treatmentTarget,
  unanchored,
} from './card-dom';
import { allCards } from './find-cards';
import { BAR_ELEMENT, createHiddenBars } from './hidden-bars';
import { addCardStyles, removeCardStyles } from './page-style';
import { createPillHost, drawPill, PILL_ELEMENT, removePillHost } from './pill-host';
import { pillSignature } from './pill-label';
import { type CardTreatment, cardTreatment, scoringChanged } from './treatment';
import { watchCardMutations } from './watch-mutations';

export interface CardWatcherDeps {
  /** Records and scores a batch of cards in the background (`cards:seen`); `rescore`: score only, record nothing. */
  send: (postings: Posting[], rescore?: boolean) => Promise<BackgroundAnswer<'cards:seen'>>;
  now: () => Date;
}

export interface CardWatcher {
  /** Follows the settings: switches the pills on or off, re-applies dim and hide, or has the cards scored again. */
  setSettings(settings: PageSettings): void;
  /** Looks at every card on the page again (after an in-page navigation). */
  rescan(): void;
}

/** What is known about one card element. */
interface CardState {
  /** cardContentKey when last read: equal keys mean the card has not changed. */
  key: string;
  /** Undefined while the card shows no job yet (an empty, off-screen list item). */
  posting?: Posting;
  result?: CardResult;
  pill?: HTMLElement;
  /** pillSignature of what the pill shows. */
  drawn?: string;
  /** The treatment the settings give the card, before the list's "show" button overrides a hide. */
  treatment?: CardTreatment;
}

/** Results kept by content key, so a card LinkedIn re-renders with the same content is not scored again. */
const MAX_KEPT_RESULTS = 2_000;

/**
 * Names for performance.measure, visible on the page's timeline: the real-browser benchmark
 * (tests/e2e/harness/bench-cards.mjs) reads them as the content script's own part of the work.
 */
const MEASURE_READ = 'still-hiring:cards-read';
const MEASURE_PLACE = 'still-hiring:cards-place';

/**
 * Scores every job card LinkedIn shows and keeps exactly one pill on each: new cards are read once per content
 * and sent to the background in one message per frame's worth of changes; a card whose content changed (LinkedIn
 * recycles card elements) is read again and its pill redrawn in place. Below the list threshold cards are dimmed or
 * hidden as the settings say; blocked companies' cards are always hidden.
 */
export function createCardWatcher(ctx: ContentScriptContext, deps: CardWatcherDeps): CardWatcher {
  let settings: PageSettings | undefined;
  let enabled = false;
  let stopWatching: (() => void) | undefined;
  /** Bumped whenever earlier answers stop counting: switched off, or scored again with other settings. */
  let generation = 0;
  let states = new WeakMap<Element, CardState>();
  /** Cards with a state, to re-apply settings and count hidden cards; pruned of cards the page removed. */
  const tracked = new Set<Element>();
  const kept = new Map<string, CardResult>();
  /** Cards waiting for an answer, by the content key that was sent. */
  const waiting = new Map<string, Set<Element>>();
  const bars = createHiddenBars((list) => reapply((card) => listOf(card) === list));

  const keep = (key: string, result: CardResult) => {
    kept.delete(key);
    kept.set(key, result);
    if (kept.size > MAX_KEPT_RESULTS) kept.delete(kept.keys().next().value as string);
  };

  const unmark = (card: Element, state: CardState) => {
    if (state.pill) removePillHost(state.pill);
    treatmentTarget(card).removeAttribute(TREATMENT_ATTRIBUTE);
    card.removeAttribute(ANCHOR_ATTRIBUTE);
    state.pill = undefined;
    state.drawn = undefined;
    state.result = undefined;
    state.treatment = undefined;
  };

  const treat = (card: Element, state: CardState) => {
    if (!settings || !state.posting || !state.result) return;
    state.treatment = cardTreatment(state.posting, state.result.score, settings);
    const list = listOf(card);
    const revealed = state.treatment === 'hide' && list !== undefined && bars.isRevealed(list);
    setTreatment(card, revealed ? 'dim' : state.treatment);
  };

  const syncBars = () => {
    const hidden = new Map<Element, number>();
    for (const card of tracked) {
      if (!card.isConnected) {
        tracked.delete(card);
        continue;
      }
      const list = listOf(card);
      if (list && states.get(card)?.treatment === 'hide') hidden.set(list, (hidden.get(list) ?? 0) + 1);
    }
    bars.sync(hidden);
  };

  function reapply(which: (card: Element) => boolean = () => true): void {
    for (const card of tracked) {
      const state = states.get(card);
      if (state && card.isConnected && which(card)) treat(card, state);
    }
    syncBars();
  }

  /** Puts each card's result on the page: new pills appended, changed ones redrawn, unchanged ones left alone. */
  const place = (cards: readonly Element[]) => {
    if (cards.length === 0) return;
    const start = performance.now();
    const fresh = cards.filter((card) => !states.get(card)?.pill);
    for (const card of unanchored(fresh)) card.setAttribute(ANCHOR_ATTRIBUTE, '');
    for (const card of cards) {
      const state = states.get(card);
      if (!state?.result) continue;
      const { score } = state.result;
      const signature = pillSignature(score);
      if (!state.pill) state.pill = createPillHost(score);
      else if (state.drawn !== signature) drawPill(state.pill, score);
      state.drawn = signature;
      if (state.pill.parentNode !== card) card.append(state.pill);
      treat(card, state);
    }
    syncBars();
    performance.measure(MEASURE_PLACE, { start });
  };

  const ask = async (batch: [string, Posting][], rescore?: boolean) => {
    const token = generation;
    const postings = batch.map(([, posting]) => posting);
    const answer = await deps.send(postings, rescore);
    if (token !== generation || !enabled) return;
    const results = answer.ok ? matchResults(postings, answer.results) : [];
    const ready: Element[] = [];
    batch.forEach(([key], index) => {
      const result = results[index];
      if (result) keep(key, result);
      for (const card of waiting.get(key) ?? []) {
        const state = states.get(card);
        if (state?.key !== key) continue;
        if (result) {
          state.result = result;
          ready.push(card);
        } else {
          unmark(card, state);
        }
      }
      waiting.delete(key);
    });
    place(ready);
  };

  const send = (postings: Map<string, Posting>, rescore?: boolean) => {
    for (const batch of chunks([...postings], MAX_CARDS)) void ask(batch, rescore);
  };

  const wait = (key: string, card: Element, posting: Posting, toSend: Map<string, Posting>) => {
    const cards = waiting.get(key);
    if (cards) {
      cards.add(card);
      return;
    }
    waiting.set(key, new Set([card]));
    toSend.set(key, posting);
  };

  /** Reads the cards that are new or changed; known results go up at once, the rest to the background together. */
  const look = (cards: Iterable<Element>, start: number) => {
    const now = deps.now();
    const url = location.href;
    const ready: Element[] = [];
    const toSend = new Map<string, Posting>();
    let read = 0;
    for (const card of cards) {
      if (!card.isConnected) continue;
      const state = states.get(card);
      for (const stray of card.querySelectorAll(PILL_ELEMENT)) if (stray !== state?.pill) stray.remove();
      const key = cardContentKey(card);
      if (state?.key === key) {
        if (state.pill && state.pill.parentNode !== card) ready.push(card);
        continue;
      }
      const posting = readCard(card, url, now);
      read++;
      const next: CardState = { ...state, key, posting };
      states.set(card, next);
      tracked.add(card);
      if (!posting) {
        unmark(card, next);
        continue;
      }
      const known = kept.get(key);
      if (known) {
        next.result = known;
        ready.push(card);
      } else {
        wait(key, card, posting, toSend);
      }
    }
    if (toSend.size > 0) send(toSend);
    if (read > 0) performance.measure(MEASURE_READ, { start });
    place(ready);
  };

  const lookAtPage = () => {
    const start = performance.now();
    look(allCards(document), start);
  };

  /**
   * Scores every card on the page again, keeping their pills until the new results replace them in place. The
   * cards were already seen: the background scores them without recording another sighting.
   */
  const rescore = () => {
    generation++;
    kept.clear();
    waiting.clear();
    const toSend = new Map<string, Posting>();
    for (const card of tracked) {
      const state = states.get(card);
      if (card.isConnected && state?.posting) wait(state.key, card, state.posting, toSend);
    }
    send(toSend, true);
  };

  const enable = () => {
    enabled = true;
    sweepCardMarks([PILL_ELEMENT, BAR_ELEMENT]);
    addCardStyles();
    stopWatching = watchCardMutations(ctx, { onCards: look, ownElements: [PILL_ELEMENT, BAR_ELEMENT] });
    lookAtPage();
  };

  const disable = () => {
    enabled = false;
    generation++;
    stopWatching?.();
    stopWatching = undefined;
    for (const card of tracked) {
      const state = states.get(card);
      if (state) unmark(card, state);
    }
    tracked.clear();
    states = new WeakMap();
    kept.clear();
    waiting.clear();
    bars.clear();
    removeCardStyles();
    sweepCardMarks([PILL_ELEMENT, BAR_ELEMENT]);
  };

  ctx.onInvalidated(() => {
    if (enabled) disable();
  });

  // Job lists live under /jobs/ (search, collections, a job's similar jobs): the busy feed is never watched.
  const wanted = () => Boolean(settings?.sites.linkedin) && location.pathname.startsWith('/jobs');

  return {
    setSettings(next) {
      const before = settings;
      settings = next;
      if (!wanted()) {
        if (enabled) disable();
      } else if (!enabled) {
        enable();
      } else {
        if (before && scoringChanged(before, next)) rescore();
        reapply();
      }
    },
    rescan() {
      if (wanted() !== enabled) (enabled ? disable : enable)();
      else if (enabled) lookAtPage();
    },
  };
}
