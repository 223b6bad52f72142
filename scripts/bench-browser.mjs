#!/usr/bin/env node
// `npm run bench:browser`: the extension's speed in real Chromium, printed (never asserted). Needs a build
// (`npx wxt build`) and Debian's chromium. Figures:
// - per site, the median time from the posting being inserted into the page to the badge's element appearing (the
//   career site turned on first, through the browser's own prompt, as a person does: tests/e2e/harness/career-site.mjs);
// - each content script's size, raw and gzip, against the 30 KB gzip budget;
// - the store's recordSighting and saved-listings search medians in real IndexedDB, at 50,000 postings,
//   2,000 companies and 10,000 saved listings (lib/store/bench.ts, bundled by Vite into a plain https page);
// - on a LinkedIn job list, batches of 25 new cards: time until all carry a score pill (round trips, the background's
//   IndexedDB write and scoring included), the content script's own reading and placing time, and any long task over
//   50 ms on the page (benchCards); the background's CPU time for scoring 25 real list cards, run on its own in a
//   page (benchCardScoring); and the verdict, scoring + reading + placing against one frame (16 ms), no long task
//   (all from tests/e2e/harness/bench-cards.mjs);
// - the daily watch of saved listings over 500 of them against the local Lever API: requests made, the runs' time and
//   the service worker's heap (tests/e2e/harness/bench-watch.mjs).
import { benchCardScoring, benchCards, formatCardBench, median } from '../tests/e2e/harness/bench-cards.mjs';
import { benchWatch, formatWatchBench } from '../tests/e2e/harness/bench-watch.mjs';
import { EXTENSION_DIR, findChromium, launchWithExtension } from '../tests/e2e/harness/browser.mjs';
import { bundleForBrowser } from '../tests/e2e/harness/bundle.mjs';
import { turnOnCareerSite } from '../tests/e2e/harness/career-site.mjs';
import { BADGE, openTab, readPill } from '../tests/e2e/harness/extension.mjs';
import { freePort, uiDevToolsArgs } from '../tests/e2e/harness/permission-prompt.mjs';
import { FixtureServer } from '../tests/e2e/harness/server.mjs';
import {
  ASHBY,
  addSampleSites,
  CAREER_SITE,
  GREENHOUSE,
  LEVER,
  LINKEDIN,
  lateShell,
  WORKDAY,
} from '../tests/e2e/harness/sites.mjs';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScriptSizes, formatSizes } from './size-budget.mjs';

const LOADS = 12;
const BADGE_TARGET_MS = 50;
/** Long enough after load for the content script to be waiting for the posting, as on a slow single-page app. */
const INSERT_AFTER_MS = 700;
const BENCH_QUERY = '?source=bench';

const chromium = findChromium();
if (!chromium.ok) {
  console.error(chromium.reason);
  process.exit(1);
}

const ms = (value) => `${value.toFixed(1)} ms`;
const row = (label, value) => console.log(`  ${label.padEnd(38)}${value}`);

const sites = [
  { name: 'Lever', url: LEVER.url, page: LEVER.page },
  { name: 'Workday', url: WORKDAY.url, page: WORKDAY.page },
  { name: 'LinkedIn', url: LINKEDIN.url, page: LINKEDIN.page },
  { name: 'Greenhouse', url: GREENHOUSE.url, page: GREENHOUSE.page },
  { name: 'Ashby', url: ASHBY.url, page: ASHBY.page },
  { name: 'Career site', url: CAREER_SITE.url, page: CAREER_SITE.page },
];

const server = addSampleSites(new FixtureServer());
for (const site of sites) {
  const url = new URL(site.url);
  server.route(url.host, `${url.pathname}${BENCH_QUERY}`, { html: lateShell(site.page, INSERT_AFTER_MS) });
}
const storeBench = await bundleForBrowser('lib/store/bench.ts', 'StoreBench');
server.route('127.0.0.1', '/store-bench.html', {
  html: '<!doctype html><title>Store benchmark</title><script src="/store-bench.js"></script>',
});
server.route('127.0.0.1', '/store-bench.js', { body: storeBench, type: 'text/javascript' });
await server.start();
const uiDevToolsPort = await freePort();
const browser = await launchWithExtension(server, { args: uiDevToolsArgs(uiDevToolsPort) });

try {
  const careers = await openTab(browser, CAREER_SITE.url);
  await turnOnCareerSite(browser, careers, uiDevToolsPort);
  await readPill(careers);
  await careers.close();

  console.log(
    `Badge latency: posting inserted → <${BADGE}> in the page, median of ${LOADS} loads (target ≤ ${BADGE_TARGET_MS} ms)`,
  );
  for (const site of sites) {
    const times = await badgeLatencies(`${site.url}${BENCH_QUERY}`);
    const verdict = median(times) <= BADGE_TARGET_MS ? 'within target' : 'OVER target';
    console.log(
      `  ${site.name.padEnd(11)} median ${ms(median(times))}  (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})  ${verdict}`,
    );
  }

  console.log(`\nContent scripts in ${EXTENSION_DIR} (target ${CONTENT_SCRIPT_GZIP_BUDGET / 1024} KB gzip each)`);
  const sizes = contentScriptSizes(EXTENSION_DIR);
  formatSizes(sizes).forEach((line, i) => {
    const headroom = (CONTENT_SCRIPT_GZIP_BUDGET - sizes[i].gzip) / 1024;
    console.log(`  ${line}  ${headroom >= 0 ? `within target, ${headroom.toFixed(1)} KB to spare` : 'OVER target'}`);
  });

  console.log('\nLinkedIn job list pills (tests/e2e/harness/bench-cards.mjs)');
  const cards = await benchCards({ context: browser.context, server, batches: LOADS, size: 25 });
  const scoring = await benchCardScoring({ context: browser.context, server, batches: 500, size: 25 });
  for (const line of formatCardBench(cards, scoring)) console.log(`  ${line}`);

  console.log('\nStore in real Chromium IndexedDB (lib/store/bench.ts)');
  const store = await storeFigures();
  const { postings, companies, saved, samples } = store.sizes;
  console.log(`  ${postings} postings, ${companies} companies, ${saved} saved; medians of ${samples} runs`);
  row('fill (one transaction)', ms(store.fillMs));
  const verdict = (value, target) =>
    `median ${ms(value)}  ${value <= target ? 'within' : 'OVER'} target (${target} ms)`;
  row('recordSighting', verdict(store.recordSightingMedianMs, 5));
  row('saved search', verdict(store.searchMedianMs, 30));
  row('saved search, first after a change', verdict(store.searchAfterChangeMedianMs, 30));
  row('saved search, first in a new store', verdict(store.searchInNewStoreMedianMs, 30));
  row('saved search, first after a sighting', verdict(store.searchAfterSightingMedianMs, 30));

  console.log('\nWatch of saved listings (tests/e2e/harness/bench-watch.mjs)');
  for (const line of formatWatchBench(await benchWatch({ browser, server, count: 500 }))) console.log(`  ${line}`);
} finally {
  await browser.close();
  await server.stop();
}

/** Loads the shell `LOADS` times; each time, the gap between the posting's insertion and the badge's element. */
async function badgeLatencies(url) {
  const page = await browser.context.newPage();
  // Watches from the very start of the page, before its own scripts and the content script.
  await page.addInitScript((name) => {
    new MutationObserver((records, observer) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeName.toLowerCase() === name) {
            window.__badgeAt = performance.now();
            observer.disconnect();
            return;
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  }, BADGE);
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => window.__badgeAt !== undefined && window.__postingInsertedAt !== undefined, null, {
      timeout: 20_000,
    });
    times.push(await page.evaluate(() => window.__badgeAt - window.__postingInsertedAt));
  }
  await page.close();
  return times;
}

async function storeFigures() {
  const page = await browser.context.newPage();
  await page.goto(`https://127.0.0.1:${server.port}/store-bench.html`);
  const result = await page.evaluate(() => window.StoreBench.runStoreBenchmark(indexedDB));
  await page.close();
  return result;
}
