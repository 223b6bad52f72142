// The watch of saved listings over 500 of them, in the real extension against the local Lever API: the listings are
// imported through the options page, then the watch's own alarms are set off one after the other from the service
// worker, as Chrome would a minute apart. The minute between runs is skipped: before each run the record of the
// requests sent in the last minute (the watch's rate limit) is emptied, which is all a minute's wait changes. The
// figures: requests made, runs, the time the runs took (alarm set off → next alarm scheduled) and the service
// worker's JavaScript heap (CDP Runtime.getHeapUsage) before, at its highest during, and after the round.
import { waitUntil } from './extension.mjs';
import { attachTarget } from './target-session.mjs';
import { NEXT_ALARM, ROUND_ALARM, setOff, skipMinute, watchedCount } from './watch.mjs';

const DAY_MS = 86_400_000;

const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** An export file (docs/export-format.md) of `count` saved Lever postings of one company, never checked. */
function exportFile(count, now) {
  const at = (days) => new Date(now - days * DAY_MS).toISOString();
  const postings = Array.from({ length: count }, (_, i) => ({
    key: `lever:${uuid(i)}`,
    source: 'lever',
    id: uuid(i),
    url: `https://jobs.lever.co/benchco/${uuid(i)}`,
    title: `Engineer ${i}`,
    titleKey: `engineer ${i}`,
    company: 'Benchco',
    locations: ['Remote'],
    locationKey: 'remote',
    firstSeen: at(10),
    lastSeen: at(2),
    timesSeen: 2,
    sightings: [at(10), at(2)],
    saved: { at: at(2) },
  }));
  return { format: 'still-hiring-export', version: 1, exportedAt: at(0), postings };
}

/** The service worker's heap, through a CDP session of its own. */
async function workerHeap(context) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  if (!target) throw new Error("the extension's service worker is not running");
  const session = await attachTarget(cdp, target.targetId);
  return {
    used: async () => (await session.send('Runtime.getHeapUsage')).usedSize,
    close: async () => {
      await session.detach();
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** Sets off `name` now and resolves once that run is over: the next alarm is scheduled, or everything is checked. */
async function run(worker, name, done) {
  const started = await setOff(worker, name);
  await waitUntil(
    async () => ({
      next: await worker.evaluate(async (n) => (await chrome.alarms.get(n))?.scheduledTime ?? null, NEXT_ALARM),
      done: await done(),
    }),
    ({ next, done: finished }) => finished || (next !== null && next > started + 30_000),
    { what: `the watch run set off by ${name}`, interval: 5, timeout: 60_000 },
  );
  return Date.now() - started;
}

export async function benchWatch({ browser, server, count = 500 }) {
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    server.route('api.lever.co', `/v0/postings/benchco/${uuid(i)}`, {
      json: { id: uuid(i), text: `Engineer ${i}`, createdAt: now - 20 * DAY_MS },
    });
  }
  const asked = () => server.requests.filter((r) => r.startsWith('api.lever.co/v0/postings/benchco/')).length;

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('[data-testid="options-import"]').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exportFile(count, now))),
  });
  await options.locator('[data-testid="options-data-message"]', { hasText: 'Imported' }).waitFor({ timeout: 30_000 });
  await options.close();

  const heap = await workerHeap(browser.context);
  const before = await heap.used();
  let peak = before;
  const times = [];
  const done = async () => (await watchedCount(browser.worker)) >= count;
  times.push(await run(browser.worker, ROUND_ALARM, done));
  while (!(await done())) {
    peak = Math.max(peak, await heap.used());
    await skipMinute(browser.worker);
    times.push(await run(browser.worker, NEXT_ALARM, done));
  }
  const after = await heap.used();
  peak = Math.max(peak, after);
  await heap.close();
  return { count, requests: asked(), runs: times.length, times, heap: { before, peak, after } };
}

export function formatWatchBench({ count, requests, runs, times, heap }) {
  const total = times.reduce((sum, t) => sum + t, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const mb = (bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  return [
    `${count} saved Lever listings, all still listed: ${requests} requests in ${runs} runs (at most 4 a minute)`,
    `runs' own time ${(total / 1000).toFixed(1)} s in all, median ${middle} ms a run, longest ${sorted.at(-1)} ms`,
    `a round at 4 requests a minute takes ${Math.ceil(count / 4)} minutes of the day`,
    `service worker heap: ${mb(heap.before)} before, ${mb(heap.peak)} at most during, ${mb(heap.after)} after`,
  ];
}
