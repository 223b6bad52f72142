// Reading what the extension shows: the in-page badge through its open shadow root (Playwright's CSS locators
// pierce open shadow roots), the toolbar badge and the per-tab result from inside the service worker.

export const BADGE = 'still-hiring-badge';
export const PILL = `${BADGE} [data-testid="still-hiring-pill"]`;
export const PANEL = `${BADGE} [data-testid="still-hiring-panel"]`;

/** Opens `url` in a new tab of the extension's browser. */
export async function openTab(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

/** The pill as a person sees it: score, band id and the band label text. Waits for it to appear. */
export async function readPill(page, { timeout = 15_000 } = {}) {
  const pill = page.locator(PILL);
  await pill.waitFor({ timeout });
  return {
    score: Number(await pill.getAttribute('data-score')),
    band: await pill.getAttribute('data-band'),
    label: (await pill.locator('[data-testid="still-hiring-band"]').textContent())?.trim(),
    ghost: (await pill.getAttribute('data-ghost')) === 'true',
  };
}

/** How many badges the page holds, counting custom elements, not the shadow content. */
export function badgeCount(page) {
  return page.evaluate((name) => document.querySelectorAll(name).length, BADGE);
}

/** Opens the badge's panel and returns its text. */
export async function expandBadge(page) {
  const panel = page.locator(PANEL);
  if (!(await panel.isVisible())) await page.locator(PILL).click();
  await panel.waitFor({ timeout: 10_000 });
  return panel.textContent();
}

/** The id of the one tab showing `url`, as the extension knows it (tabs.query works for its host permissions). */
export async function tabIdOf(browser, url) {
  return browser.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u.split('#')[0] });
    if (tabs.length !== 1) throw new Error(`expected one tab at ${u}, found ${tabs.length}`);
    return tabs[0].id;
  }, url);
}

export function toolbarText(browser, tabId) {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The background's latest result for a tab ({ posting, score, history, company, saved }), or undefined. */
export function tabResult(browser, tabId) {
  return browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
}

/** Polls `read` until `done(value)` holds; returns the last value, or throws with it after `timeout`. */
export async function waitUntil(read, done, { timeout = 15_000, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** The background's result is final once the posted date from the site's API is in. */
const apiDateIn = (result) => result.posting.evidence.posted === 'ats-api';

/**
 * The background's final result for the tab showing `url` (`settled` says when it is: by default once the API's
 * posted date is in) and the badge once it shows that score: the page is scored first and the API's answer refines
 * the score moments later, so a figure read before then is not the one that stays.
 */
export async function settledPill(browser, page, url, settled = apiDateIn) {
  const tabId = await tabIdOf(browser, url);
  const result = await waitUntil(
    () => tabResult(browser, tabId),
    (r) => r !== undefined && settled(r),
    { what: `the extension's final result for ${url}` },
  );
  const pill = await waitUntil(
    () => readPill(page),
    (p) => p.score === result.score.value,
    { what: `the badge to show the final score ${result.score.value}` },
  );
  return { pill, result, tabId };
}

/** Writes settings the way the options page does (storage.sync 'settings'), from inside the extension. */
export function writeSettings(browser, settings) {
  return browser.worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
}
