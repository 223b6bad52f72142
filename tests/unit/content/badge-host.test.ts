import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_ELEMENT, type BadgeHost, createBadgeHost } from '@/lib/content/badge-host';
import { ISOLATED_EVENTS } from '@/lib/content/isolate-events';
import { makePosting, makeResult } from '../helpers/results';
import { badges, inBadge } from './page';

const CSS = '.sh-badge__pill { color: red; }';

let ctx: ContentScriptContext;
let fetched: string[];

function host(): BadgeHost {
  return createBadgeHost(ctx, {
    titleSelectors: ['.headline h2'],
    now: () => new Date('2025-03-04T20:00:00.000Z'),
    onSave: async () => undefined,
    onBlockCompany: async () => undefined,
  });
}

const result = (id: string) => makeResult({ posting: makePosting({ id }) });

beforeEach(() => {
  document.body.innerHTML = '<div class="headline"><h2>Engineer</h2></div>';
  ctx = new ContentScriptContext('lever', { matches: ['https://jobs.lever.co/*'], cssInjectionMode: 'ui' });
  fetched = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(CSS);
  });
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.unstubAllGlobals();
});

describe('badge host', () => {
  it("puts the badge in an open shadow root at the end of the title, styled by the entry's stylesheet", async () => {
    await host().show(result('a'));
    const [badge] = badges();
    expect(badge?.tagName.toLowerCase()).toBe(BADGE_ELEMENT);
    expect(badge?.parentElement?.tagName).toBe('H2');
    expect(badge?.dataset.placement).toBe('title');
    expect(badge?.shadowRoot?.mode).toBe('open');
    expect(badge?.shadowRoot?.querySelector('html > head > style')?.textContent).toBe(CSS);
    expect(inBadge('still-hiring-pill')?.closest('body')?.parentElement?.tagName).toBe('HTML');
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/\/content-scripts\/.*\.css$/);
  });

  it('goes inside a heading that a matched title link wraps, so it follows the text instead of a new line', async () => {
    document.body.innerHTML =
      '<div class="headline"><a href="/job"><h1><span>Engineer</span></h1></a><p>Acme · Berlin</p></div>';
    const wrapped = createBadgeHost(ctx, {
      titleSelectors: ['.headline a'],
      now: () => new Date('2025-03-04T20:00:00.000Z'),
      onSave: async () => undefined,
      onBlockCompany: async () => undefined,
    });
    await wrapped.show(result('a'));
    expect(badges()[0]?.parentElement?.tagName).toBe('SPAN');
    expect(badges()[0]?.parentElement?.textContent).toBe('Engineer');
  });

  it('waits in the corner without a title, and fetches the stylesheet once for every badge', async () => {
    document.body.innerHTML = '';
    const badge = host();
    await badge.show(result('a'));
    expect(badges()[0]?.dataset.placement).toBe('corner');
    expect(badges()[0]?.parentElement).toBe(document.body);
    await badge.show(result('b'));
    expect(badges()).toHaveLength(1);
    expect(fetched).toHaveLength(1);
  });

  it("keeps its keys and clicks from the page's handlers", async () => {
    await host().show(result('a'));
    const seen: string[] = [];
    for (const type of ISOLATED_EVENTS) document.addEventListener(type, () => seen.push(type));
    const pill = inBadge('still-hiring-pill') as HTMLElement;
    for (const type of ISOLATED_EVENTS) pill.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    expect(seen).toEqual(['click']);
  });

  it('shows the badge unstyled when the stylesheet cannot be read', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await host().show(result('a'));
    expect(inBadge('still-hiring-pill')).not.toBeNull();
    expect(badges()[0]?.shadowRoot?.querySelector('style')?.textContent).toBe('');
  });

  it('removes the badge when the extension is reloaded', async () => {
    await host().show(result('a'));
    ctx.notifyInvalidated();
    expect(badges()).toHaveLength(0);
  });
});
