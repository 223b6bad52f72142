import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { duplicateGroups, duplicateKey } from '@/lib/lists/duplicates';
import { type CardVerdict, cardVerdict, hiddenSummary, type RuleId, reasonLabel } from '@/lib/lists/rules';
import { MAX_CARDS } from '@/lib/message-channel';
import type { BackgroundAnswer, CardResult } from '@/lib/messages';
import type { Posting, Source } from '@/lib/posting';
import { type PageSettings, scoringChanged } from '../page-settings';
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
import { cardFinder } from './find-cards';
import { BAR_ELEMENT, type BarContent, createHiddenBars } from './hidden-bars';
import type { ListSite } from './list-site';
import { addCardStyles, removeCardStyles } from './page-style';
import { createPillHost, drawPill, PILL_ELEMENT, removePillHost } from './pill-host';
import { pillSignature } from './pill-label';
import { watchCardMutations } from './watch-mutations';

export interface CardWatcherDeps {
  /** Records and scores a batch of cards in the background (`cards:seen`); `rescore`: score only, record nothing. */
  send: (postings: Posting[], rescore?: boolean) => Promise<BackgroundAnswer<'cards:seen'>>;
  /** Hides one job from job lists, or shows it again (`job:set-hidden`). */
  setHidden: (posting: Posting, hidden: boolean) => Promise<BackgroundAnswer<'job:set-hidden'>>;
  now: () => Date;
}

export interface CardWatcher {
  /** Follows the settings: switches the pills on or off, re-applies the rules, or has the cards asked again. */
  setSettings(settings: PageSettings): void;
  /** Looks at every card on the page again (after an in-page navigation). */
  rescan(): void;
  /** What the store knows of a job changed (`cards:changed`): its cards are asked again, recording nothing. */
  refresh(source: Source, id: string): void;
}

/** What is known about one card element. */
interface CardState {
  /** The site's content key when last read: equal keys mean the card has not changed. */
  key: string;
  /** Undefined while the card shows no job yet (an empty, off-screen list item). */
  posting?: Posting;
  labelsEasyApply: boolean;
  result?: CardResult;
  /** pillSignature of the result's score, computed once per result. */
  scoreSignature?: string;
  pill?: HTMLElement;
  /** Everything the pill shows, as one string: equal means nothing to redraw. */
  drawn?: string;
  /** What the rules gave the card, before the bar's "show", the open job and duplicates change what it shows. */
  verdict?: CardVerdict;
  /** Why hiding or showing this job again failed, for the pill's label. */
  problem?: string;
}

/** Results kept by content key, so a card the site re-renders with the same content is not scored again. */
const MAX_KEPT_RESULTS = 2_000;

/**
 * Names for performance.measure, visible on the page's timeline: the real-browser benchmark
 * (tests/e2e/harness/bench-cards.mjs) reads them as the content script's own part of the work.
 */
const MEASURE_READ = 'still-hiring:cards-read';
const MEASURE_PLACE = 'still-hiring:cards-place';

/**
 * Scores every job card a site shows and keeps exactly one pill on each: new cards are read once per content
 * and sent to the background in one message per frame's worth of changes; a card whose content changed (sites
 * recycle card elements) is read again and its pill redrawn in place. Every card is then treated once by the rule
 * list (lib/lists/rules.ts), duplicates are collapsed into their freshest card, and each list with hidden cards gets
 * one bar saying how many and why. Everything site-specific comes from `site` (list-site.ts).
 */
export function createCardWatcher(ctx: ContentScriptContext, site: ListSite, deps: CardWatcherDeps): CardWatcher {
  const finder = cardFinder(site.cardSelectors);
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
  /** Duplicate groups the user expanded, per list, by duplicate key. */
  let expanded = new WeakMap<Element, Set<string>>();
  /** Jobs hidden from this page's pills, the last one last: the bar's "undo hide". */
  const hiddenHere: Posting[] = [];

  const keep = (key: string, result: CardResult) => {
    kept.delete(key);
    kept.set(key, result);
    if (kept.size > MAX_KEPT_RESULTS) kept.delete(kept.keys().next().value as string);
  };

  const setResult = (state: CardState, result: CardResult) => {
    state.result = result;
    state.scoreSignature = pillSignature(result.score);
  };

  const unmark = (card: Element, state: CardState) => {
    if (state.pill) removePillHost(state.pill);
    treatmentTarget(card).removeAttribute(TREATMENT_ATTRIBUTE);
    card.removeAttribute(ANCHOR_ATTRIBUTE);
    state.pill = undefined;
    state.drawn = undefined;
    state.result = undefined;
    state.verdict = undefined;
  };

  const sameJob = (job: { source: Source; id: string } | undefined, source: Source, id: string) =>
    job?.source === source && job.id === id;

  /** The job's hidden flag in every answer this page holds, after the background confirmed the change. */
  const markHidden = (source: Source, id: string, hidden: boolean) => {
    for (const [key, result] of kept) if (sameJob(result, source, id)) kept.set(key, { ...result, hidden });
    for (const card of tracked) {
      const state = states.get(card);
      if (state?.result && sameJob(state.posting, source, id)) state.result = { ...state.result, hidden };
    }
  };

  const setHidden = async (posting: Posting, hidden: boolean, card?: Element) => {
    const answer = await deps.setHidden(posting, hidden);
    if (!enabled) return;
    const state = card && states.get(card);
    if (!answer.ok) {
      if (state) state.problem = `Could not ${hidden ? 'hide' : 'show'} this job: ${answer.error}`;
    } else {
      if (state) state.problem = undefined;
      markHidden(posting.source, posting.id, answer.hidden);
      const earlier = hiddenHere.findIndex((job) => sameJob(job, posting.source, posting.id));
      if (earlier >= 0) hiddenHere.splice(earlier, 1);
      if (answer.hidden) hiddenHere.push(posting);
    }
    reapply();
  };

  const postingsIn = (list: Element) => {
    const postings: Posting[] = [];
    for (const card of tracked) {
      const state = states.get(card);
      if (state?.result?.hidden && state.posting && card.isConnected && listOf(card) === list)
        postings.push(state.posting);
    }
    return postings;
  };

  /** The job last hidden from this page's pills that has a card in `list`. */
  const undoable = (list: Element): Posting | undefined => {
    const here = postingsIn(list);
    return hiddenHere.findLast((job) => here.some((posting) => sameJob(posting, job.source, job.id)));
  };

  const bars = createHiddenBars({
    onToggle: () => reapply(),
    onUndo: (list) => {
      const job = undoable(list);
      if (job) void setHidden(job, false);
    },
  });

  const toggleSimilar = (list: Element | undefined, key: string | undefined) => {
    if (!list || key === undefined) return;
    const groups = expanded.get(list) ?? new Set<string>();
    if (!groups.delete(key)) groups.add(key);
    expanded.set(list, groups);
    reapply();
  };

  /** Draws the card's pill, appended once and redrawn only when what it shows changed. */
  const showPill = (
    card: Element,
    state: CardState,
    note: string | undefined,
    similar?: { count: number; expanded: boolean },
  ) => {
    const { posting, result } = state;
    if (!posting || !result) return;
    const hiddenByUser = result.hidden;
    const label = state.problem ?? note;
    const drawn = `${state.scoreSignature}|${label}|${hiddenByUser}|${similar?.count}|${similar?.expanded}`;
    if (state.pill && state.drawn === drawn) {
      if (state.pill.parentNode !== card) card.append(state.pill);
      return;
    }
    const props = {
      score: result.score,
      note: label,
      hiddenByUser,
      similar,
      onHide: () => void setHidden(posting, !hiddenByUser, card),
      onSimilar: () => toggleSimilar(listOf(card), duplicateKey(posting)),
    };
    if (!state.pill) state.pill = createPillHost(props);
    else drawPill(state.pill, props);
    state.drawn = drawn;
    if (state.pill.parentNode !== card) card.append(state.pill);
  };

  /** Groups cards by the list they belong to, in the order given. */
  const byList = (cards: Iterable<Element>) => {
    const lists = new Map<Element | undefined, Element[]>();
    for (const card of cards) {
      const list = listOf(card);
      const group = lists.get(list);
      if (group) group.push(card);
      else lists.set(list, [card]);
    }
    return lists;
  };

  /** The duplicates of one list's cards: the kept card's "+N similar", and the cards collapsed into it. */
  const duplicatesIn = (
    list: Element | undefined,
    cards: readonly Element[],
    selected: string | undefined,
    now: Date,
  ) => {
    const similar = new Map<Element, { count: number; expanded: boolean }>();
    const collapsed = new Set<Element>();
    const open = list ? expanded.get(list) : undefined;
    const candidates = cards.filter((card) => {
      const state = states.get(card) as CardState;
      return state.verdict?.treatment !== 'hide' && state.posting?.id !== selected;
    });
    for (const [kept, others] of duplicateGroups(candidates, (card) => states.get(card)?.posting as Posting, now)) {
      const isOpen = open?.has(duplicateKey(states.get(kept)?.posting as Posting) as string) === true;
      similar.set(kept, { count: others.length, expanded: isOpen });
      if (!isOpen) for (const other of others) collapsed.add(other);
    }
    return { similar, collapsed };
  };

  /** One bar per list with hidden cards, counted by reason from the cards' verdicts; pruned of removed cards. */
  const syncBars = (current: PageSettings) => {
    const counts = new Map<Element, Map<RuleId, number>>();
    for (const card of tracked) {
      if (!card.isConnected) {
        tracked.delete(card);
        continue;
      }
      const verdict = states.get(card)?.verdict;
      const list = verdict?.treatment === 'hide' && verdict.reason ? listOf(card) : undefined;
      if (!list || !verdict?.reason) continue;
      const reasons = counts.get(list) ?? new Map<RuleId, number>();
      reasons.set(verdict.reason, (reasons.get(verdict.reason) ?? 0) + 1);
      counts.set(list, reasons);
    }
    const content = new Map<Element, BarContent>();
    for (const [list, reasons] of counts) {
      let count = 0;
      for (const n of reasons.values()) count += n;
      content.set(list, {
        count,
        summary: hiddenSummary(reasons, current),
        canUndo: hiddenHere.length > 0 && !!undoable(list),
      });
    }
    bars.sync(content);
  };

  /**
   * Applies the rules to the cards (all of them unless `only` names some), list by list: the treatment they give (a
   * hidden card shows dimmed while its list's hidden cards are revealed, and so does the job open beside the list),
   * duplicates collapsed into their freshest card unless expanded, one pill each; then each list's bar. New cards
   * alone are treated as they arrive, so a long list costs nothing more per batch, except with duplicates on, which
   * compare every card of a list.
   */
  function reapply(only?: readonly Element[]): void {
    if (!settings) return;
    const current = settings;
    const now = deps.now();
    const selected = site.selectedJobId(location.href);
    const cards: Element[] = [];
    for (const card of only && !current.rules.duplicates ? only : tracked) {
      const state = states.get(card);
      if (!card.isConnected || !state?.posting || !state.result) continue;
      state.verdict = cardVerdict(
        { posting: state.posting, result: state.result, labelsEasyApply: state.labelsEasyApply },
        current,
        now,
      );
      cards.push(card);
    }
    for (const [list, group] of byList(cards)) {
      const revealed = list !== undefined && bars.isRevealed(list);
      const { similar, collapsed } = current.rules.duplicates
        ? duplicatesIn(list, group, selected, now)
        : { similar: undefined, collapsed: undefined };
      for (const card of group) {
        const state = states.get(card) as CardState;
        const { treatment, reason } = state.verdict as CardVerdict;
        const why = reason && reasonLabel(reason, current);
        let shown = treatment;
        let note = treatment === 'dim' ? `Dimmed: ${why}` : undefined;
        if (treatment === 'hide' && (revealed || state.posting?.id === selected)) {
          shown = 'dim';
          note = `Hidden: ${why}`;
        }
        if (collapsed?.has(card)) shown = 'hide';
        setTreatment(card, shown);
        showPill(card, state, note, similar?.get(card));
      }
    }
    syncBars(current);
  }

  /** Puts the cards' results on the page: anchors new cards (one layout read for all), then applies the rules. */
  const place = (cards: readonly Element[]) => {
    if (cards.length === 0) return;
    const start = performance.now();
    const fresh = cards.filter((card) => !states.get(card)?.pill);
    for (const card of unanchored(fresh)) card.setAttribute(ANCHOR_ATTRIBUTE, '');
    reapply(cards);
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
          setResult(state, result);
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
      const key = site.contentKey(card);
      if (state?.key === key) {
        if (state.pill && state.pill.parentNode !== card) ready.push(card);
        continue;
      }
      const posting = site.readCard(card, url, now);
      read++;
      const next: CardState = { ...state, key, posting, labelsEasyApply: site.labelsEasyApply(card) };
      states.set(card, next);
      tracked.add(card);
      if (!posting) {
        unmark(card, next);
        continue;
      }
      const known = kept.get(key);
      if (known) {
        setResult(next, known);
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
    look(finder.allCards(document), start);
  };

  /** Cards to ask again, recording nothing: their pills stay until the new answers replace them in place. */
  const askAgain = (which: (state: CardState) => boolean) => {
    const toSend = new Map<string, Posting>();
    for (const card of tracked) {
      const state = states.get(card);
      if (card.isConnected && state?.posting && which(state)) wait(state.key, card, state.posting, toSend);
    }
    send(toSend, true);
  };

  /** Scores every card on the page again for new settings; earlier answers still on their way no longer count. */
  const rescore = () => {
    generation++;
    kept.clear();
    waiting.clear();
    askAgain(() => true);
  };

  const enable = () => {
    enabled = true;
    sweepCardMarks([PILL_ELEMENT, BAR_ELEMENT]);
    addCardStyles();
    stopWatching = watchCardMutations(ctx, {
      onCards: look,
      ownElements: [PILL_ELEMENT, BAR_ELEMENT],
      finder,
      idAttributes: site.idAttributes,
    });
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
    expanded = new WeakMap();
    kept.clear();
    waiting.clear();
    bars.clear();
    removeCardStyles();
    sweepCardMarks([PILL_ELEMENT, BAR_ELEMENT]);
  };

  ctx.onInvalidated(() => {
    if (enabled) disable();
  });

  const wanted = () => Boolean(settings?.sites[site.source]) && site.isListPage(location.href);

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
      else if (enabled) {
        lookAtPage();
        // Another job may be open beside the list now: the one that was is no longer spared a hide, the new one is.
        reapply();
      }
    },
    refresh(source, id) {
      if (!enabled) return;
      for (const [key, result] of kept) if (sameJob(result, source, id)) kept.delete(key);
      askAgain((state) => sameJob(state.posting, source, id));
    },
  };
}
