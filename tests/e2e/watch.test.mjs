// The employer-site check in a real browser: a LinkedIn posting whose "Apply" goes to a Lever posting is checked on
// Lever's API (the local one), saved, and watched by the real alarm handler, which the test sets off itself
// (chrome.alarms in the service worker) rather than waiting a day. Between two rounds the API stops listing the
// posting: the listing closes on the second gone answer, the toolbar counts it, and the popup lists it first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandBadge, openTab, settledPill, waitUntil } from './harness/extension.mjs';
import { openPopup } from './harness/popup.mjs';
import { startSession } from './harness/session.mjs';
import { LINKEDIN_OFFSITE } from './harness/sites.mjs';
import { checksOf, runRound } from './harness/watch.mjs';

const KEY = `linkedin:${LINKEDIN_OFFSITE.id}`;

const toolbarCount = (browser) => browser.worker.evaluate(() => chrome.action.getBadgeText({}));
const apiCalls = (server) => server.requests.filter((r) => r === `api.lever.co${LINKEDIN_OFFSITE.apiPath}`).length;

test("a saved LinkedIn listing closes once its employer's Lever stops listing it, checked by the alarm", async (t) => {
  const { server, browser } = await startSession(t);

  // Viewing it asks Lever at once: listed, with Lever's exact date in place of LinkedIn's "2 weeks ago".
  const page = await openTab(browser, LINKEDIN_OFFSITE.url);
  const { result } = await settledPill(browser, page, LINKEDIN_OFFSITE.url, (r) => r.employer !== undefined);
  assert.equal(result.employer.state, 'listed');
  assert.equal(result.posting.evidence.posted, 'ats-api');
  assert.equal(apiCalls(server), 1);
  const panel = await expandBadge(page);
  assert.match(panel, /Still listed on the employer's site \(Lever\), posted \d{4}-\d{2}-\d{2}/);

  const save = page.locator('still-hiring-badge [data-testid="still-hiring-save"]');
  await save.click();
  await save.and(page.locator('[aria-pressed="true"]')).waitFor();

  // Round 1: still listed.
  let record = await runRound(browser.worker, KEY, 2);
  assert.deepEqual(
    checksOf(record).map((e) => e.kind),
    ['listed', 'listed'],
  );
  assert.equal(apiCalls(server), 2);

  // The employer takes the posting down.
  server.route('api.lever.co', LINKEDIN_OFFSITE.apiPath, {
    status: 404,
    json: { ok: false, error: 'Document not found' },
  });

  // Round 2: gone once is not closed.
  record = await runRound(browser.worker, KEY, 3);
  assert.equal(record.goneStreak, 1);
  assert.equal(record.closedAt, undefined);
  assert.equal(await toolbarCount(browser), '');

  // Round 3: gone again, no repost on Plaid's board: closed, and the toolbar says so.
  record = await runRound(browser.worker, KEY, 4);
  assert.equal(record.closedAt, record.goneSince);
  assert.ok(
    server.requests.includes(`api.lever.co${LINKEDIN_OFFSITE.boardPath}`),
    'the board was searched for a repost',
  );
  await waitUntil(
    () => toolbarCount(browser),
    (text) => text === '1',
    { what: 'the toolbar to count one closed' },
  );

  // The popup lists it first and, being looked at, the toolbar count starts again.
  const popup = await openPopup(browser, page);
  t.after(() => popup.close());
  await popup.waitForText('saved-closed-note', /^1 saved listing is no longer on the employer's site \(1 new/);
  await popup.waitForText('saved-row-meta', /Closed since you saved it, today/);
  await waitUntil(
    () => toolbarCount(browser),
    (text) => text === '',
    { what: 'the count to clear once looked at' },
  );
});
