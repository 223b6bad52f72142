import { cardContentKey, extractLinkedInCards } from '@/lib/extract/linkedin-cards';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { saveSettings } from '@/lib/settings-storage';
import { golden } from '../../extract/linkedin-fixtures';
import {
  barButton,
  bars,
  type CardsBackground,
  defaultValue,
  fakeCardsBackground,
  guestCard,
  idsSent,
  loadFixture,
  pillHosts,
  pillIn,
  pillOf,
  scoreOf,
  settle,
  startCards,
  stopCards,
  treatmentOf,
} from './cards-page';

const SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=data';
const LIST = 'handmade_loggedin_jobs-search_list_en_promoted-reposted';

let background: CardsBackground;

beforeEach(() => {
  background = fakeCardsBackground();
});

afterEach(() => {
  stopCards();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const withSettings = (change: Partial<Settings>) => saveSettings({ ...DEFAULT_SETTINGS, ...change });

const cardsOnPage = (url = SEARCH) => extractLinkedInCards(document, url, new Date());

const labelFor = (value: number) => {
  const band =
    value >= 80
      ? 'Actively Hiring (80–100)'
      : value >= 65
        ? 'Likely Active (65–79)'
        : value >= 50
          ? 'Uncertain (50–64)'
          : 'Possibly Stale (35–49)';
  return `Score ${value}, ${band}: Posted 3 days ago`;
};

/** The list item (or card) the dim and hide marks go on for card `id` of the hand-made logged-in list. */
const item = (id: string) => document.querySelector(`[data-occludable-job-id="${id}"]`);

describe.each([
  ['pavan9567_guest_jobs-search_with_detail_pane', 60],
  ['mandu5_guest_seeMoreJobPostings_fragment', 10],
  ['jherve_loggedin_jobs-view_3786945580', 12],
  ['jherve_loggedin_jobs-view_3797662873', 12],
  [LIST, 5],
])('saved page %s', (name, count) => {
  it(`puts exactly one pill on each of its ${count} cards, labelled with band and top reason, in one message`, async () => {
    const { url } = golden(name);
    loadFixture(name, url);
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(count));
    const cards = cardsOnPage(url);
    expect(cards).toHaveLength(count);
    for (const { element, posting } of cards) {
      expect(pillHosts(element)).toHaveLength(1);
      expect(pillOf(element)?.getAttribute('aria-label')).toBe(labelFor(defaultValue(posting.id)));
    }
    await settle();
    expect(background.batches).toHaveLength(1);
    expect(idsSent(background)).toEqual(cards.map((card) => card.posting.id));
  });
});

describe('the pill', () => {
  beforeEach(() => loadFixture(LIST, SEARCH));

  it('shows the score in the band colour, and a ghost mark with the reason when the background warns', async () => {
    background.score = (posting) =>
      posting.reposted || posting.closed
        ? scoreOf(22, {
            ghostWarning: true,
            ghostSignals: [
              posting.closed
                ? { id: 'closed', severity: 'severe', reason: 'Says "No longer accepting applications"' }
                : { id: 'reposted', severity: 'moderate', reason: 'Reposted 2 weeks ago' },
            ],
          })
        : scoreOf(posting.flags.promoted ? 58 : 72);
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(5));

    const reposted = pillOf(item('4400000102') as Element);
    expect(reposted?.dataset).toMatchObject({ score: '22', band: 'ghost', ghost: 'true' });
    expect(reposted?.getAttribute('aria-label')).toBe(
      'Score 22, Likely Ghost (0–34). Ghost job warning: Reposted 2 weeks ago',
    );
    expect(reposted?.textContent).toBe('⚠22');
    const closed = pillOf(item('4400000105') as Element);
    expect(closed?.getAttribute('aria-label')).toBe(
      'Score 22, Likely Ghost (0–34). Ghost job warning: Says "No longer accepting applications"',
    );

    const promoted = pillOf(item('4400000101') as Element);
    expect(promoted?.dataset).toMatchObject({ score: '58', band: 'uncertain', ghost: 'false' });
    expect(promoted?.textContent).toBe('58');
    expect(promoted?.getAttribute('title')).toBe('Score 58, Uncertain (50–64): Posted 3 days ago');
    expect(promoted?.parentElement?.style.getPropertyValue('--sh-band-bg')).toContain('#a16207');
  });

  it('lives in an open shadow root in the card, and leaves the card content key unchanged', async () => {
    const card = item('4400000103') as Element;
    const before = cardContentKey(card);
    await startCards();
    await vi.waitFor(() => expect(pillOf(card)).not.toBeNull());
    const [host] = pillHosts(card);
    expect(host?.parentElement).toBe(card);
    expect(host?.shadowRoot?.querySelector('style')).not.toBeNull();
    expect(cardContentKey(card)).toBe(before);
  });

  it('anchors the pill to a static card through a mark the page style reads; a positioned card keeps its own', async () => {
    (item('4400000101') as HTMLElement).style.position = 'static';
    (item('4400000103') as HTMLElement).style.position = 'absolute';
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(5));
    expect(item('4400000101')?.hasAttribute('data-still-hiring-anchor')).toBe(true);
    expect(item('4400000103')?.hasAttribute('data-still-hiring-anchor')).toBe(false);
    // The rules themselves (components/cards/card-states.css) are inlined by the build.
    expect(document.getElementById('still-hiring-card-states')?.tagName).toBe('STYLE');
  });
});

describe('dim and hide', () => {
  beforeEach(() => {
    loadFixture(LIST, SEARCH);
    const values: Record<string, number> = { '4400000101': 30, '4400000102': 45, '4400000103': 82 };
    background.score = (posting) => scoreOf(values[posting.id] ?? 70);
  });

  it('shows every card by default', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(5));
    expect(document.querySelectorAll('[data-still-hiring-card]')).toHaveLength(0);
    expect(bars()).toHaveLength(0);
  });

  it('dims the cards below the ghost threshold (50) and nothing else', async () => {
    await withSettings({ lists: { mode: 'dim', threshold: null } });
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(5));
    expect(treatmentOf(item('4400000101'))).toBe('dim');
    expect(treatmentOf(item('4400000102'))).toBe('dim');
    expect(treatmentOf(item('4400000103'))).toBeNull();
    expect(treatmentOf(item('4400000104'))).toBeNull();
    expect(bars()).toHaveLength(0);
  });

  it('hides the cards below its own threshold, with one "N hidden — show" bar above the list', async () => {
    await withSettings({ lists: { mode: 'hide', threshold: 40 } });
    await startCards();
    await vi.waitFor(() => expect(bars()).toHaveLength(1));
    expect(treatmentOf(item('4400000101'))).toBe('hide');
    expect(treatmentOf(item('4400000102'))).toBeNull();
    const [bar] = bars();
    expect(bar?.nextElementSibling).toBe(document.querySelector('ul.scaffold-layout__list-container'));
    expect(bar?.shadowRoot?.textContent).toBe('1 hidden: 1 below 40 — show');
  });

  it('"show" reveals the hidden cards dimmed, "hide again" hides them', async () => {
    await withSettings({ lists: { mode: 'hide', threshold: null } });
    await startCards();
    await vi.waitFor(() => expect(bars()).toHaveLength(1));
    const button = barButton(bars()[0]);
    expect(button?.textContent).toBe('show');
    expect(button?.getAttribute('type')).toBe('button');
    button?.click();
    expect(treatmentOf(item('4400000101'))).toBe('dim');
    expect(treatmentOf(item('4400000102'))).toBe('dim');
    expect(barButton(bars()[0])?.textContent).toBe('hide again');
    expect(bars()[0]?.shadowRoot?.textContent).toBe('2 hidden: 2 below 50 — hide again');
    barButton(bars()[0])?.click();
    expect(treatmentOf(item('4400000101'))).toBe('hide');
    expect(barButton(bars()[0])?.textContent).toBe('show');
  });

  it('a click on the bar does not reach the page', async () => {
    await withSettings({ lists: { mode: 'hide', threshold: null } });
    await startCards();
    await vi.waitFor(() => expect(bars()).toHaveLength(1));
    const heard = vi.fn();
    document.body.addEventListener('click', heard);
    barButton(bars()[0])?.click();
    expect(heard).not.toHaveBeenCalled();
  });

  it("hides a blocked company's cards even when the list shows everything", async () => {
    await withSettings({ blockedCompanies: ['initech'] });
    await startCards();
    await vi.waitFor(() => expect(bars()).toHaveLength(1));
    expect(treatmentOf(item('4400000103'))).toBe('hide');
    expect(document.querySelectorAll('[data-still-hiring-card]')).toHaveLength(1);
    expect(bars()[0]?.shadowRoot?.textContent).toBe('1 hidden: 1 hidden company — show');
  });

  it('follows settings changes live from the kept scores, without asking the background again', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(5));
    await withSettings({ lists: { mode: 'hide', threshold: null } });
    await vi.waitFor(() => expect(treatmentOf(item('4400000101'))).toBe('hide'));
    expect(bars()).toHaveLength(1);
    await withSettings({ lists: { mode: 'dim', threshold: 40 } });
    await vi.waitFor(() => expect(treatmentOf(item('4400000101'))).toBe('dim'));
    expect(treatmentOf(item('4400000102'))).toBeNull();
    expect(bars()).toHaveLength(0);
    await withSettings({ lists: { mode: 'dim', threshold: 40 }, blockedCompanies: ['acme'] });
    await vi.waitFor(() => expect(treatmentOf(item('4400000101'))).toBe('hide'));
    await settle();
    expect(background.batches).toHaveLength(1);
  });

  it('scores the cards again, pills updated in place, when the band thresholds change', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(5));
    const hosts = pillHosts();
    background.score = (posting) => scoreOf(posting.id === '4400000103' ? 61 : 70);
    await withSettings({ bands: { active: 85, likely: 70, uncertain: 55, stale: 40 } });
    await vi.waitFor(() => expect(pillOf(item('4400000103') as Element)?.dataset.score).toBe('61'));
    expect(background.batches).toHaveLength(2);
    expect(background.batches[1]?.map((posting) => posting.id)).toEqual(idsSent(background).slice(0, 5));
    // Seen once: scoring them again for the new settings records no second sighting.
    expect(background.rescores).toEqual([false, true]);
    expect(pillHosts()).toEqual(hosts);
  });
});

describe('lists that change', () => {
  const guestList = () => document.querySelector('ul') as HTMLUListElement;

  beforeEach(() => {
    setUrlForGuest();
    document.body.innerHTML = `<ul class="jobs-search__results-list">${['1', '2', '3']
      .map((n) => guestCard(`410000000${n}`, `Engineer ${n}`))
      .join('')}</ul>`;
  });

  function setUrlForGuest() {
    loadFixture('mandu5_guest_seeMoreJobPostings_fragment', 'https://www.linkedin.com/jobs/search?keywords=engineer');
  }

  it('scores cards appended by infinite scroll in one more batch, each card once', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    const more = Array.from({ length: 25 }, (_, n) => guestCard(`42000000${String(n).padStart(2, '0')}`, `Role ${n}`));
    guestList().insertAdjacentHTML('beforeend', more.join(''));
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(28));
    await settle();
    expect(background.batches.map((batch) => batch.length)).toEqual([3, 25]);
    expect(new Set(idsSent(background)).size).toBe(28);
    for (const { element } of cardsOnPage()) expect(pillHosts(element)).toHaveLength(1);
  });

  it('re-scores a recycled card with new content and updates its pill in place', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    const card = document.querySelector('[data-entity-urn="urn:li:jobPosting:4100000002"]') as HTMLElement;
    const [host] = pillHosts(card);
    expect(pillIn(host)?.dataset.score).toBe(String(defaultValue('4100000002')));
    card.setAttribute('data-entity-urn', 'urn:li:jobPosting:4300000017');
    (card.querySelector('.base-search-card__title') as HTMLElement).textContent = 'Staff Engineer';
    await vi.waitFor(() => expect(pillIn(host)?.dataset.score).toBe(String(defaultValue('4300000017'))));
    expect(pillHosts(card)).toEqual([host]);
    expect(background.batches.map((batch) => batch.map((posting) => posting.id))).toEqual([
      ['4100000001', '4100000002', '4100000003'],
      ['4300000017'],
    ]);
    expect(background.batches[1]?.[0]?.title).toBe('Staff Engineer');
  });

  it('never duplicates a pill or asks twice, whatever the page does to its cards', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    const card = document.querySelector('[data-entity-urn="urn:li:jobPosting:4100000001"]') as HTMLElement;
    const [host] = pillHosts(card);
    for (let round = 0; round < 5; round++) {
      card.querySelector('time')?.append(' ');
      guestList().append(document.createComment('tick'));
      await settle();
    }
    // The site re-renders the card's inside with the same content, dropping the pill: it comes back, not redrawn.
    const inner = card.innerHTML.replace(/<still-hiring-card-pill[\s\S]*?<\/still-hiring-card-pill>/, '');
    card.innerHTML = inner;
    await vi.waitFor(() => expect(pillHosts(card)).toEqual([host]));
    // The whole item moves, as a virtualised list does.
    guestList().append(card.parentElement as HTMLElement);
    // A clone of a card with its pill (no shadow root comes along) is a new card with one pill of its own.
    const clone = card.parentElement?.cloneNode(true) as HTMLElement;
    guestList().append(clone);
    await settle();
    await settle();
    expect(pillHosts()).toHaveLength(4);
    for (const element of [card, clone.firstElementChild as Element]) expect(pillHosts(element)).toHaveLength(1);
    expect(pillOf(clone.firstElementChild as Element)?.dataset.score).toBe(String(defaultValue('4100000001')));
    expect(background.batches).toHaveLength(1);
  });

  it('shows the same score again, without asking, for a card re-rendered as a new element', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    guestList().innerHTML = ['1', '2', '3'].map((n) => guestCard(`410000000${n}`, `Engineer ${n}`)).join('');
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    await settle();
    expect(background.batches).toHaveLength(1);
  });

  // WXT reports in-page navigation by polling the address once a second here (happy-dom has no Navigation API).
  it('watches nothing off the job pages, and starts and stops as LinkedIn navigates in and out of them', async () => {
    history.pushState({}, '', '/feed/');
    await startCards();
    await settle();
    expect(pillHosts()).toHaveLength(0);
    expect(background.batches).toHaveLength(0);
    history.pushState({}, '', '/jobs/search?keywords=engineer');
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    history.pushState({}, '', '/feed/');
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(0));
  });

  it('follows an in-page navigation to a new search', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    history.pushState({}, '', '/jobs/search?keywords=designer');
    window.dispatchEvent(new Event('wxt:locationchange'));
    guestList().innerHTML = ['7', '8'].map((n) => guestCard(`470000000${n}`, `Designer ${n}`)).join('');
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(2));
    await settle();
    expect(idsSent(background).slice(3)).toEqual(['4700000007', '4700000008']);
  });

  it('drops the pill of a card that empties (LinkedIn occludes off-screen items) and restores it', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    const item = guestList().children[1] as HTMLElement;
    const content = item.innerHTML.replace(/<still-hiring-card-pill[\s\S]*?<\/still-hiring-card-pill>/, '');
    item.innerHTML = '<div class="base-card job-search-card" data-entity-urn="urn:li:jobPosting:4100000002"></div>';
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(2));
    item.innerHTML = content;
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(3));
    expect(background.batches).toHaveLength(1);
  });
});

describe('switching the site off', () => {
  beforeEach(() => loadFixture(LIST, SEARCH));

  it('removes every pill, mark and bar, and shows hidden cards again; on brings them back', async () => {
    await withSettings({ lists: { mode: 'hide', threshold: 60 } });
    await startCards();
    await vi.waitFor(() => expect(bars()).toHaveLength(1));
    await withSettings({
      lists: { mode: 'hide', threshold: 60 },
      sites: { ...DEFAULT_SETTINGS.sites, linkedin: false },
    });
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(0));
    expect(bars()).toHaveLength(0);
    expect(document.querySelectorAll('[data-still-hiring-card], [data-still-hiring-anchor]')).toHaveLength(0);
    expect(document.getElementById('still-hiring-card-states')).toBeNull();

    // Nothing comes back while off, whatever the page does.
    document.querySelector('ul')?.insertAdjacentHTML('beforeend', guestCard('4500000001', 'Late card'));
    await settle();
    expect(pillHosts()).toHaveLength(0);

    await withSettings({ lists: { mode: 'hide', threshold: 60 } });
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(6));
    expect(bars()).toHaveLength(1);
  });

  it('starts with nothing when the site is off', async () => {
    await withSettings({ sites: { ...DEFAULT_SETTINGS.sites, linkedin: false } });
    await startCards();
    await settle();
    expect(pillHosts()).toHaveLength(0);
    expect(background.batches).toHaveLength(0);
  });

  it('leaves the page as it was when the content script is invalidated, even pills of an earlier copy', async () => {
    const stray = document.createElement('still-hiring-card-pill');
    item('4400000101')?.append(stray);
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(5));
    expect(stray.isConnected).toBe(false);
    stopCards();
    expect(pillHosts()).toHaveLength(0);
    expect(document.getElementById('still-hiring-card-states')).toBeNull();
  });
});

describe('when the background cannot score', () => {
  it('leaves the cards without pills and does not ask again for the same content', async () => {
    loadFixture(LIST, SEARCH);
    const { fakeBrowser } = await import('wxt/testing');
    fakeBrowser.runtime.onMessage.removeAllListeners();
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      asked++;
      return Promise.resolve({ ok: false, error: 'Still Hiring is switched off for LinkedIn.' });
    });
    await startCards();
    await settle();
    document.querySelector('time')?.setAttribute('title', 'x');
    document.querySelector('ul')?.append(document.createComment('more'));
    await settle();
    expect(asked).toBe(1);
    expect(pillHosts()).toHaveLength(0);
  });
});
