// The job-list pills' cost in real Chromium with the built extension: batches of new cards are inserted into a served
// LinkedIn list and timed until every one of them shows its pill. Figures are returned (and printed by the caller),
// never asserted.
import { routeJobList } from './job-list.mjs';

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

/** The figures as lines to print. */
export function formatCardBench(result, { frameMs = 16 } = {}) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const verdict = result.inPageMedianMs <= frameMs ? 'within one frame' : 'OVER one frame';
  return [
    `${result.size} new cards per batch, median of ${result.batches} batches`,
    `  insertion → all pills placed  median ${ms(result.endToEndMedianMs)}  (max ${ms(result.endToEndMaxMs)}; background round trip included)`,
    `  content script work in page  median ${ms(result.inPageMedianMs)}  (max ${ms(result.inPageMaxMs)}; read ${ms(result.readMedianMs)} + place ${ms(result.placeMedianMs)}) ${verdict} (${frameMs} ms)`,
    `  long tasks over 50 ms        ${result.longTaskCount}${result.longTaskCount ? `, longest ${ms(result.longestTaskMs)}` : ''}`,
  ];
}
