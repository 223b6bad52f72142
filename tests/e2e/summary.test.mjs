// Summaries in a real browser: the badge and the popup show the posting's key lines, each from the page itself; the
// options page turns them off; and Chrome's on-device model is used where the browser has one ready.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expandBadge, openTab, PANEL, settledPill, tabIdOf, tabResult, waitUntil } from './harness/extension.mjs';
import { openPopup } from './harness/popup.mjs';
import { startSession } from './harness/session.mjs';
import { LEVER } from './harness/sites.mjs';

const GOLDEN = JSON.parse(readFileSync(LEVER.page.replace(/\.html$/, '.summary.expected.json'), 'utf8')).lines;
const SUMMARY = `${PANEL} [data-testid="still-hiring-summary"]`;
const squeeze = (text) => text.replace(/\s+/g, ' ').trim();

test('the badge and the popup show the key lines of the posting, and the options page turns them off', async (t) => {
  const { browser } = await startSession(t);
  const job = await openTab(browser, LEVER.url);
  await settledPill(browser, job, LEVER.url);
  await expandBadge(job);

  const lines = (await job.locator(`${SUMMARY} li`).allTextContents()).map(squeeze);
  assert.deepEqual(lines, GOLDEN);
  assert.match(await job.locator(SUMMARY).textContent(), /Key lines from the posting/);
  // The page's own text, the badge left out (a clone has no shadow roots, and the badge's element is dropped).
  const pageText = squeeze(
    await job.evaluate((badge) => {
      const clone = document.body.cloneNode(true);
      for (const element of clone.querySelectorAll(badge)) element.remove();
      return clone.textContent;
    }, 'still-hiring-badge'),
  );
  for (const line of lines) assert.ok(pageText.includes(line), `"${line}" is the page's own words`);

  const popup = await openPopup(browser, job);
  t.after(() => popup.close());
  await popup.waitForText('still-hiring-summary', new RegExp(GOLDEN[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await popup.close();

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('[data-testid="options-summaries-off"]').check();
  await waitUntil(
    () => browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.summaries),
    (mode) => mode === 'off',
    { what: 'summaries to be switched off' },
  );
  await job.bringToFront();
  await waitUntil(
    () => job.locator(SUMMARY).count(),
    (count) => count === 0,
    { what: 'the open badge to drop its summary' },
  );
  const tabId = await tabIdOf(browser, LEVER.url);
  assert.equal((await tabResult(browser, tabId)).summary, undefined);
});

/** What Chrome's Summarizer API says in the extension's pages and in its service worker, with the options used. */
async function probeSummarizer(browser) {
  const probe = async () => {
    if (!('Summarizer' in self)) return 'absent';
    const options = {
      type: 'key-points',
      format: 'plain-text',
      length: 'medium',
      expectedInputLanguages: ['en'],
      outputLanguage: 'en',
    };
    return Summarizer.availability(options).catch((error) => `failing (${error.message})`);
  };
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const inPage = await page.evaluate(probe);
  await page.close();
  const inWorker = await browser.worker.evaluate(probe);
  const version = browser.context.browser().version();
  return { inPage, inWorker, version };
}

test("Chrome's on-device model summarizes the posting where the browser has it ready", async (t) => {
  const { browser } = await startSession(t);
  const { inPage, inWorker, version } = await probeSummarizer(browser);
  if (inPage !== 'available' && inWorker !== 'available') {
    t.skip(
      `Chromium ${version} has no on-device model ready (Summarizer in extension pages: ${inPage}; in the service ` +
        `worker: ${inWorker}), so the built-in summary cannot be checked here; the fake in tests/unit covers it`,
    );
    return;
  }
  const job = await openTab(browser, LEVER.url);
  const tabId = await tabIdOf(browser, LEVER.url);
  if (inWorker !== 'available') {
    // The worker cannot run the model: the popup does, as it would for a person opening it.
    const popup = await openPopup(browser, job);
    t.after(() => popup.close());
  }
  const result = await waitUntil(
    () => tabResult(browser, tabId),
    (r) => r?.summary?.method === 'on-device',
    { what: "the on-device model's summary", timeout: 120_000, interval: 500 },
  );
  assert.ok(result.summary.lines.length >= 1 && result.summary.lines.length <= 5);
  await job.bringToFront();
  await expandBadge(job);
  await job.locator(SUMMARY).filter({ hasText: "Summary by Chrome's on-device model" }).waitFor();
});
