// The job-list pills' cost in real Chromium with the built extension: batches of new cards are inserted into a served
// LinkedIn list and timed until every one of them shows its pill. Figures are returned (and printed by the caller),
// never asserted. Also the background's CPU time for scoring such a batch, run on its own in a plain page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';
import { bundleForBrowser } from './bundle.mjs';
import { routeJobList } from './job-list.mjs';

/** The saved LinkedIn guest /jobs/search page (60 real cards) whose cards the scoring benchmark scores. */
export const SCORING_FIXTURE = 'tests/fixtures/linkedin/pavan9567_guest_jobs-search_with_detail_pane';

/** What lib/content/cards/card-watcher.ts measures with performance.measure: reading the cards, placing the pills. */
const MEASURES = ['still-hiring:cards-read', 'still-hiring:cards-place'];
const PILL = 'still-hiring-card-pill';

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Opens a served list page (25 cards) in `context`, waits for their pills, then `batches` times inserts `size` new
 * cards in one DOM operation and waits until each new card holds a rendered pill. Per batch:
 * - `endToEndMs`: insertion → last pill in the page, all included (the frame the watcher waits for, reading the
 *   cards, the `cards:seen` round trip with the background's recording and scoring, placing the pills);
 * - `inPageMs`: the content script's own work in the page (the watcher's performance measures that started after the
 *   insertion: reading, then placing);
 * - long tasks (over 50 ms, PerformanceObserver 'longtask') on the page's main thread from insertion to placement.
 * `server` is the harness FixtureServer the browser resolves www.linkedin.com to; a route is added to it.
 */
export async function benchCards({ context, server, batches = 12, size = 25, pauseMs = 150 }) {
  // Ids no earlier run has recorded, so every batch is new to the extension's history.
  const firstId = 6_000_000_000 + Math.floor(Math.random() * 1e6) * 1_000;
  const url = routeJobList(server, `bench-cards-${firstId}`, { initial: size, perScroll: 0, firstId });
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
    });
    await page.goto(url);
    await page.waitForFunction(([pill, count]) => document.querySelectorAll(pill).length === count, [PILL, size], {
      timeout: 20_000,
    });
    const runs = [];
    for (let i = 0; i < batches; i++) {
      await page.waitForTimeout(pauseMs);
      runs.push(await page.evaluate(insertBatch, { size, pill: PILL }));
      // Measures and long-task entries are delivered a moment after they end.
      await page.waitForTimeout(pauseMs);
      Object.assign(runs.at(-1), await page.evaluate(workSince, { since: runs.at(-1).insertedAt, measures: MEASURES }));
    }
    const endToEnd = runs.map((run) => run.endToEndMs);
    const inPage = runs.map((run) => run.inPageMs);
    const longTasks = runs.flatMap((run) => run.longTasks);
    return {
      batches,
      size,
      endToEndMedianMs: median(endToEnd),
      endToEndMaxMs: Math.max(...endToEnd),
      inPageMedianMs: median(inPage),
      inPageMaxMs: Math.max(...inPage),
      readMedianMs: median(runs.map((run) => run.readMs)),
      placeMedianMs: median(runs.map((run) => run.placeMs)),
      longTaskCount: longTasks.length,
      longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
      runs,
    };
  } finally {
    await page.close();
  }
}

/**
 * The background's CPU time for a batch of `size` cards, apart from the round trips and IndexedDB: the real cards of
 * SCORING_FIXTURE, read with lib/extract/linkedin-cards.ts and checked and scored as the `cards:seen` handler does
 * (tests/e2e/harness/score-cards.ts, bundled by Vite), `batches` times in a fresh page of `context`. The page is
 * served cross-origin isolated, for Chromium's 5 µs timer instead of its 100 µs one. `server` is the harness
 * FixtureServer; the page is answered from `context` without adding routes to it.
 */
export async function benchCardScoring({ context, server, batches = 500, size = 25 }) {
  const script = await bundleForBrowser('tests/e2e/harness/score-cards.ts', 'ScoreCards');
  const golden = JSON.parse(readFileSync(join(ROOT, `${SCORING_FIXTURE}.expected.json`), 'utf8'));
  const html = readFileSync(join(ROOT, `${SCORING_FIXTURE}.html`), 'utf8');
  const origin = `https://127.0.0.1:${server.port}`;
  const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const page = await context.newPage();
  try {
    await page.route(`${origin}/score-cards.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: isolated,
        body: '<!doctype html><title>Card scoring benchmark</title><script src="/score-cards.js"></script>',
      }),
    );
    await page.route(`${origin}/score-cards.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', headers: isolated, body: script }),
    );
    await page.goto(`${origin}/score-cards.html`);
    const input = { html, url: golden.url, now: golden.now, size, batches };
    const result = await page.evaluate((arg) => window.ScoreCards.runCardScoringBenchmark(arg), input);
    return { ...result, fixture: SCORING_FIXTURE.split('/').at(-1) };
  } finally {
    await page.close();
  }
}

/** In the page: inserts `size` cards at once; resolves when every one holds a rendered pill. */
function insertBatch({ size, pill }) {
  return new Promise((resolve) => {
    const list = document.querySelector('.jobs-search__results-list');
    const insertedAt = performance.now();
    const cards = window.__appendCards(size);
    const placed = () => cards.every((card) => card.querySelector(pill)?.shadowRoot?.querySelector('[data-score]'));
    const observer = new MutationObserver(() => {
      if (!placed()) return;
      observer.disconnect();
      resolve({ insertedAt, endToEndMs: performance.now() - insertedAt });
    });
    observer.observe(list, { childList: true, subtree: true });
  });
}

/** In the page: the watcher's measured work and the long tasks since `since`. */
function workSince({ since, measures }) {
  const entries = performance.getEntriesByType('measure').filter((e) => e.startTime >= since);
  const total = (name) => entries.filter((e) => e.name === name).reduce((sum, e) => sum + e.duration, 0);
  const [read, place] = measures.map(total);
  return {
    readMs: read,
    placeMs: place,
    inPageMs: read + place,
    measured: entries.filter((e) => measures.includes(e.name)).length,
    longTasks: window.__longTasks
      .filter((task) => task.startTime + task.duration >= since)
      .map((task) => task.duration),
  };
}

/**
 * The figures as lines to print: `result` from benchCards, `scoring` from benchCardScoring. The verdict adds the
 * background's CPU time for a batch to the content script's reading and placing (each a median) against one frame.
 */
export function formatCardBench(result, scoring, { frameMs = 16 } = {}) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const row = (label, value) => `  ${label.padEnd(31)}${value}`;
  const inFrame = (value) => (value <= frameMs ? 'within one frame' : 'OVER one frame');
  const page = result.readMedianMs + result.placeMedianMs;
  const total = scoring.backgroundMedianMs + page;
  const cold = scoring.firstBatchMs + page;
  const longTasks = result.longTaskCount ? `${result.longTaskCount} — OVER target (0)` : 'none';
  return [
    `${result.size} new cards per batch, median of ${result.batches} batches`,
    row(
      'insertion → all pills placed',
      `median ${ms(result.endToEndMedianMs)}  (max ${ms(result.endToEndMaxMs)}; includes both message round trips, the IndexedDB write of the ${result.size} sightings and up to one frame of observer coalescing)`,
    ),
    row(
      'content script work in page',
      `median ${ms(result.inPageMedianMs)}  (max ${ms(result.inPageMaxMs)}; read ${ms(result.readMedianMs)} + place ${ms(result.placeMedianMs)})`,
    ),
    row(
      'scoring, background CPU',
      `median ${ms(scoring.backgroundMedianMs)}  (max ${ms(scoring.backgroundMaxMs)}, first batch ${ms(scoring.firstBatchMs)}; message check ${ms(scoring.checkMedianMs)} + score ${ms(scoring.scoreMedianMs)}; median of ${scoring.batches} batches of ${scoring.size} from the ${scoring.cards} real cards of ${scoring.fixture}, ${scoring.fineTimer ? '5 µs' : '100 µs'} timer)`,
    ),
    row(
      'long tasks over 50 ms (page)',
      result.longTaskCount ? `${result.longTaskCount}, longest ${ms(result.longestTaskMs)}` : 'none',
    ),
    `verdict: scoring ${ms(scoring.backgroundMedianMs)} (background CPU) + reading ${ms(result.readMedianMs)} + placing ${ms(result.placeMedianMs)} (page) = ${ms(total)} for ${result.size} cards, ${inFrame(total)} (${frameMs} ms; with the cold first batch's scoring ${ms(cold)}, ${inFrame(cold)}); long tasks over 50 ms: ${longTasks}`,
  ];
}
