import { fakeBrowser } from 'wxt/testing';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS, type LabelRule } from '@/lib/settings-defaults';
import { saveSettings } from '@/lib/settings-storage';
import {
  barButton,
  bars,
  type CardsBackground,
  fakeCardsBackground,
  loadFixture,
  pillHosts,
  pillOf,
  settle,
  startCards,
  stopCards,
  treatmentOf,
} from './cards-page';

/**
 * The job lists' rules on the page: hand-made logged-in cards carrying each label in each of the five languages
 * LinkedIn is read in, the rules switched to hide, dim and show, and the bar counting every hidden card once.
 */

const SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=data';

let background: CardsBackground;

beforeEach(() => {
  background = fakeCardsBackground();
});

afterEach(() => {
  stopCards();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const rules = (change: Partial<Settings['listRules']>, more: Partial<Settings> = {}) =>
  saveSettings({ ...DEFAULT_SETTINGS, ...more, listRules: { ...DEFAULT_SETTINGS.listRules, ...change } });

/** A logged-in list card (job-card-container markup) with the given footer items, each an HTML snippet. */
function card(id: string, title: string, footer: readonly string[], company = `Company ${id.slice(-2)}`): string {
  return `<li class="scaffold-layout__list-item" data-occludable-job-id="${id}">
  <div class="job-card-container relative job-card-list" data-job-id="${id}">
    <div class="artdeco-entity-lockup__content">
      <a class="job-card-container__link job-card-list__title--link" href="/jobs/view/${id}/"><strong>${title}</strong></a>
      <div class="artdeco-entity-lockup__subtitle"><span>${company}</span></div>
      <ul class="job-card-container__metadata-wrapper"><li class="job-card-container__metadata-item">Berlin, Germany</li></ul>
    </div>
    <ul class="job-card-container__footer-wrapper">${footer.map((item) => `<li class="job-card-container__footer-item">${item}</li>`).join('')}</ul>
  </div>
</li>`;
}

function loadCards(cards: readonly string[], url = SEARCH): void {
  loadFixture('handmade_loggedin_jobs-search_list_en_promoted-reposted', url);
  document.body.innerHTML = `<ul class="scaffold-layout__list-container">${cards.join('')}</ul>`;
}

const item = (id: string) => document.querySelector(`[data-occludable-job-id="${id}"]`);
const barText = () => bars()[0]?.shadowRoot?.querySelector('#sh-hidden-count')?.textContent;

type Labels = Record<'promoted' | 'viewed' | 'applied' | 'reposted' | 'easyApply', string>;

/** Each label as LinkedIn prints it on a list card, per language (tests/fixtures/linkedin/README.md). */
const LABELS: [string, Labels][] = [
  [
    'English',
    {
      promoted: 'Promoted',
      viewed: 'Viewed',
      applied: 'Applied',
      reposted: '<time>Reposted 2 weeks ago</time>',
      easyApply: 'Easy Apply',
    },
  ],
  [
    'French',
    {
      promoted: 'Promu',
      viewed: 'Vu',
      applied: 'Candidature envoyée',
      reposted: '<time>Republié il y a 2 semaines</time>',
      easyApply: 'Candidature simplifiée',
    },
  ],
  [
    'German',
    {
      promoted: 'Gesponsert',
      viewed: 'Angesehen',
      applied: 'Beworben',
      reposted: '<time>Erneut gepostet vor 2 Wochen</time>',
      easyApply: 'Einfach bewerben',
    },
  ],
  [
    'Spanish',
    {
      promoted: 'Promocionado',
      viewed: 'Visto',
      applied: 'Solicitado',
      reposted: '<time>Publicado de nuevo hace 2 semanas</time>',
      easyApply: 'Solicitud sencilla',
    },
  ],
  [
    'Portuguese',
    {
      promoted: 'Promovida',
      viewed: 'Visualizada',
      applied: 'Candidatou-se',
      reposted: '<time>Anunciado novamente há 2 semanas</time>',
      easyApply: 'Candidatura simplificada',
    },
  ],
];

/** Which card each rule fires on, in a list of one card per label and one with none of them. */
const CARDS: Record<keyof Labels | 'plain', string> = {
  promoted: '4600000001',
  viewed: '4600000002',
  applied: '4600000003',
  reposted: '4600000004',
  easyApply: '4600000005',
  plain: '4600000006',
};

describe.each(LABELS)('%s labels', (_language, labels) => {
  beforeEach(() => {
    const cards = (Object.keys(CARDS) as (keyof typeof CARDS)[]).map((label, i) =>
      card(CARDS[label], `Role ${i}`, label === 'plain' ? ['<time>3 days ago</time>'] : [labels[label]]),
    );
    loadCards(cards);
  });

  it.each<[LabelRule, string]>([
    ['promoted', 'promoted'],
    ['viewed', 'viewed'],
    ['applied', 'applied'],
    ['reposted', 'reposted'],
    ['easyApply', 'Easy Apply'],
  ])('the %s rule hides its card, then dims it, then shows it back', async (rule, reason) => {
    const target = item(CARDS[rule as keyof Labels]);
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(6));
    expect(bars()).toHaveLength(0);

    await rules({ [rule]: 'hide' });
    await vi.waitFor(() => expect(treatmentOf(target)).toBe('hide'));
    expect(document.querySelectorAll('[data-still-hiring-card]')).toHaveLength(1);
    expect(barText()).toBe(`1 hidden: 1 ${reason}`);

    await rules({ [rule]: 'dim' });
    await vi.waitFor(() => expect(treatmentOf(target)).toBe('dim'));
    expect(bars()).toHaveLength(0);
    expect(pillOf(target as Element)?.getAttribute('aria-label')).toMatch(new RegExp(`\\. Dimmed: ${reason}$`));

    await rules({ [rule]: 'show' });
    await vi.waitFor(() => expect(treatmentOf(target)).toBeNull());
    expect(document.querySelectorAll('[data-still-hiring-card]')).toHaveLength(0);
    // The rules work from the answers the page holds: the background was asked once.
    expect(background.batches).toHaveLength(1);
  });

  it('"Easy Apply only" hides every card without the label, and none on cards that never say', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(6));
    await rules({ notEasyApply: 'hide' });
    await vi.waitFor(() => expect(barText()).toBe('5 hidden: 5 not Easy Apply'));
    expect(treatmentOf(item(CARDS.easyApply))).toBeNull();
  });
});

describe('the rule list', () => {
  it('treats each card once, by its strongest rule, and the bar counts each hidden card by its first reason', async () => {
    loadCards([
      card('4600000011', 'Data Engineer', ['Viewed', '<time>Reposted 1 week ago</time>']),
      card('4600000012', 'Data Engineer II', ['<time>Reposted 2 weeks ago</time>']),
      card('4600000013', 'Analyst', ['Viewed']),
      card('4600000014', 'Scientist', ['Promoted']),
    ]);
    await rules({ viewed: 'hide', reposted: 'hide', promoted: 'dim' });
    await startCards();
    await vi.waitFor(() => expect(barText()).toBe('3 hidden: 2 viewed, 1 reposted'));
    expect(treatmentOf(item('4600000014'))).toBe('dim');
    barButton(bars()[0])?.click();
    expect(treatmentOf(item('4600000011'))).toBe('dim');
    expect(pillOf(item('4600000011') as Element)?.getAttribute('aria-label')).toMatch(/\. Hidden: viewed$/);
  });

  it('dims rather than hides the job open beside the list', async () => {
    loadCards(
      [card('4600000021', 'Data Engineer', ['Viewed']), card('4600000022', 'Analyst', ['Viewed'])],
      `${SEARCH}&currentJobId=4600000021`,
    );
    await rules({ viewed: 'hide' });
    await startCards();
    await vi.waitFor(() => expect(treatmentOf(item('4600000022'))).toBe('hide'));
    expect(treatmentOf(item('4600000021'))).toBe('dim');
    expect(barText()).toBe('2 hidden: 2 viewed');
    // Another job opened beside the list: the first is hidden now, the second spared.
    history.pushState({}, '', '/jobs/search/?keywords=data&currentJobId=4600000022');
    await vi.waitFor(() => expect(treatmentOf(item('4600000022'))).toBe('dim'), { timeout: 3000 });
    expect(treatmentOf(item('4600000021'))).toBe('hide');
  });

  it('hides cards posted more than N days ago, and those with more than N applicants where the card says', async () => {
    loadCards([
      card('4600000031', 'Old', ['<time>5 weeks ago</time>', '12 applicants']),
      card('4600000032', 'New', ['<time>2 days ago</time>', 'Over 200 applicants']),
      card('4600000033', 'Early', ['<time>1 day ago</time>', 'Be among the first 25 applicants']),
      card('4600000034', 'Undated', []),
    ]);
    await rules({ olderThan: { mode: 'hide', days: 30 }, applicants: { mode: 'dim', count: 100 } });
    await startCards();
    await vi.waitFor(() => expect(barText()).toBe('1 hidden: 1 older than 30 days'));
    expect(treatmentOf(item('4600000031'))).toBe('hide');
    expect(treatmentOf(item('4600000032'))).toBe('dim');
    expect(treatmentOf(item('4600000033'))).toBeNull();
    expect(treatmentOf(item('4600000034'))).toBeNull();
    await rules({ olderThan: { mode: 'show', days: 30 }, applicants: { mode: 'hide', count: 10 } });
    await vi.waitFor(() => expect(barText()).toBe('2 hidden: 2 over 10 applicants'));
    expect(treatmentOf(item('4600000033'))).toBeNull();
  });

  it('hides the cards whose title the background matched to a keyword, asking again when the keywords change', async () => {
    loadCards([card('4600000041', 'Senior Engineer', []), card('4600000042', 'Engineer', [])]);
    background.keywords = (posting) => (posting.title.includes('Senior') ? ['senior'] : []);
    await rules({ keywords: { mode: 'hide', terms: ['senior'] } });
    await startCards();
    await vi.waitFor(() => expect(barText()).toBe('1 hidden: 1 title keyword'));
    expect(treatmentOf(item('4600000041'))).toBe('hide');
    background.keywords = () => [];
    await rules({ keywords: { mode: 'hide', terms: ['staff'] } });
    await vi.waitFor(() => expect(bars()).toHaveLength(0));
    expect(background.rescores).toEqual([false, true]);
    // Dim instead of hide matches the same titles: nothing to ask again.
    await rules({ keywords: { mode: 'dim', terms: ['staff'] } });
    await settle();
    expect(background.rescores).toEqual([false, true]);
  });
});

describe('hiding one job', () => {
  beforeEach(() => loadCards([card('4600000051', 'Data Engineer', []), card('4600000052', 'Analyst', [])]));

  const hideButton = (id: string) =>
    pillHosts(item(id) as Element)[0]?.shadowRoot?.querySelector<HTMLButtonElement>(
      '[data-testid="still-hiring-hide-job"]',
    );

  it('from its pill: hidden at once, counted on the bar, undone from the bar', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(2));
    const heard = vi.fn();
    document.body.addEventListener('click', heard);
    hideButton('4600000051')?.click();
    await vi.waitFor(() => expect(treatmentOf(item('4600000051'))).toBe('hide'));
    expect(heard).not.toHaveBeenCalled();
    expect(background.hides).toEqual([{ id: '4600000051', hidden: true }]);
    expect(barText()).toBe('1 hidden: 1 hidden by you');
    const undo = bars()[0]?.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="still-hiring-undo-hide"]');
    undo?.click();
    await vi.waitFor(() => expect(treatmentOf(item('4600000051'))).toBeNull());
    expect(background.hides.at(-1)).toEqual({ id: '4600000051', hidden: false });
    expect(bars()).toHaveLength(0);
  });

  it('shown again from its own pill once the bar reveals it', async () => {
    background.hidden.add('4600000052');
    await startCards();
    await vi.waitFor(() => expect(barText()).toBe('1 hidden: 1 hidden by you'));
    // Hidden before this page: nothing to undo from here, but the revealed card's pill shows it again.
    expect(bars()[0]?.shadowRoot?.querySelector('[data-testid="still-hiring-undo-hide"]')).toBeNull();
    barButton(bars()[0])?.click();
    expect(hideButton('4600000052')?.getAttribute('aria-label')).toBe('Show this job again');
    hideButton('4600000052')?.click();
    await vi.waitFor(() => expect(treatmentOf(item('4600000052'))).toBeNull());
  });

  it('says why on the pill when the background cannot hide it', async () => {
    background.refuseHiding = 'Still Hiring has not recorded this job yet, so it cannot hide it.';
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(2));
    hideButton('4600000051')?.click();
    await vi.waitFor(() =>
      expect(pillOf(item('4600000051') as Element)?.getAttribute('aria-label')).toMatch(
        /Could not hide this job: Still Hiring has not recorded this job yet/,
      ),
    );
    expect(treatmentOf(item('4600000051'))).toBeNull();
  });

  it('follows the background when the job is hidden elsewhere (the popup, another tab)', async () => {
    await startCards();
    await vi.waitFor(() => expect(pillHosts()).toHaveLength(2));
    background.hidden.add('4600000052');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'cards:changed', source: 'linkedin', id: '4600000052' },
      { id: 'test-extension-id' },
    );
    await vi.waitFor(() => expect(treatmentOf(item('4600000052'))).toBe('hide'));
    expect(background.rescores).toEqual([false, true]);
    expect(background.batches[1]?.map((posting) => posting.id)).toEqual(['4600000052']);
  });
});

describe('duplicates', () => {
  const similar = (id: string) =>
    pillHosts(item(id) as Element)[0]?.shadowRoot?.querySelector<HTMLButtonElement>(
      '[data-testid="still-hiring-similar"]',
    );

  it('collapse to the freshest card of the same company and title, with "+N similar" that expands', async () => {
    loadCards([
      card('4600000061', 'Data Engineer', ['<time>2 weeks ago</time>'], 'Acme'),
      card('4600000062', 'Data Engineer', ['<time>1 day ago</time>'], 'Acme Inc.'),
      card('4600000063', 'Data Engineer', ['<time>1 week ago</time>'], 'Acme'),
      card('4600000064', 'Data Engineer', ['<time>1 day ago</time>'], 'Globex'),
      card('4600000065', 'Data Engineer (m/f/d)', [], 'Acme'),
    ]);
    await rules({ duplicates: true });
    await startCards();
    await vi.waitFor(() => expect(similar('4600000062')?.textContent).toBe('+2 similar'));
    expect(treatmentOf(item('4600000061'))).toBe('hide');
    expect(treatmentOf(item('4600000063'))).toBe('hide');
    expect(treatmentOf(item('4600000062'))).toBeNull();
    expect(treatmentOf(item('4600000064'))).toBeNull();
    expect(treatmentOf(item('4600000065'))).toBeNull();
    // Collapsed cards are reachable from their kept card, not from the bar.
    expect(bars()).toHaveLength(0);
    similar('4600000062')?.click();
    expect(treatmentOf(item('4600000061'))).toBeNull();
    expect(similar('4600000062')?.textContent).toBe('− 2 similar');
    expect(similar('4600000062')?.getAttribute('aria-expanded')).toBe('true');
    similar('4600000062')?.click();
    expect(treatmentOf(item('4600000061'))).toBe('hide');
  });

  it('leave out cards another rule hid, and collapse nothing while off', async () => {
    loadCards([
      card('4600000071', 'Data Engineer', ['Viewed', '<time>1 day ago</time>'], 'Acme'),
      card('4600000072', 'Data Engineer', ['<time>1 week ago</time>'], 'Acme'),
    ]);
    await rules({ duplicates: true, viewed: 'hide' });
    await startCards();
    await vi.waitFor(() => expect(barText()).toBe('1 hidden: 1 viewed'));
    expect(treatmentOf(item('4600000072'))).toBeNull();
    expect(similar('4600000072')).toBeNull();
    await rules({ duplicates: false, viewed: 'show' });
    await vi.waitFor(() => expect(bars()).toHaveLength(0));
    expect(document.querySelectorAll('[data-still-hiring-card]')).toHaveLength(0);
  });
});
