#!/usr/bin/env node
// `npm run demo`: builds the extension, serves the bundled sample job pages on their real addresses from this
// machine (nothing goes out), and opens Chromium with the extension on them. With a display it stays open for you to
// click around; without one (or with --headless) it saves screenshots of the badge on each site, collapsed and
// expanded (a LinkedIn posting checked on its employer's Lever among them), of a LinkedIn job list with its rules at
// work, of the popup, of the popup once that employer stopped listing a saved posting (the watch's alarms set off at
// once), of a career site being turned on (the popup's offer, then the badge once the browser's prompt is allowed)
// and of the options page, and prints where.
//   node scripts/demo.mjs [--headless] [--out demo-screenshots] [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, findChromium, launchWithExtension, ROOT } from '../tests/e2e/harness/browser.mjs';
import {
  BADGE,
  expandBadge,
  openTab,
  PANEL,
  PILL,
  readPill,
  waitUntil,
  writeSettings,
} from '../tests/e2e/harness/extension.mjs';
import { labelledCardHtml, routeJobList } from '../tests/e2e/harness/job-list.mjs';
import { answerPermissionPrompt, freePort, uiDevToolsArgs } from '../tests/e2e/harness/permission-prompt.mjs';
import { openPopup } from '../tests/e2e/harness/popup.mjs';
import { FixtureServer } from '../tests/e2e/harness/server.mjs';
import {
  ASHBY,
  addSampleSites,
  CAREER_SITE,
  GREENHOUSE,
  LEVER,
  LINKEDIN,
  LINKEDIN_OFFSITE,
  LINKEDIN_SEARCH,
  NORTHWIND,
  WORKDAY,
} from '../tests/e2e/harness/sites.mjs';
import { runRound } from '../tests/e2e/harness/watch.mjs';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    out: { type: 'string', default: 'demo-screenshots' },
    'no-build': { type: 'boolean', default: false },
  },
});

/**
 * One posting page per site, pictured collapsed and expanded, and a Lever page that states its pay only in words and
 * New York's current-vacancy statement (the line above the breakdown, the salary the breakdown quotes).
 */
const SITES = [
  { name: 'lever', url: LEVER.url },
  { name: 'workday', url: WORKDAY.url },
  { name: 'linkedin', url: LINKEDIN.url },
  { name: 'lever-stated-vacancy', url: NORTHWIND.url },
  { name: 'greenhouse', url: GREENHOUSE.url },
  { name: 'ashby', url: ASHBY.url },
  // "Apply" goes to the Lever sample's posting: the badge says whether Lever still lists it, with Lever's date.
  { name: 'linkedin-offsite', url: LINKEDIN_OFFSITE.url },
];

const chromium = findChromium();
if (!chromium.ok) {
  console.error(chromium.reason);
  process.exit(1);
}

if (!values['no-build']) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  // A check that runs after the files are written (the content-script size budget) fails the build but leaves a
  // working extension: show it, and say so. Without the files there is nothing to show.
  if (build.status !== 0 && !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    console.error('The build failed (see above), so there is no extension to show.');
    process.exit(1);
  }
  if (build.status !== 0) console.warn('\nThe build reported a problem (see above); showing the extension it wrote.\n');
}

const server = await addSampleSites(new FixtureServer()).start();
/** A logged-in job list whose cards carry every label the rules read (viewed, applied, reposted, promoted…). */
const RULES_LIST = routeJobList(server, 'demo-rules', {
  initial: 12,
  perScroll: 12,
  maxCards: 48,
  card: labelledCardHtml,
});
const headless = values.headless || !process.env.DISPLAY;
// Headless, nobody can answer the browser's permission prompt for the career site: the demo clicks it through
// Chromium's UI DevTools, as the tests do.
const uiDevToolsPort = headless ? await freePort() : undefined;
const browser = await launchWithExtension(server, {
  headless,
  handleSIGINT: false,
  args: uiDevToolsPort ? uiDevToolsArgs(uiDevToolsPort) : [],
});
// A few of the job-list rules on, so the list shows them: viewed dimmed, applied and reposted hidden behind the bar.
await writeSettings(browser, { listRules: { viewed: 'dim', applied: 'hide', reposted: 'hide', duplicates: true } });

try {
  if (headless) await screenshots(resolve(ROOT, values.out));
  else await browse();
} finally {
  await browser.close().catch(() => undefined);
  await server.stop();
}

/** A window for a person: every sample page and the options page in tabs, until the browser is closed. */
async function browse() {
  for (const site of SITES) await openTab(browser, site.url);
  await openTab(browser, LINKEDIN_SEARCH.url);
  await openTab(browser, RULES_LIST);
  await openTab(browser, CAREER_SITE.url);
  await openTab(browser, `chrome-extension://${browser.extensionId}/options.html`);
  console.log('Chromium is open with Still Hiring on the sample pages:');
  for (const url of [...SITES.map((site) => site.url), LINKEDIN_SEARCH.url, RULES_LIST, CAREER_SITE.url]) {
    console.log(`  ${url}`);
  }
  console.log(
    'Click a score badge to open it, or the toolbar button for the popup. On the Waymo careers page the popup offers\n' +
      `"Score job postings on ${CAREER_SITE.host}": allow it in the browser's prompt and the badge appears.\n` +
      'Close the browser or press Ctrl-C to stop.',
  );
  await new Promise((done) => {
    browser.context.on('close', done);
    process.once('SIGINT', done);
  });
}

/** The region around `boxes`, widened by `margin`, inside the page. */
function around(boxes, margin, viewport) {
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x, y, width: right - x, height: bottom - y };
}

async function screenshots(dir) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  const shoot = async (page, name, clip) => {
    const path = resolve(dir, `${name}.png`);
    await page.screenshot({ path, ...(clip ? { clip } : {}) });
    written.push(path);
  };
  const pages = {};
  for (const site of SITES) {
    const page = await openTab(browser, site.url);
    await readPill(page);
    // The API's date arrives a moment after the first score; let the badge settle before the picture.
    await page.waitForTimeout(1000);
    await page.locator(PILL).scrollIntoViewIfNeeded();
    const viewport = page.viewportSize();
    // The job title the badge sits in, so the picture shows what the badge belongs to.
    const title = await page.locator(BADGE).locator('..').boundingBox();
    const pill = await page.locator(PILL).boundingBox();
    await shoot(page, `${site.name}-badge`, around([title, pill], 48, viewport));
    await expandBadge(page);
    const panel = await page.locator(PANEL).boundingBox();
    await shoot(page, `${site.name}-badge-expanded`, around([title, pill, panel], 24, viewport));
    pages[site.name] = page;
  }

  const list = await openTab(browser, RULES_LIST);
  await list.locator('still-hiring-hidden-bar').waitFor();
  await waitUntil(
    () => list.evaluate(() => document.querySelectorAll('still-hiring-card-pill').length),
    (count) => count >= 12,
    { what: 'pills on the job list' },
  );
  await shoot(list, 'linkedin-list-rules', { x: 0, y: 0, ...list.viewportSize(), height: 640 });

  // Saved from the badge, so the popup over the Lever posting also lists it under "Saved listings".
  await pages.lever.locator(`${BADGE} [data-testid="still-hiring-save"]`).click();
  await pages.lever.locator(`${BADGE} [data-testid="still-hiring-save"][aria-pressed="true"]`).waitFor();
  const popup = await openPopup(browser, pages.lever);
  await popup.waitForText('saved-row-title', /\S/);
  // The popup as it opens: Chromium repeats the top of an extension popup when asked for more than its window.
  await popup.screenshot(resolve(dir, 'popup.png'));
  written.push(resolve(dir, 'popup.png'));
  await popup.close();

  // A career site: the popup's offer over Waymo's careers page, then the badge once the prompt is allowed.
  const careers = await openTab(browser, CAREER_SITE.url);
  const offer = await openPopup(browser, careers, { click: true });
  await offer.waitForText('popup-turn-on-site', /Score job postings on/);
  await offer.screenshot(resolve(dir, 'popup-career-site.png'));
  written.push(resolve(dir, 'popup-career-site.png'));
  await offer.clickAsPerson('popup-turn-on-site');
  await answerPermissionPrompt(uiDevToolsPort, 'allow');
  await offer.close();
  await readPill(careers);
  await careers.locator(PILL).scrollIntoViewIfNeeded();
  const careerTitle = await careers.locator(BADGE).locator('..').boundingBox();
  const careerPill = await careers.locator(PILL).boundingBox();
  await shoot(careers, 'career-site-badge', around([careerTitle, careerPill], 48, careers.viewportSize()));
  // The watch: the LinkedIn posting is saved too, then Lever stops listing the posting both stand for. Two daily
  // rounds later (set off now, as the alarm would a day apart) both saved listings are closed and listed first.
  const offsite = pages['linkedin-offsite'];
  await offsite.locator(`${BADGE} [data-testid="still-hiring-save"]`).click();
  await offsite.locator(`${BADGE} [data-testid="still-hiring-save"][aria-pressed="true"]`).waitFor();
  server.route('api.lever.co', LINKEDIN_OFFSITE.apiPath, {
    status: 404,
    json: { ok: false, error: 'Document not found' },
  });
  const key = `linkedin:${LINKEDIN_OFFSITE.id}`;
  for (const checks of [2, 3]) await runRound(browser.worker, key, checks);
  // Over a page with no posting, so the popup opens on the saved listings.
  const closed = await openPopup(browser, await openTab(browser, 'https://www.linkedin.com/feed/'));
  await closed.waitForText('saved-closed-note', /no longer on the employer's site/);
  await closed.screenshot(resolve(dir, 'popup-closed.png'));
  written.push(resolve(dir, 'popup-closed.png'));
  await closed.close();

  const options = await openTab(browser, `chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('[data-testid="field-bands-active"]').waitFor();
  await options.screenshot({ path: resolve(dir, 'options.png'), fullPage: true });
  written.push(resolve(dir, 'options.png'));

  console.log(`Screenshots written to ${dir}:`);
  for (const path of written) console.log(`  ${path}`);
}
