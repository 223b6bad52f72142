// The options page drives what the badge shows: a new threshold re-bands an open badge, a site switched off gets
// no badge at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { badgeCount, openTab, readPill, settledPill, tabIdOf, toolbarText, waitUntil } from './harness/extension.mjs';
import { startSession } from './harness/session.mjs';
import { LEVER, WORKDAY } from './harness/sites.mjs';

/** Long enough for a content script that would show a badge to have shown it (they take well under a second). */
const NO_BADGE_WAIT_MS = 2_500;

async function openOptions(browser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('[data-testid="field-bands-active"]').waitFor();
  return page;
}

const savedSettings = (browser) =>
  browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

test('raising the band thresholds in the options page re-bands an open badge', async (t) => {
  const { browser } = await startSession(t);
  const job = await openTab(browser, LEVER.url);
  const { pill: before } = await settledPill(browser, job, LEVER.url);
  // Every band starting above the score leaves it in Likely Ghost, whatever band it had.
  assert.ok(before.score < 96 && before.band !== 'ghost', `the sample scores ${before.score} (${before.band})`);

  const options = await openOptions(browser);
  for (const [field, value] of [
    ['active', '99'],
    ['likely', '98'],
    ['uncertain', '97'],
    ['stale', '96'],
  ]) {
    await options.locator(`[data-testid="field-bands-${field}"]`).fill(value);
  }
  await waitUntil(
    () => savedSettings(browser),
    (s) => s?.bands?.stale === 96 && s.bands.active === 99,
    { what: 'the options page to save the thresholds' },
  );
  await options.locator('[data-testid="options-status"][data-status="saved"]').waitFor();

  const after = await waitUntil(
    () => readPill(job),
    (p) => p.band === 'ghost',
    { what: 'the open badge to change band' },
  );
  assert.equal(after.score, before.score, 'the score stays, only its band moves');
  assert.match(after.label, /^Likely Ghost \(0–95\)$/);
  const tabId = await tabIdOf(browser, LEVER.url);
  assert.equal(await toolbarText(browser, tabId), `${after.ghost ? '!' : ''}${after.score}`);
});

test('a site switched off in the options page loses its badge and gets none on a new page', async (t) => {
  const { browser } = await startSession(t);
  const open = await openTab(browser, LEVER.url);
  await readPill(open);

  const options = await openOptions(browser);
  await options.locator('[data-testid="options-site-lever"]').uncheck();
  await waitUntil(
    () => savedSettings(browser),
    (s) => s?.sites?.lever === false,
    { what: 'Lever to be switched off' },
  );

  await waitUntil(
    () => badgeCount(open),
    (n) => n === 0,
    { what: 'the open Lever badge to go' },
  );
  const fresh = await openTab(browser, LEVER.url);
  await sleep(NO_BADGE_WAIT_MS);
  assert.equal(await badgeCount(fresh), 0);
  assert.equal(await badgeCount(open), 0);
  const leverTabs = await browser.worker.evaluate(
    async (url) => (await chrome.tabs.query({ url })).map((tab) => tab.id),
    LEVER.url,
  );
  assert.equal(leverTabs.length, 2);
  for (const tabId of leverTabs) assert.equal(await toolbarText(browser, tabId), '', 'no toolbar score');

  // The other sites still get theirs: the extension itself is running.
  const workday = await openTab(browser, WORKDAY.url);
  assert.ok((await readPill(workday)).label);
});
