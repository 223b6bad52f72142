import type { Posting, Source } from '@/lib/posting';

/**
 * What a job site gives the job-list layer: how to find its cards and read one. Everything else is the same for
 * every site and lives beside this file: the watcher (card-watcher.ts: one pill per card, batched `cards:seen`
 * messages, recycled cards), the rule list (lib/lists/rules.ts: every card treated once, shown, dimmed or hidden,
 * with one reason), duplicates (lib/lists/duplicates.ts: "+N similar"), the pills (pill-host.ts) and the
 * "N hidden: … — show" bar (hidden-bars.ts).
 *
 * To add a site's result cards: write its ListSite in lib/content/sites/<site>-lists.ts from that site's own selector
 * and text registry (lib/extract/<site>-selectors.ts, <site>-text.ts: the labels in each language it is read in), and
 * start it from its content script with startJobCards (lib/content/cards/start.ts). readCard must return a
 * `view: 'card'` Posting whose flags (viewed, applied, promoted, easyApply), `reposted`, `posted` and `applicants`
 * are what the card shows: the rules read those, and the background adds what the job's history says.
 */
export interface ListSite {
  source: Source;
  /** Card roots; every selector counts, and a match inside another match is the same card (the outer is kept). */
  cardSelectors: readonly string[];
  /** Attributes that name a card's job: a recycled card can change them before its text. */
  idAttributes: readonly string[];
  /** The page holds job lists to watch: a pure function of the URL. */
  isListPage(url: string): boolean;
  /** The job the page shows beside its list (a detail pane): its card may be dimmed, never hidden or collapsed. */
  selectedJobId(url: string): string | undefined;
  /** One card as a Posting; undefined while it shows no job yet (an empty, off-screen list item). */
  readCard(card: Element, url: string, now: Date): Posting | undefined;
  /** Equal for a card whose job and text have not changed: it is not read or scored again. */
  contentKey(card: Element): string;
  /**
   * This card's variant labels Easy Apply jobs, so one without the label is not one. Where a variant never says
   * (LinkedIn's guest cards), "Easy Apply only" must not hide every card.
   */
  labelsEasyApply(card: Element): boolean;
}
