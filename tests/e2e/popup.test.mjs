// The toolbar popup, opened for real over a job tab: it shows that tab's listing and finds a saved one by search.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandBadge, openTab, readPill, settledPill } from './harness/extension.mjs';
import { openPopup } from './harness/popup.mjs';
import { startSession } from './harness/session.mjs';
import { LEVER, WORKDAY } from './harness/sites.mjs';

test('the popup shows the current listing and finds a saved listing by search', async (t) => {
  const { browser } = await startSession(t);

  const lever = await openTab(browser, LEVER.url);
  await readPill(lever);
  await expandBadge(lever);
  const save = lever.locator('still-hiring-badge [data-testid="still-hiring-save"]');
  await save.click();
  await assert.doesNotReject(save.and(lever.locator('[aria-pressed="true"]')).waitFor(), 'the badge says Saved');

  const workday = await openTab(browser, WORKDAY.url);
  const { pill } = await settledPill(browser, workday, WORKDAY.url);
  const popup = await openPopup(browser, workday);
  t.after(() => popup.close());

  await popup.waitForText('popup-current-title', new RegExp(WORKDAY.title));
  assert.equal(await popup.text('popup-band'), pill.label);
  const size = await popup.evaluate(() => {
    const main = document.querySelector('[data-testid="popup-main"]');
    return { width: innerWidth, scrolls: main.scrollHeight > main.clientHeight };
  });
  assert.ok(size.scrolls, 'the listing is long enough to scroll, the case that widened the popup');
  assert.ok(size.width >= 360 && size.width <= 400, `the popup is ${size.width} px wide, not 360–400`);

  await popup.fill('saved-search', 'network value');
  await popup.waitForText('saved-row-title', new RegExp(LEVER.title));
  await popup.fill('saved-search', 'no such job anywhere');
  await popup.waitForText('saved-empty', /No saved listing matches/);
});
