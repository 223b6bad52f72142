// History lives in the profile's IndexedDB: closing the browser and opening the same profile keeps it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchWithExtension, newProfileDir } from './harness/browser.mjs';
import { expandBadge, openTab, readPill, tabIdOf, tabResult, waitUntil } from './harness/extension.mjs';
import { openPopup } from './harness/popup.mjs';
import { FixtureServer } from './harness/server.mjs';
import { addSampleSites, LEVER } from './harness/sites.mjs';

async function visit(browser) {
  const page = await openTab(browser, LEVER.url);
  await readPill(page);
  const tabId = await tabIdOf(browser, LEVER.url);
  const result = await waitUntil(() => tabResult(browser, tabId), Boolean, { what: 'the Lever result' });
  return { page, history: result.history };
}

test('history survives a browser restart with the same profile', async (t) => {
  const server = await addSampleSites(new FixtureServer()).start();
  t.after(() => server.stop());
  const profileDir = newProfileDir();

  const first = await launchWithExtension(server, { profileDir });
  const before = (await visit(first)).history;
  await first.close({ keepProfile: true });
  assert.equal(before.timesSeen, 1);

  const second = await launchWithExtension(server, { profileDir });
  t.after(() => second.close());
  const { page, history } = await visit(second);
  assert.equal(history.timesSeen, 2);
  assert.equal(history.firstSeen, before.firstSeen, 'first seen is the visit before the restart');
  assert.ok(Date.parse(history.lastSeen) > Date.parse(history.firstSeen), 'last seen is later than first seen');

  const panel = await expandBadge(page);
  assert.match(panel, /First seen .+ ago · Last seen .+ ago/);
  const popup = await openPopup(second, page);
  t.after(() => popup.close());
  await popup.waitForText('popup-timeline-text', /^Seen 2 times/);
});
