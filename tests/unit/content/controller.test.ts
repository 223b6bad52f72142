import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createBadgeHost } from '@/lib/content/badge-host';
import { type Controller, createController } from '@/lib/content/controller';
import type { SiteConfig } from '@/lib/content/site-config';
import type { ExtractResult } from '@/lib/posting';
import { makePosting, makeResult, makeScore } from '../helpers/results';
import { badges, type FakeBackground, fakeBackground, inBadge, setUrl, typesSent } from './page';

/** A site whose postings live at /job/{id}; the page shows `.headline h2` and the id in data-posting-id. */
const SITE: SiteConfig = {
  source: 'lever',
  extract,
  isPostingPage: (url) => new URL(url).pathname.startsWith('/job/'),
  expectedId: () => undefined,
  titleSelectors: ['.headline h2'],
};

function extract(document: Document, url: string): ExtractResult {
  const title = document.querySelector('.headline h2')?.textContent?.trim();
  const id = document.querySelector('[data-posting-id]')?.getAttribute('data-posting-id');
  if (!title || !id) return { ok: false, reason: 'No posting on this page.' };
  return { ok: true, posting: makePosting({ id, title, url, descriptionText: document.body.dataset.text }) };
}

function showPosting(id: string, title: string, text = `About ${title}`): void {
  document.body.dataset.text = text;
  document.body.innerHTML = `<main data-posting-id="${id}"><div class="headline"><h2>${title}</h2></div></main>`;
}

const score = () => inBadge('still-hiring-score')?.textContent;
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

let ctx: ContentScriptContext;
let background: FakeBackground;

function start(site: SiteConfig = SITE): Controller {
  const now = () => new Date('2025-03-04T20:00:00.000Z');
  const badge = createBadgeHost(ctx, {
    titleSelectors: site.titleSelectors,
    now,
    onSave: (saved) => controller.save(saved),
    onBlockCompany: (company) => controller.blockCompany(company),
  });
  const controller = createController(ctx, { site, badge, now, waitMs: 300, throttleMs: 10 });
  controller.setEnabled(true);
  return controller;
}

beforeEach(() => {
  document.body.innerHTML = '';
  setUrl('https://jobs.example.com/job/a');
  ctx = new ContentScriptContext('test');
  background = fakeBackground();
  background.scores = { a: 81, b: 44 };
});

afterEach(() => {
  ctx.notifyInvalidated();
});

describe('content controller', () => {
  it('reports the posting and shows one badge at the end of the title, in an open shadow root', async () => {
    showPosting('a', 'Engineer');
    start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    expect(background.messages[0]).toMatchObject({ type: 'posting:seen', posting: { id: 'a', title: 'Engineer' } });
    const [badge] = badges();
    expect(badge?.parentElement?.tagName).toBe('H2');
    expect(badge?.dataset.placement).toBe('title');
    expect(badge?.shadowRoot?.mode).toBe('open');
    expect(document.querySelector('.headline h2')?.textContent).toBe('Engineer');
  });

  it('waits for a posting that renders late', async () => {
    start();
    await settle();
    expect(badges()).toHaveLength(0);
    showPosting('a', 'Engineer');
    await vi.waitFor(() => expect(score()).toBe('81'));
    expect(typesSent(background)).toEqual(['posting:seen']);
  });

  it('gives up after the wait and tells the background the tab shows no posting', async () => {
    start();
    await vi.waitFor(() => expect(typesSent(background)).toEqual(['posting:left']));
    expect(badges()).toHaveLength(0);
  });

  it('replaces the badge when another posting opens in the same tab', async () => {
    showPosting('a', 'Engineer');
    const controller = start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    setUrl('https://jobs.example.com/job/b');
    showPosting('b', 'Designer');
    controller.scan();
    await vi.waitFor(() => expect(score()).toBe('44'));
    expect(badges()).toHaveLength(1);
    expect(badges()[0]?.parentElement?.textContent).toBe('Designer');
  });

  it('removes the badge and reports leaving when the page is no longer a posting', async () => {
    showPosting('a', 'Engineer');
    const controller = start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    setUrl('https://jobs.example.com/search');
    controller.scan();
    expect(badges()).toHaveLength(0);
    expect(typesSent(background)).toEqual(['posting:seen', 'posting:left']);
  });

  it('keeps exactly one badge through repeated navigation, back and forward', async () => {
    const controller = start();
    for (const id of ['a', 'b', 'a', 'b', 'a']) {
      setUrl(`https://jobs.example.com/job/${id}`);
      showPosting(id, id === 'a' ? 'Engineer' : 'Designer');
      controller.scan();
      controller.scan();
      await vi.waitFor(() => expect(score()).toBe(id === 'a' ? '81' : '44'));
      await settle();
      expect(badges()).toHaveLength(1);
    }
  });

  it('does not report the same posting twice when the URL changes but the posting does not', async () => {
    showPosting('a', 'Engineer');
    const controller = start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    setUrl('https://jobs.example.com/job/a?tab=description');
    controller.scan();
    await settle();
    expect(typesSent(background)).toEqual(['posting:seen']);
    expect(badges()).toHaveLength(1);
  });

  it('waits while the old posting is still on screen under the new URL', async () => {
    showPosting('a', 'Engineer', 'Same words');
    const controller = start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    setUrl('https://jobs.example.com/job/b');
    document.querySelector('main')?.setAttribute('data-posting-id', 'b');
    controller.scan();
    await settle();
    expect(typesSent(background)).toEqual(['posting:seen']);
    showPosting('b', 'Designer');
    await vi.waitFor(() => expect(score()).toBe('44'));
  });

  it('follows LinkedIn-style pages that swap the posting in place', async () => {
    const linkedIn: SiteConfig = {
      ...SITE,
      expectedId: (url) => new URL(url).searchParams.get('currentJobId') ?? undefined,
      isPostingPage: (url) => new URL(url).searchParams.has('currentJobId'),
    };
    setUrl('https://jobs.example.com/search?currentJobId=b');
    showPosting('a', 'Engineer');
    start(linkedIn);
    await settle();
    expect(badges()).toHaveLength(0);
    showPosting('b', 'Designer');
    await vi.waitFor(() => expect(score()).toBe('44'));
    expect(typesSent(background)).toEqual(['posting:seen']);
  });

  it('reads the address being navigated to, which the Navigation API gives before location changes', async () => {
    const linkedIn: SiteConfig = {
      ...SITE,
      expectedId: (url) => new URL(url).searchParams.get('currentJobId') ?? undefined,
      isPostingPage: (url) => new URL(url).searchParams.has('currentJobId'),
    };
    setUrl('https://jobs.example.com/search?currentJobId=a');
    showPosting('a', 'Engineer');
    const controller = start(linkedIn);
    await vi.waitFor(() => expect(score()).toBe('81'));
    showPosting('b', 'Designer');
    controller.scan('https://jobs.example.com/search?currentJobId=b');
    await vi.waitFor(() => expect(score()).toBe('44'));
    expect(badges()).toHaveLength(1);
  });

  it('puts the badge back when the site re-renders the title', async () => {
    showPosting('a', 'Engineer');
    start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    showPosting('a', 'Engineer');
    expect(badges()).toHaveLength(0);
    await vi.waitFor(() => expect(score()).toBe('81'));
    expect(typesSent(background)).toEqual(['posting:seen']);
  });

  it('waits in a corner when the title is not rendered yet, then moves to the title', async () => {
    showPosting('a', 'Engineer');
    start({ ...SITE, titleSelectors: ['.headline h1'] });
    await vi.waitFor(() => expect(score()).toBe('81'));
    expect(badges()[0]?.dataset.placement).toBe('corner');
    expect(badges()[0]?.parentElement).toBe(document.body);
    document.querySelector('.headline')?.insertAdjacentHTML('afterbegin', '<h1>Engineer</h1>');
    await vi.waitFor(() => expect(badges()[0]?.dataset.placement).toBe('title'));
    expect(badges()).toHaveLength(1);
    expect(badges()[0]?.parentElement?.tagName).toBe('H1');
    expect(score()).toBe('81');
    expect(typesSent(background)).toEqual(['posting:seen']);
  });

  it('treats an extractor that throws as a page without a posting', async () => {
    showPosting('a', 'Engineer');
    start({
      ...SITE,
      extract: () => {
        throw new TypeError('Cannot read properties of null');
      },
    });
    await vi.waitFor(() => expect(typesSent(background)).toEqual(['posting:left']));
    expect(badges()).toHaveLength(0);
  });

  it('shows no badge when the background refuses the posting', async () => {
    background.scores.a = 'fail';
    showPosting('a', 'Engineer');
    start();
    await settle();
    expect(badges()).toHaveLength(0);
  });

  it('removes the badge when the site is switched off and shows it again when switched on', async () => {
    showPosting('a', 'Engineer');
    const controller = start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    controller.setEnabled(false);
    expect(badges()).toHaveLength(0);
    controller.scan();
    await settle();
    expect(badges()).toHaveLength(0);
    controller.setEnabled(true);
    await vi.waitFor(() => expect(score()).toBe('81'));
  });

  it('re-renders in place for a newer result of the same posting, and ignores results of others', async () => {
    showPosting('a', 'Engineer');
    const controller = start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    const [before] = badges();
    const posting = makePosting({ id: 'a', title: 'Engineer', url: location.href });
    controller.update(makeResult({ posting, score: makeScore({ value: 90 }) }));
    await vi.waitFor(() => expect(score()).toBe('90'));
    expect(badges()[0]).toBe(before);
    controller.update(makeResult({ posting: makePosting({ id: 'z' }), score: makeScore({ value: 5 }) }));
    await settle();
    expect(score()).toBe('90');
  });

  it('keeps a newer result that overtakes the answer to its own report (the API date arriving first)', async () => {
    showPosting('a', 'Engineer');
    let controller: Controller | undefined;
    background.beforeAnswer = (posting) =>
      queueMicrotask(() => controller?.update(makeResult({ posting, score: makeScore({ value: 53 }) })));
    controller = start();
    await vi.waitFor(() => expect(score()).toBe('53'));
    await settle();
    expect(score()).toBe('53');
  });

  it('renders a hostile title as text inside the badge', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    showPosting('a', 'placeholder');
    const title = document.querySelector('.headline h2') as HTMLElement;
    title.textContent = hostile;
    start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    inBadge('still-hiring-pill')?.click();
    await vi.waitFor(() => expect(inBadge('still-hiring-panel')).not.toBeNull());
    expect(badges()[0]?.shadowRoot?.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    const search = inBadge('still-hiring-search') as HTMLAnchorElement;
    expect(new URL(search.href).searchParams.get('q')).toBe(`"${hostile}" "Acme"`);
  });

  it('saves through the background and shows it saved', async () => {
    showPosting('a', 'Engineer');
    start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    inBadge('still-hiring-pill')?.click();
    await vi.waitFor(() => expect(inBadge('still-hiring-save')).not.toBeNull());
    inBadge('still-hiring-save')?.click();
    await vi.waitFor(() => expect(inBadge('still-hiring-save')?.getAttribute('aria-pressed')).toBe('true'));
    expect(background.messages.at(-1)).toEqual({ type: 'posting:set-saved', source: 'lever', id: 'a', saved: true });
  });

  it('leaves nothing behind when the extension is reloaded', async () => {
    showPosting('a', 'Engineer');
    start();
    await vi.waitFor(() => expect(score()).toBe('81'));
    ctx.notifyInvalidated();
    expect(badges()).toHaveLength(0);
  });
});
