// LinkedIn job lists in real Chromium: every card, those the page adds on scroll included, gets exactly one pill;
// hide mode leaves a bar whose button shows the hidden cards; pills never move a card.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openTab, waitUntil, writeSettings } from './harness/extension.mjs';
import { routeJobList } from './harness/job-list.mjs';
import { startSession } from './harness/session.mjs';

const PILL = 'still-hiring-card-pill';
const CARD = '.job-search-card';

/** Per card, in page order: its job id, its pill hosts, and what its one pill says. */
function readCards(page) {
  return page.evaluate(
    ([cardSelector, pill]) =>
      [...document.querySelectorAll(cardSelector)].map((card) => {
        const hosts = card.querySelectorAll(pill);
        const shown = hosts[0]?.shadowRoot?.querySelector('[data-testid="still-hiring-card-pill"]');
        return {
          id: card.getAttribute('data-entity-urn'),
          pills: hosts.length,
          score: shown ? Number(shown.dataset.score) : undefined,
          label: shown?.getAttribute('aria-label'),
        };
      }),
    [CARD, PILL],
  );
}

const allHavePills = (count) => (cards) => cards.length === count && cards.every((card) => card.pills === 1);

test('infinite scroll: every card, old and new, has exactly one pill, kept as the page keeps changing', async (t) => {
  let url;
  const { browser } = await startSession(t, { routes: (server) => (url = routeJobList(server, 'scroll')) });
  const page = await openTab(browser, url);
  await waitUntil(() => readCards(page), allHavePills(25), { what: 'pills on the first 25 cards' });

  for (const count of [50, 75, 100]) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await waitUntil(() => readCards(page), allHavePills(count), { what: `pills on ${count} cards` });
  }
  const cards = await readCards(page);
  assert.equal(new Set(cards.map((card) => card.id)).size, 100);
  for (const card of cards) {
    assert.match(card.label, /^Score \d+, [A-Za-z ]+ \(\d+–\d+\)[:.]/, `${card.id}: ${card.label}`);
  }

  // The same pill elements stay through more scrolling and page changes: nothing is removed and added again.
  await page.evaluate((pill) => {
    for (const host of document.querySelectorAll(pill)) host.__firstSeen = true;
  }, PILL);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(
      (top) => {
        window.scrollTo(0, top ? 0 : document.body.scrollHeight);
        document.querySelector('.jobs-search__results-list').append(document.createComment('tick'));
      },
      i % 2 === 1,
    );
    await sleep(100);
  }
  const kept = await page.evaluate(
    (pill) => [...document.querySelectorAll(pill)].filter((host) => host.__firstSeen).length,
    PILL,
  );
  assert.equal(kept, 100);
  assert.deepEqual(await readCards(page), cards);
});

test('pills sit in the card corner without moving any card; switching LinkedIn off removes them all', async (t) => {
  let url;
  const { browser } = await startSession(t, { routes: (server) => (url = routeJobList(server, 'layout')) });
  const page = await openTab(browser, url);
  await waitUntil(() => readCards(page), allHavePills(25), { what: 'pills on 25 cards' });
  const boxes = () =>
    page.evaluate(
      (selector) => [...document.querySelectorAll(selector)].map((c) => c.getBoundingClientRect().toJSON()),
      CARD,
    );
  const withPills = await boxes();
  const pillBox = await page.evaluate((pill) => document.querySelector(pill).getBoundingClientRect().toJSON(), PILL);
  const [first] = withPills;
  assert.ok(
    pillBox.right <= first.right && pillBox.bottom <= first.bottom && pillBox.top >= first.top,
    'inside the card',
  );

  await writeSettings(browser, { sites: { lever: true, workday: true, linkedin: false } });
  await waitUntil(
    () => readCards(page),
    (cards) => cards.every((card) => card.pills === 0),
    { what: 'no pills' },
  );
  assert.deepEqual(await boxes(), withPills);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-still-hiring-anchor]').length), 0);
});

test('hide mode: cards below the threshold are hidden behind one bar, whose button shows them dimmed', async (t) => {
  let url;
  const { browser } = await startSession(t, {
    routes: (server) => (url = routeJobList(server, 'hide', { perScroll: 0 })),
  });
  // Every score is under 100, so every card is hidden; the list does not grow when it collapses.
  await writeSettings(browser, { lists: { mode: 'hide', threshold: 100 } });
  const page = await openTab(browser, url);
  const bar = page.locator('still-hiring-hidden-bar');
  await bar.waitFor();
  await waitUntil(() => readCards(page), allHavePills(25), { what: 'pills on 25 cards' });
  const barText = await bar.locator('[data-testid="still-hiring-hidden-bar"]').textContent();
  assert.equal(barText.trim(), '25 hidden: 25 below 100 — show');
  assert.equal(await page.locator(CARD).first().isVisible(), false);
  assert.equal(await bar.count(), 1);

  await page.locator('still-hiring-hidden-bar button').click();
  await page.locator(CARD).first().waitFor({ state: 'visible' });
  assert.equal((await page.locator('still-hiring-hidden-bar button').textContent()).trim(), 'hide again');
  const item = page.locator('li').first();
  const opacity = () => item.evaluate((element) => getComputedStyle(element).opacity);
  await waitUntil(opacity, (value) => value === '0.45', { what: 'the revealed card dimmed' });
  await item.hover();
  await waitUntil(opacity, (value) => value === '1', { what: 'the hovered card at full opacity' });

  await page.locator('still-hiring-hidden-bar button').click();
  await page.locator(CARD).first().waitFor({ state: 'hidden' });
});
