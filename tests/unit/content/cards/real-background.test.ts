import { IDBFactory } from 'fake-indexeddb';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createBackgroundService } from '@/lib/background/service';
import { createTabResults } from '@/lib/background/tab-results';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { startJobCards } from '@/lib/content/cards/start';
import { LINKEDIN_LISTS } from '@/lib/content/sites/linkedin-lists';
import { BACKGROUND_MESSAGES, backgroundListener, sendToBackground } from '@/lib/messages';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import { golden } from '../../extract/linkedin-fixtures';
import { loadFixture, pillHosts, pillOf } from './cards-page';

/**
 * The hand-made logged-in list scored by the real background service and scorer, reached as tab 1, at the moment
 * the list's golden file reads it, so "Reposted 2 weeks ago" stays two weeks old.
 */

const OWN = 'test-extension-id';
const LIST = 'handmade_loggedin_jobs-search_list_en_promoted-reposted';
const NOW = new Date(golden(LIST).now);
let ctx: ContentScriptContext | undefined;

function connectBackground() {
  const service = createBackgroundService({
    openStore: () => openStore({ name: 'cards-test', factory: new IDBFactory() }),
    loadSettings,
    saveSettings,
    fetch: async () => new Response('', { status: 404 }),
    now: () => NOW,
    badge: createToolbarBadge(browser.action),
    tabs: createTabResults(browser.storage.session),
    sendToTab: async () => undefined,
  });
  const listener = backgroundListener(service.handlers);
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    const type = (message as { type?: unknown }).type;
    if (sender.id || typeof type !== 'string' || !(type in BACKGROUND_MESSAGES)) return undefined;
    return listener(message, { id: OWN, tab: { id: 1 } as never });
  });
}

const card = (id: string) => document.querySelector(`[data-occludable-job-id="${id}"]`) as Element;

afterEach(() => ctx?.notifyInvalidated());

it('the reposted and the closed card carry the ghost mark with their reason; every card has one pill', async () => {
  connectBackground();
  loadFixture(LIST, golden(LIST).url);
  ctx = new ContentScriptContext('linkedin-lists');
  await startJobCards(ctx, LINKEDIN_LISTS, {
    send: (postings) => sendToBackground({ type: 'cards:seen', postings }),
    setHidden: ({ source, id }, hidden) => sendToBackground({ type: 'job:set-hidden', source, id, hidden }),
    now: () => NOW,
  });
  await vi.waitFor(() => expect(pillHosts()).toHaveLength(5));

  const reposted = pillOf(card('4400000102'));
  expect(reposted?.dataset.ghost).toBe('true');
  expect(reposted?.textContent).toMatch(/^⚠\d+$/);
  expect(reposted?.getAttribute('aria-label')).toMatch(
    /^Score \d+, .+ \(\d+–\d+\)\. Ghost job warning: .*Reposted 2 weeks ago/,
  );

  const closed = pillOf(card('4400000105'));
  expect(closed?.dataset).toMatchObject({ ghost: 'true', band: 'ghost' });
  expect(closed?.getAttribute('aria-label')).toMatch(/Ghost job warning: .*No longer accepting applications/);

  for (const id of ['4400000101', '4400000103', '4400000104']) {
    expect(pillOf(card(id))?.getAttribute('aria-label')).toMatch(/^Score \d+, [A-Za-z ]+ \(\d+–\d+\)[:.]/);
  }
});
