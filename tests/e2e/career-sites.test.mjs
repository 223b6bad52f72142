// A career site turned on for real: the popup, opened by the toolbar button over the site's posting, offers to
// score it; the click asks the browser, whose own permission prompt is answered by clicking its button (through
// Chromium's UI DevTools, harness/permission-prompt.mjs); the badge then shows on the page the tab already has open,
// and the options page turns the site off again. Nothing is granted or registered by the test itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchWithExtension, newProfileDir } from './harness/browser.mjs';
import { askToTurnOn, turnOnCareerSite } from './harness/career-site.mjs';
import {
  BADGE,
  badgeCount,
  openTab,
  readPill,
  tabIdOf,
  tabResult,
  toolbarText,
  waitUntil,
} from './harness/extension.mjs';
import { scoreWithCli } from './harness/oracle.mjs';
import { answerPermissionPrompt, freePort, uiDevToolsArgs } from './harness/permission-prompt.mjs';
import { openPopup } from './harness/popup.mjs';
import { FixtureServer } from './harness/server.mjs';
import { startSession } from './harness/session.mjs';
import { addSampleSites, CAREER_SITE } from './harness/sites.mjs';

const PATTERN = `https://${CAREER_SITE.host}/*`;

/** What the browser has granted, and registered, in the extension's own words. */
function granted(browser) {
  return browser.worker.evaluate(async () => {
    const all = await chrome.permissions.getAll();
    // Chrome keeps the scripting namespace after the permission is removed, and refuses its calls.
    const scripts = all.permissions.includes('scripting') ? await chrome.scripting.getRegisteredContentScripts() : [];
    return { ...all, scripts: scripts.map((script) => script.id) };
  });
}

async function startWithPrompt(t, options = {}) {
  const port = await freePort();
  const session = await startSession(t, { args: uiDevToolsArgs(port), ...options });
  return { ...session, port };
}

test('career site: turned on from the popup through the browser’s prompt, scored as the CLI scores it, turned off in the options', async (t) => {
  const { server, browser, port } = await startWithPrompt(t);
  const page = await openTab(browser, CAREER_SITE.url);
  assert.equal(await badgeCount(page), 0, 'no badge before the site is turned on');
  assert.deepEqual((await granted(browser)).scripts, []);

  const popup = await askToTurnOn(browser, page);
  t.after(() => popup.close());
  await answerPermissionPrompt(port, 'allow');

  // The page was open before: the background runs the newly registered script in it, without a reload.
  const pill = await readPill(page);
  const after = await granted(browser);
  assert.ok(after.origins.includes(PATTERN), 'the host permission was granted');
  assert.ok(after.permissions.includes('scripting'), 'scripting came with it');
  assert.deepEqual(after.scripts, [`career-site-${CAREER_SITE.host}`]);

  const tabId = await tabIdOf(browser, CAREER_SITE.url);
  const result = await waitUntil(() => tabResult(browser, tabId), Boolean, { what: 'the career site result' });
  assert.equal(result.posting.source, 'career-site');
  assert.equal(result.posting.title, CAREER_SITE.title);
  assert.equal(pill.score, result.score.value);
  assert.equal(await toolbarText(browser, tabId), `${pill.ghost ? '!' : ''}${pill.score}`);
  const expected = await scoreWithCli({
    html: server.sent.get(`${CAREER_SITE.host}${new URL(CAREER_SITE.url).pathname}`).toString(),
    url: CAREER_SITE.url,
    now: new Date(result.history.lastSeen),
    history: { posting: result.history, ...(result.company ? { company: result.company } : {}) },
  });
  assert.equal(pill.band, expected.score.band.id);
  assert.ok(
    result.score.factors.some((f) => f.label === `Employer's career site (${CAREER_SITE.host})`),
    'the breakdown names the employer’s own site',
  );

  // The popup, opened again, shows the listing; a reload of the page is scored by the registered script.
  const again = await openPopup(browser, page, { click: true });
  t.after(() => again.close());
  await again.waitForText('popup-current-title', new RegExp(CAREER_SITE.title));
  await page.reload();
  await readPill(page);

  const options = await openTab(browser, `chrome-extension://${browser.extensionId}/options.html`);
  const listed = options.getByTestId('options-career-site');
  await listed.waitFor();
  assert.equal(await listed.locator('span').textContent(), CAREER_SITE.host);
  await options.getByRole('button', { name: `Turn off ${CAREER_SITE.host}` }).click();
  await options.getByTestId('options-career-sites-empty').waitFor();

  const off = await waitUntil(
    () => granted(browser),
    (g) => !g.origins.includes(PATTERN),
    { what: 'the host permission to be removed' },
  );
  assert.ok(!off.permissions.includes('scripting'), 'scripting went with the last site');
  assert.deepEqual(off.scripts, []);
  await page.bringToFront();
  await waitUntil(
    () => badgeCount(page),
    (n) => n === 0,
    { what: 'the badge to leave the page' },
  );
  await page.reload();
  await page.waitForLoadState('load');
  assert.equal(await page.locator(BADGE).count(), 0, 'no badge once the site is off');
});

test('career site: a prompt answered "Cancel" turns nothing on, and the popup still offers the site', async (t) => {
  const { browser, port } = await startWithPrompt(t);
  const page = await openTab(browser, CAREER_SITE.url);
  const popup = await askToTurnOn(browser, page);
  t.after(() => popup.close());
  await answerPermissionPrompt(port, 'cancel');
  // Chromium closes the popup as its prompt opens, so what the popup says is read in it opened again.
  const again = await openPopup(browser, page, { click: true });
  t.after(() => again.close());
  await again.waitForText('popup-turn-on-site', new RegExp(`Score job postings on ${CAREER_SITE.host}`));
  const after = await granted(browser);
  assert.ok(!after.origins.includes(PATTERN), 'no host permission');
  assert.ok(!after.permissions.includes('scripting'), 'no scripting permission');
  assert.deepEqual(after.scripts, []);
  assert.equal(await badgeCount(page), 0);
});

test('career site: still turned on after the browser restarts', async (t) => {
  const server = await addSampleSites(new FixtureServer()).start();
  t.after(() => server.stop());
  const profileDir = newProfileDir();
  const port = await freePort();
  const first = await launchWithExtension(server, { profileDir, args: uiDevToolsArgs(port) });
  const page = await openTab(first, CAREER_SITE.url);
  await turnOnCareerSite(first, page, port);
  await readPill(page);
  await first.close({ keepProfile: true });

  const second = await launchWithExtension(server, { profileDir });
  t.after(() => second.close());
  const reopened = await openTab(second, CAREER_SITE.url);
  const pill = await readPill(reopened);
  const tabId = await tabIdOf(second, CAREER_SITE.url);
  const result = await waitUntil(() => tabResult(second, tabId), Boolean, { what: 'the result after the restart' });
  assert.equal(result.history.timesSeen, 2);
  assert.equal(pill.score, result.score.value);
});
