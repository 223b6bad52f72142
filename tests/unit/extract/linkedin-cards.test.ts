import { canonicalJobUrl } from '@/lib/extract/linkedin';
import { cardContentKey, extractLinkedInCards } from '@/lib/extract/linkedin-cards';
import { CARD_SELECTORS } from '@/lib/extract/linkedin-selectors';
import { Posting } from '@/lib/posting';
import { cardView, fixtureHtml, fixtureNames, golden, parsePage } from './linkedin-fixtures';

const LISTS = fixtureNames().filter((name) => golden(name).cards !== undefined);

test('the real list pages are all here: 60 + 10 guest cards and both similar-jobs side lists', () => {
  const counts = Object.fromEntries(LISTS.map((name) => [name, golden(name).cards?.length]));
  expect(counts).toMatchObject({
    'pavan9567_guest_jobs-search_with_detail_pane': 60,
    mandu5_guest_seeMoreJobPostings_fragment: 10,
    'jherve_loggedin_jobs-view_3786945580': 12,
    'jherve_loggedin_jobs-view_3797662873': 12,
  });
});

describe.each(LISTS)('%s', (name) => {
  const expected = golden(name);
  const page = parsePage(fixtureHtml(name));
  const cards = extractLinkedInCards(page, expected.url, new Date(expected.now));
  const wanted = expected.cards ?? [];

  test('finds every card, in page order', () => {
    expect(cards.map((card) => card.posting.id)).toEqual(wanted.map((card) => card.id));
  });

  wanted.forEach((card, index) => {
    test(`card ${card.id} ${card.title}`, () => {
      const found = cards[index]?.posting;
      expect(found && cardView(found)).toEqual(card);
    });
  });

  test("each card is a valid view:'card' posting at its canonical /jobs/view/ url", () => {
    for (const { posting } of cards) {
      // As content scripts send it: the background's zod check passes it unchanged.
      expect(Posting.parse(posting)).toEqual(posting);
      expect(posting.view).toBe('card');
      expect(posting.url).toBe(canonicalJobUrl(posting.id));
      expect(posting.evidence.id).toBe('dom');
    }
  });

  for (const [entry, selectors] of Object.entries(expected.cardRegistry ?? {})) {
    for (const selector of selectors) {
      test(`registry ${entry}: ${selector} finds something in some card`, () => {
        expect(CARD_SELECTORS[entry as keyof typeof CARD_SELECTORS]).toContain(selector);
        expect(cards.some(({ element }) => element.matches(selector) || element.querySelector(selector))).toBe(true);
      });
    }
  }
});

describe('cards', () => {
  const now = new Date('2026-09-15T12:00:00.000Z');
  const url = 'https://www.linkedin.com/jobs/search/?keywords=data';
  const list = () => parsePage(fixtureHtml('handmade_loggedin_jobs-search_list_en_promoted-reposted'));

  test('the card element is the list item, the outermost element that is the card', () => {
    const cards = extractLinkedInCards(list(), url, now);
    expect(cards.map(({ element }) => element.tagName)).toEqual(['LI', 'LI', 'LI', 'LI', 'LI']);
    expect(cards[0]?.element.getAttribute('data-occludable-job-id')).toBe('4400000101');
  });

  test('an empty off-screen list item and a card with no job id are skipped, not errors', () => {
    const ids = extractLinkedInCards(list(), url, now).map((card) => card.posting.id);
    expect(ids).not.toContain('4400000106');
    expect(ids).toHaveLength(5);
  });

  test('a time[datetime] day wins over its relative text', () => {
    const card = extractLinkedInCards(list(), url, now).find((found) => found.posting.id === '4400000102');
    expect(card?.posting.posted).toEqual({ kind: 'exact', date: '2026-09-01T00:00:00.000Z' });
    expect(card?.posting.evidence.posted).toBe('dom');
  });

  test('reads the cards under any root, such as one list element', () => {
    const page = parsePage(fixtureHtml('mandu5_guest_seeMoreJobPostings_fragment'));
    const item = page.querySelectorAll('li')[3];
    const cards = item ? extractLinkedInCards(item, 'https://kr.linkedin.com/jobs/search', now) : [];
    expect(cards.map((card) => card.posting.title)).toEqual(['Machine Learning Engineer']);
  });

  test('relative links resolve against the page address', () => {
    const page = parsePage(
      '<div class="job-card-container"><a class="job-card-container__link" href="/jobs/view/4400000777/">QA Lead</a></div>',
    );
    const [card] = extractLinkedInCards(page, 'https://fr.linkedin.com/jobs/collections/recommended/', now);
    expect(card?.posting).toMatchObject({ id: '4400000777', title: 'QA Lead', url: canonicalJobUrl('4400000777') });
  });
});

describe('cardContentKey', () => {
  const card = (text: string) =>
    parsePage(`<div class="job-card-container" data-job-id="4400000101"><strong>${text}</strong></div>`).querySelector(
      '.job-card-container',
    ) as Element;

  test('holds the job id and the visible text', () => {
    expect(cardContentKey(card('Senior   Data Engineer'))).toBe('4400000101|Senior Data Engineer');
  });

  test('is the same for the same content and changes with it', () => {
    expect(cardContentKey(card('Engineer'))).toBe(cardContentKey(card('Engineer')));
    expect(cardContentKey(card('Engineer'))).not.toBe(cardContentKey(card('Engineer · Viewed')));
  });

  test('names a guest card by its urn', () => {
    const page = parsePage(fixtureHtml('mandu5_guest_seeMoreJobPostings_fragment'));
    const element = page.querySelector('.base-search-card') as Element;
    expect(cardContentKey(element)).toMatch(/^4461353862\|Applied AI Engineer /);
  });
});
