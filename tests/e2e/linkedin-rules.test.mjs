// The job-list rules in real Chromium on a growing logged-in LinkedIn list (labelled cards, more on every scroll):
// each rule hides its cards, dims them, and shows them back; the bar counts the hidden ones by reason as the list
// grows; a catastrophic title expression leaves the page working; one job hidden from its pill comes back from the bar.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTab, waitUntil, writeSettings } from './harness/extension.mjs';
import { LABELLED_CARDS, labelledCardHtml, routeJobList } from './harness/job-list.mjs';
import { startSession } from './harness/session.mjs';

const PILL = 'still-hiring-card-pill';
const ITEM = 'li[data-occludable-job-id]';

/** Per card in page order: its number on the page (n), pills, and the treatment mark of its list item. */
function readCards(page) {
  return page.evaluate(
    ([item, pill]) =>
      [...document.querySelectorAll(item)].map((element, n) => ({
        n,
        pills: element.querySelectorAll(pill).length,
        treatment: element.getAttribute('data-still-hiring-card'),
        visible: element.getBoundingClientRect().height > 0,
      })),
    [ITEM, PILL],
  );
}

const barText = (page) =>
  page.evaluate(
    () =>
      document.querySelector('still-hiring-hidden-bar')?.shadowRoot?.querySelector('#sh-hidden-count')?.textContent ??
      null,
  );

const allHavePills = (count) => (cards) => cards.length === count && cards.every((card) => card.pills === 1);

/** Cards whose treatment is `treatment` are exactly those `fires` picks (by n), and hidden ones take no room. */
const treatedAs = (fires, treatment) => (cards) =>
  cards.every((card) => (card.treatment === treatment) === fires(card.n)) &&
  cards.every((card) => card.visible === (card.treatment !== 'hide'));

const count = (cards, fires) => cards.filter((card) => fires(card.n)).length;

async function labelledList(t, keywords, options = {}) {
  let url;
  const session = await startSession(t, {
    routes: (server) =>
      (url = routeJobList(server, keywords, {
        initial: 12,
        perScroll: 12,
        maxCards: 48,
        card: labelledCardHtml,
        ...options,
      })),
  });
  const page = await openTab(session.browser, url);
  const initial = options.initial ?? 12;
  await waitUntil(() => readCards(page), allHavePills(initial), { what: `pills on the first ${initial} cards` });
  return { ...session, page };
}

const rules = (browser, listRules) => writeSettings(browser, { listRules });

const grow = async (page, to) => {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await waitUntil(() => readCards(page), allHavePills(to), { what: `pills on ${to} cards` });
};

test('each label rule hides its cards, dims them and shows them back, the bar counting them as the list grows', async (t) => {
  const { browser, page } = await labelledList(t, 'rules-labels');
  let size = 12;
  for (const [rule, reason] of [
    ['viewed', 'viewed'],
    ['applied', 'applied'],
    ['reposted', 'reposted'],
    ['promoted', 'promoted'],
    ['easyApply', 'Easy Apply'],
  ]) {
    const fires = LABELLED_CARDS[rule];
    await rules(browser, { [rule]: 'hide' });
    await waitUntil(() => readCards(page), treatedAs(fires, 'hide'), { what: `${rule} cards hidden` });
    const hidden = count(await readCards(page), fires);
    assert.equal(await barText(page), `${hidden} hidden: ${hidden} ${reason}`);

    size += 12;
    await grow(page, size);
    await waitUntil(() => readCards(page), treatedAs(fires, 'hide'), { what: `new ${rule} cards hidden` });
    const more = count(await readCards(page), fires);
    assert.ok(more > hidden, `${rule}: the grown list hides more`);
    await waitUntil(
      () => barText(page),
      (text) => text === `${more} hidden: ${more} ${reason}`,
      {
        what: `the bar counting ${more}`,
      },
    );

    await rules(browser, { [rule]: 'dim' });
    await waitUntil(() => readCards(page), treatedAs(fires, 'dim'), { what: `${rule} cards dimmed` });
    assert.equal(await barText(page), null);

    await rules(browser, { [rule]: 'show' });
    await waitUntil(
      () => readCards(page),
      (cards) => cards.every((card) => card.treatment === null),
      {
        what: `${rule} cards shown back`,
      },
    );
    if (size === 36) break;
  }
});

test('several rules count each hidden card once, by its first reason; age and applicants read from the card', async (t) => {
  const { browser, page } = await labelledList(t, 'rules-together', { initial: 24 });
  await rules(browser, {
    viewed: 'hide',
    applied: 'hide',
    olderThan: { mode: 'hide', days: 30 },
    applicants: { mode: 'dim', count: 100 },
  });
  const hiddenBy = (n) => LABELLED_CARDS.viewed(n) || LABELLED_CARDS.applied(n) || LABELLED_CARDS.olderThan(n);
  await waitUntil(() => readCards(page), treatedAs(hiddenBy, 'hide'), { what: 'the three rules applied' });
  const cards = await readCards(page);
  const [viewed, applied, older] = ['viewed', 'applied', 'olderThan'].map((rule) => count(cards, LABELLED_CARDS[rule]));
  assert.equal(
    await barText(page),
    `${viewed + applied + older} hidden: ${applied} applied, ${viewed} viewed, ${older} older than 30 days`,
  );

  // "show" reveals them dimmed; "hide again" hides them.
  await page.locator('still-hiring-hidden-bar button', { hasText: 'show' }).click();
  await waitUntil(() => readCards(page), treatedAs(hiddenBy, 'dim'), { what: 'hidden cards revealed dimmed' });
  await page.locator('still-hiring-hidden-bar button', { hasText: 'hide again' }).click();
  await waitUntil(() => readCards(page), treatedAs(hiddenBy, 'hide'), { what: 'hidden again' });
});

test('a catastrophic title expression hides what it matches and leaves the page working', async (t) => {
  const { browser, page } = await labelledList(t, 'rules-keywords');
  await rules(browser, { keywords: { mode: 'hide', terms: ['/(a+)+$/', '/(x+x+)+y/i', 'senior'] } });
  await waitUntil(() => readCards(page), treatedAs(LABELLED_CARDS.senior, 'hide'), { what: 'Senior titles hidden' });
  const hidden = count(await readCards(page), LABELLED_CARDS.senior);
  assert.equal(await barText(page), `${hidden} hidden: ${hidden} title keyword`);
  // The page still answers at once, and the next cards are read, scored and treated.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await grow(page, 24);
  await waitUntil(() => readCards(page), treatedAs(LABELLED_CARDS.senior, 'hide'), {
    what: 'new Senior titles hidden',
  });
});

test('"Hide this job" on a pill hides that card at once; the bar undoes it', async (t) => {
  const { page } = await labelledList(t, 'rules-hide-one');
  const hideButton = page.locator(`${ITEM} >> nth=5`).locator('[data-testid="still-hiring-hide-job"]');
  await hideButton.click();
  await waitUntil(
    () => readCards(page),
    (cards) => cards[5].treatment === 'hide' && !cards[5].visible,
    {
      what: 'the card hidden',
    },
  );
  assert.equal(await barText(page), '1 hidden: 1 hidden by you');
  await page.locator('still-hiring-hidden-bar [data-testid="still-hiring-undo-hide"]').click();
  await waitUntil(
    () => readCards(page),
    (cards) => cards.every((card) => card.treatment === null),
    {
      what: 'the card shown again',
    },
  );
  assert.equal(await barText(page), null);
});
