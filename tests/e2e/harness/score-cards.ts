import { cardResult, createKeywordCache } from '@/lib/background/card-results';
import { extractLinkedInCards } from '@/lib/extract/linkedin-cards';
import type { PostingHistory } from '@/lib/history';
import { BACKGROUND_MESSAGES, type BackgroundMessage, type CardResult, parseMessage } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';

/**
 * The background's CPU time for one `cards:seen` batch, run in a plain page of real Chromium (bundled by
 * tests/e2e/harness/bundle.mjs, driven by tests/e2e/harness/bench-cards.mjs). The cards are read from a saved
 * LinkedIn list page with lib/extract/linkedin-cards.ts, as the content script reads them; each batch reaches the
 * timed part as the background receives it (parsed from JSON), and is then checked and scored as the background's
 * `cards:seen` handler does (lib/background/service.ts): the message's zod check, the sites filter, and its
 * cardResult (lib/background/card-results.ts) with the default settings and a first-sighting history. Recording the sightings in
 * IndexedDB is left out (the store benchmark measures it). No Node APIs here.
 */

export interface CardScoringInput {
  /** A saved LinkedIn list page. */
  html: string;
  /** The address the page is read as, and the moment it is read and scored at (ISO). */
  url: string;
  now: string;
  /** Cards per batch; batches take consecutive cards of the page, wrapping around. */
  size: number;
  batches: number;
}

export interface CardScoringResult {
  /** Cards read from the page. */
  cards: number;
  size: number;
  batches: number;
  /** The very first batch, before the JIT has seen any of this code (a service worker just woken). */
  firstBatchMs: number;
  checkMedianMs: number;
  scoreMedianMs: number;
  /** Check and score of one batch together: the background's CPU time for it. */
  backgroundMedianMs: number;
  backgroundMaxMs: number;
  /** Whether the page had the fine timer (5 µs) of a cross-origin isolated page, rather than the 100 µs one. */
  fineTimer: boolean;
  /** Sum of every score, so no batch's work can be optimised away. */
  checksum: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** What the store answers for a posting it has not seen before. */
const firstSighting = (now: Date): PostingHistory => {
  const at = now.toISOString();
  return { firstSeen: at, lastSeen: at, timesSeen: 1, sightings: [at], repostsSeen: 0 };
};

const keywordsOf = createKeywordCache();

/** The `cards:seen` handler's work after the sightings are recorded. */
function scoreCards(postings: Posting[], settings: Settings, now: Date): CardResult[] {
  const wanted = postings.filter((posting) => settings.sites[posting.source]);
  const keywords = keywordsOf(settings);
  return wanted.map((posting) => cardResult(posting, { history: firstSighting(now) }, settings, keywords, now));
}

export function runCardScoringBenchmark(input: CardScoringInput): CardScoringResult {
  const now = new Date(input.now);
  const page = new DOMParser().parseFromString(input.html, 'text/html');
  const postings = extractLinkedInCards(page, input.url, now).map((card) => card.posting);
  if (postings.length === 0) throw new Error(`no job cards found in the page read as ${input.url}`);
  // Extension messages travel as JSON: each batch is serialized as the content script's message would be.
  const messages = Array.from({ length: input.batches }, (_, batch) =>
    JSON.stringify({
      type: 'cards:seen',
      postings: Array.from({ length: input.size }, (_, i) => postings[(batch * input.size + i) % postings.length]),
    }),
  );
  const checks: number[] = [];
  const scores: number[] = [];
  let checksum = 0;
  for (const message of messages) {
    const raw: unknown = JSON.parse(message);
    const start = performance.now();
    const parsed = parseMessage(BACKGROUND_MESSAGES, raw);
    const checked = performance.now();
    if (!parsed.ok) throw new Error(parsed.error);
    const results = scoreCards((parsed.message as BackgroundMessage<'cards:seen'>).postings, DEFAULT_SETTINGS, now);
    const scored = performance.now();
    checks.push(checked - start);
    scores.push(scored - checked);
    for (const result of results) checksum += result.score.value;
  }
  const background = checks.map((check, i) => check + (scores[i] as number));
  return {
    cards: postings.length,
    size: input.size,
    batches: input.batches,
    firstBatchMs: background[0] as number,
    checkMedianMs: median(checks),
    scoreMedianMs: median(scores),
    backgroundMedianMs: median(background),
    backgroundMaxMs: Math.max(...background),
    fineTimer: globalThis.crossOriginIsolated === true,
    checksum,
  };
}
