// A job title that is markup is data: the badge and the popup show it as text, and nothing in it runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BADGE, expandBadge, openTab, readPill } from './harness/extension.mjs';
import { openPopup } from './harness/popup.mjs';
import { startSession } from './harness/session.mjs';
import { HOSTILE } from './harness/sites.mjs';

test('a hostile job title shows as text in the badge and the popup, and runs no script', async (t) => {
  const { browser } = await startSession(t);
  const page = await openTab(browser, HOSTILE.url);
  await readPill(page);
  await expandBadge(page);

  const inPage = await page.evaluate((name) => {
    const roots = [...document.querySelectorAll(name)].map((host) => host.shadowRoot);
    return {
      pwned: 'stillHiringPwned' in window,
      images: roots.reduce((n, root) => n + (root?.querySelectorAll('img').length ?? 0), 0),
    };
  }, BADGE);
  assert.deepEqual(inPage, { pwned: false, images: 0 });

  const popup = await openPopup(browser, page);
  t.after(() => popup.close());
  assert.equal(await popup.waitForText('popup-current-title', /onerror/), HOSTILE.title);
  const inPopup = await popup.evaluate(() => ({
    pwned: 'stillHiringPwned' in window,
    images: document.querySelectorAll('img').length,
  }));
  assert.deepEqual(inPopup, { pwned: false, images: 0 });
  assert.equal(await page.evaluate(() => 'stillHiringPwned' in window), false);
});
