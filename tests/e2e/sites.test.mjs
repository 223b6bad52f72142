// Each job site's posting page gets the in-page badge and the toolbar badge, with the band the command-line scorer
// computes for the same page, the same API answer, the same history and the same moment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  badgeCount,
  expandBadge,
  openTab,
  readPill,
  settledPill,
  tabIdOf,
  tabResult,
  toolbarText,
  waitUntil,
} from './harness/extension.mjs';
import { scoreWithCli } from './harness/oracle.mjs';
import { openPopup } from './harness/popup.mjs';
import { startSession } from './harness/session.mjs';
import {
  ASHBY,
  GREENHOUSE,
  GREENHOUSE_EMBED,
  LEVER,
  LINKEDIN,
  LINKEDIN_SEARCH,
  NORTHWIND,
  WORKDAY,
  WORKDAY_LATE,
  workdayApi,
} from './harness/sites.mjs';

const hostPath = (url) => {
  const u = new URL(url);
  return `${u.host}${u.pathname}`;
};

/** Waits for the extension's final result for the tab (`settled`, by default the API's date in), checks it against the CLI. */
async function checkAgainstCli(server, browser, page, { url, apiUrl, settled }) {
  const { pill, result, tabId } = await settledPill(browser, page, url, settled);
  const expected = await scoreWithCli({
    html: server.sent.get(hostPath(url)).toString(),
    url,
    now: new Date(result.history.lastSeen),
    history: { posting: result.history, ...(result.company ? { company: result.company } : {}) },
    api: apiUrl ? JSON.parse(server.sent.get(hostPath(apiUrl))) : undefined,
  });
  assert.equal(pill.band, expected.score.band.id, `band shown ${pill.band}, CLI says ${expected.score.band.id}`);
  assert.equal(pill.label, expected.score.band.label);
  assert.equal(await toolbarText(browser, tabId), `${pill.ghost ? '!' : ''}${pill.score}`);
  return { pill, result, expected, tabId };
}

test('Lever posting: badge band as the CLI computes, toolbar score, posted date from the Lever API', async (t) => {
  const { server, browser } = await startSession(t);
  const page = await openTab(browser, LEVER.url);
  const { result } = await checkAgainstCli(server, browser, page, {
    url: LEVER.url,
    apiUrl: LEVER.apiUrl,
  });
  assert.ok(server.requests.includes(hostPath(LEVER.apiUrl)), 'the background asked the Lever API');
  assert.equal(result.posting.title, LEVER.title);
  const panel = await expandBadge(page);
  assert.match(panel, /Posted\s*3 days ago/);
});

test("Lever posting stating its pay in words and New York's vacancy statement: the badge says both, as the CLI computes", async (t) => {
  const { server, browser } = await startSession(t);
  const page = await openTab(browser, NORTHWIND.url);
  const { result, expected } = await checkAgainstCli(server, browser, page, {
    url: NORTHWIND.url,
    apiUrl: NORTHWIND.apiUrl,
  });
  assert.deepEqual(result.posting.salary, expected.posting.salary);
  assert.equal(result.posting.evidence.salary, 'text');
  const day = NORTHWIND.fillBy;
  const month = day.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const line = `Employer states: current vacancy, to be filled by ${day.getUTCDate()} ${month} ${day.getUTCFullYear()}`;
  await expandBadge(page);
  const statement = page.locator('still-hiring-badge [data-testid="still-hiring-vacancy"]');
  assert.equal(await statement.textContent(), line);
  const breakdown = await page.locator('still-hiring-badge [data-testid="still-hiring-breakdown"]').textContent();
  assert.match(breakdown, /salary given: \$135,000–\$165,000 a year/);
  assert.match(breakdown, /MS or PhD in statistics, computer science/);
  assert.match(breakdown, new RegExp(`First time this browser sees ${NORTHWIND.company}: no company history yet`));
});

test('Greenhouse job post: badge band as the CLI computes, toolbar score, posted date from first_published', async (t) => {
  const { server, browser } = await startSession(t);
  const page = await openTab(browser, GREENHOUSE.url);
  const { result } = await checkAgainstCli(server, browser, page, { url: GREENHOUSE.url, apiUrl: GREENHOUSE.apiUrl });
  assert.ok(server.requests.includes(hostPath(GREENHOUSE.apiUrl)), "the background asked Greenhouse's Job Board API");
  assert.equal(result.posting.title, GREENHOUSE.title);
  assert.ok(result.score.factors.some((factor) => factor.label === 'Direct ATS (greenhouse)'));
  assert.match(await expandBadge(page), new RegExp(`Posted\\s*${GREENHOUSE.ageDays} days ago`));
});

test('Greenhouse form embedded in a careers page: badge in the iframe; the API no longer has the job, and the popup says so', async (t) => {
  const { browser } = await startSession(t);
  const page = await openTab(browser, GREENHOUSE_EMBED.url);
  const form = page.frameLocator('#grnhse_iframe');
  const pill = form.locator('still-hiring-badge [data-testid="still-hiring-pill"]');
  await pill.waitFor({ timeout: 15_000 });
  // The careers page is no site the extension may read: the badge lives in Greenhouse's frame alone.
  assert.equal(await badgeCount(page), 0);
  const popup = await openPopup(browser, page);
  t.after(() => popup.close());
  await popup.waitForText('popup-current-title', new RegExp(GREENHOUSE_EMBED.title));
  const note = await popup.waitForText('popup-api-note', /no longer lists/);
  assert.match(note, /has no job post 8620720003 on the board "gitlab" \(it answered 404\): the job has closed\./);
  // The toolbar shows the frame's score for the tab, which the worker finds as the active tab (no URL to go by).
  const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
  const score = await pill.getAttribute('data-score');
  assert.equal((await toolbarText(browser, tabId)).replace('!', ''), score);
});

test('Ashby posting: badge band as the CLI computes, toolbar score, exact date from the posting API', async (t) => {
  const { server, browser } = await startSession(t);
  const page = await openTab(browser, ASHBY.url);
  const { result } = await checkAgainstCli(server, browser, page, { url: ASHBY.url, apiUrl: ASHBY.apiUrl });
  assert.ok(server.requests.includes(hostPath(ASHBY.apiUrl)), "the background asked Ashby's posting API");
  assert.equal(result.posting.title, ASHBY.title);
  assert.equal(result.posting.workplace, 'hybrid');
  assert.match(await expandBadge(page), new RegExp(`Posted\\s*${ASHBY.ageDays} days ago`));
});

test('Workday posting: badge band as the CLI computes, toolbar score', async (t) => {
  const { server, browser } = await startSession(t);
  const page = await openTab(browser, WORKDAY.url);
  const { result } = await checkAgainstCli(server, browser, page, {
    url: WORKDAY.url,
    apiUrl: WORKDAY.apiUrl,
  });
  assert.equal(result.posting.title, WORKDAY.title);
});

test('Workday "Posted 30+ Days Ago": the exact age comes from Workday\'s API, as the CLI computes', async (t) => {
  const { host, pathname } = new URL(WORKDAY.url);
  const { server, browser } = await startSession(t, {
    routes: (s) => {
      s.route(host, pathname, { file: WORKDAY.oldPage });
      s.route(host, new URL(WORKDAY.apiUrl).pathname, { json: () => workdayApi(45) });
    },
  });
  const page = await openTab(browser, WORKDAY.url);
  const { result } = await checkAgainstCli(server, browser, page, {
    url: WORKDAY.url,
    apiUrl: WORKDAY.apiUrl,
  });
  assert.equal(result.posting.posted.kind, 'exact');
  assert.match(await expandBadge(page), /Posted\s*45 days ago/);
});

test('Workday page whose job DOM arrives 1.5 s after load still gets its badge', async (t) => {
  const { browser } = await startSession(t);
  const page = await browser.context.newPage();
  const loaded = Date.now();
  await page.goto(WORKDAY_LATE.url);
  assert.equal(await page.locator('#root').textContent(), 'Loading…', 'the shell has no job yet');
  const pill = await readPill(page);
  assert.ok(Date.now() - loaded >= WORKDAY_LATE.delayMs, 'the badge came after the late content');
  assert.ok(pill.label);
  const tabId = await tabIdOf(browser, WORKDAY_LATE.url);
  await waitUntil(
    () => toolbarText(browser, tabId),
    (text) => text.length > 0,
    { what: 'the toolbar badge' },
  );
});

test('LinkedIn job view: badge band as the CLI computes, toolbar score', async (t) => {
  const { server, browser } = await startSession(t);
  const page = await openTab(browser, LINKEDIN.url);
  const { result } = await checkAgainstCli(server, browser, page, { url: LINKEDIN.url, settled: () => true });
  assert.equal(result.posting.title, LINKEDIN.title);
});

for (const [flow, url] of [
  ['the pane swapped, then the address pushed', LINKEDIN_SEARCH.url],
  ['the address pushed, then the pane rendered', LINKEDIN_SEARCH.pushFirstUrl],
]) {
  test(`LinkedIn search: choosing another job replaces the badge, leaving exactly one (${flow})`, async (t) => {
    const { browser } = await startSession(t);
    const page = await openTab(browser, url);
    await readPill(page);
    const tabId = await tabIdOf(browser, url);
    assert.equal((await tabResult(browser, tabId)).posting.id, LINKEDIN_SEARCH.first.id);
    assert.equal(await badgeCount(page), 1);

    await page.locator(LINKEDIN_SEARCH.secondCard).first().click();
    await page.waitForURL(new RegExp(`currentJobId=${LINKEDIN_SEARCH.second.id}`));
    const result = await waitUntil(
      () => tabResult(browser, tabId),
      (r) => r?.posting.id === LINKEDIN_SEARCH.second.id,
      { what: 'the second job to be scored' },
    );
    assert.equal(result.posting.title, LINKEDIN_SEARCH.second.title);
    await waitUntil(
      () => page.locator('.details-pane__content h2.top-card-layout__title still-hiring-badge').count(),
      (n) => n === 1,
      { what: 'the badge in the new job title' },
    );
    assert.equal(await badgeCount(page), 1, 'exactly one badge after the swap');
    const pill = await readPill(page);
    assert.equal(pill.score, result.score.value);
  });
}

test('LinkedIn search: clicking the badge in the job title opens its panel and leaves the page where it is', async (t) => {
  const { browser } = await startSession(t);
  const page = await openTab(browser, LINKEDIN_SEARCH.url);
  await readPill(page);
  // The guest detail pane's title is a link to the job page: a click on the badge must not follow it.
  const panel = await expandBadge(page);
  assert.match(panel, /Hiring Activity Score \d+/);
  const url = new URL(page.url());
  assert.equal(url.pathname, '/jobs/search');
  assert.equal(url.searchParams.get('currentJobId'), LINKEDIN_SEARCH.first.id);
});
