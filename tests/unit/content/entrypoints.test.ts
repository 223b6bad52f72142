import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import ashby from '@/entrypoints/ashby.content/index';
import careerSite from '@/entrypoints/career-site.content/index';
import greenhouse from '@/entrypoints/greenhouse.content/index';
import lever from '@/entrypoints/lever.content/index';
import linkedin from '@/entrypoints/linkedin.content/index';
import linkedinLists from '@/entrypoints/linkedin-lists.content/index';
import workday from '@/entrypoints/workday.content/index';
import { createBackgroundService } from '@/lib/background/service';
import { createTabResults } from '@/lib/background/tab-results';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { BACKGROUND_MESSAGES, backgroundListener } from '@/lib/messages';
import type { Source } from '@/lib/posting';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import { badges, inBadge, setUrl } from './page';

/**
 * Each content script's main() on saved pages, talking to the real background service through the fake browser,
 * as tab 1: the page badge and the toolbar badge must agree.
 */

const FIXTURES = resolve(__dirname, '../../fixtures');
const TAB = 1;
const OWN = 'test-extension-id';

const PAGES = {
  lever: {
    entry: lever,
    file: 'lever/handmade_plaid_posting-page_18503c02-17a0-4c47-98c8-155b0b6ccc2a.html',
    url: 'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a',
    title: '.posting-headline h2',
  },
  workday: {
    entry: workday,
    file: 'workday/handmade_nvidia_job_rendered_posted-30-plus-days.html',
    url: 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1',
    title: 'h2[data-automation-id="jobPostingHeader"]',
  },
  linkedin: {
    entry: linkedin,
    file: 'linkedin/jherve_loggedin_jobs-view_3786945580.html',
    url: 'https://www.linkedin.com/jobs/view/3786945580/',
    title: '.job-details-jobs-unified-top-card__job-title',
  },
  greenhouse: {
    entry: greenhouse,
    file: 'greenhouse/jobapplier_gitlab_job-boards_rendered.html',
    url: 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002',
    title: '.job__title h1',
  },
  ashby: {
    entry: ashby,
    file: 'ashby/jobsearch-tracker_ramp_posting.html',
    url: 'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43',
    title: 'h1.ashby-job-posting-heading',
  },
  // No selector knows a career site's title: the badge goes to the heading that reads the posting's title.
  'career-site': {
    entry: careerSite,
    file: 'career-site/handmade_lumenor_offre_fr.html',
    url: 'https://carrieres.lumenor.fr/offres/ingenieur-donnees-lyon-118',
    title: 'h1.offre__titre',
  },
} as const satisfies Record<Source, unknown>;

/** A saved page's markup, without the iframes happy-dom would try (and refuse) to load. */
function savedPage(file: string): string {
  return readFileSync(resolve(FIXTURES, file), 'utf8').replace(/<iframe[\s\S]*?<\/iframe>/gi, '');
}

function loadPage(file: string, url: string): void {
  setUrl(url);
  document.documentElement.innerHTML = savedPage(file)
    .replace(/^[\s\S]*?<html[^>]*>/i, '')
    .replace(/<\/html>[\s\S]*$/i, '');
}

let ctx: ContentScriptContext | undefined;
let listsCtx: ContentScriptContext | undefined;

/** The real background service, reached through the fake runtime as if every message came from tab 1. */
function connectBackground() {
  const service = createBackgroundService({
    openStore: () => openStore({ name: 'entrypoints-test', factory: new IDBFactory() }),
    loadSettings,
    saveSettings,
    fetch: async () => new Response('', { status: 404 }),
    now: () => new Date(),
    badge: createToolbarBadge(browser.action),
    tabs: createTabResults(browser.storage.session),
    sendToTab: (_tabId, message) => fakeBrowser.runtime.onMessage.trigger(message, { id: OWN }),
  });
  const toBackground = backgroundListener(service.handlers);
  const types: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((received: unknown, sender: { id?: string }) => {
    const message = received as { type?: unknown };
    if (sender.id || typeof message.type !== 'string' || !(message.type in BACKGROUND_MESSAGES)) return undefined;
    types.push(message.type);
    return toBackground(message, { id: OWN, tab: { id: TAB } as never });
  });
  return { service, types };
}

async function run(source: Source): Promise<void> {
  const { entry } = PAGES[source];
  ctx = new ContentScriptContext(source, entry);
  await entry.main(ctx);
}

beforeEach(() => {
  // The shadow root asks for the entrypoint's CSS; the test has none to give.
  vi.stubGlobal('fetch', async () => new Response(''));
});

afterEach(() => {
  ctx?.notifyInvalidated();
  ctx = undefined;
  listsCtx?.notifyInvalidated();
  listsCtx = undefined;
  vi.unstubAllGlobals();
});

describe.each(Object.keys(PAGES) as Source[])('%s content script', (source) => {
  const page = PAGES[source];

  it('shows one badge at the title and the same score on the toolbar', async () => {
    const { types } = connectBackground();
    loadPage(page.file, page.url);
    await run(source);
    await vi.waitFor(() => expect(inBadge('still-hiring-pill')).not.toBeNull());
    const [badge] = badges();
    expect(badge?.parentElement?.matches(page.title)).toBe(true);
    const pill = inBadge('still-hiring-pill') as HTMLElement;
    expect(pill.getAttribute('aria-label')).toMatch(/^Hiring Activity Score \d+ of 100, .+ \(\d+–\d+\)/);
    const text = await fakeBrowser.action.getBadgeText({ tabId: TAB });
    expect(text).toBe(`${pill.dataset.ghost === 'true' ? '!' : ''}${pill.dataset.score}`);
    expect(types).toEqual(['posting:seen']);
  });

  it('shows nothing when the site is switched off', async () => {
    const { types } = connectBackground();
    await saveSettings({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, [source]: false } });
    loadPage(page.file, page.url);
    await run(source);
    await new Promise((done) => setTimeout(done, 100));
    expect(badges()).toHaveLength(0);
    expect(types).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });
});

describe('career site content script', () => {
  it('leaves a page without JobPosting data alone: no badge, no error, nothing sent', async () => {
    const { types } = connectBackground();
    loadPage('career-site/handmade_lumenor_offre_fr_broken-json-ld.html', PAGES['career-site'].url);
    await run('career-site');
    await new Promise((done) => setTimeout(done, 300));
    expect(badges()).toHaveLength(0);
    expect(types).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });
});

describe('content script and background together', () => {
  it('removes both badges when the site is switched off while a posting is shown', async () => {
    const { service } = connectBackground();
    loadPage(PAGES.lever.file, PAGES.lever.url);
    await run('lever');
    await vi.waitFor(() => expect(inBadge('still-hiring-pill')).not.toBeNull());
    const settings = { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, lever: false } };
    await saveSettings(settings);
    await service.onSettingsChanged(settings);
    await vi.waitFor(() => expect(badges()).toHaveLength(0));
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('follows the settings itself: off removes the badge, on brings it back', async () => {
    connectBackground();
    loadPage(PAGES.workday.file, PAGES.workday.url);
    await run('workday');
    await vi.waitFor(() => expect(inBadge('still-hiring-pill')).not.toBeNull());
    await saveSettings({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, workday: false } });
    await vi.waitFor(() => expect(badges()).toHaveLength(0));
    await saveSettings(DEFAULT_SETTINGS);
    await vi.waitFor(() => expect(inBadge('still-hiring-pill')).not.toBeNull());
    expect(badges()).toHaveLength(1);
  });

  it('follows in-page navigation to another posting and away from postings', async () => {
    const { types } = connectBackground();
    loadPage(PAGES.linkedin.file, PAGES.linkedin.url);
    await run('linkedin');
    await vi.waitFor(() => expect(inBadge('still-hiring-pill')).not.toBeNull());

    // LinkedIn swaps the page without loading one: the URL changes, then the new job renders.
    history.pushState({}, '', '/jobs/view/3797662873/');
    const next = savedPage('linkedin/jherve_loggedin_jobs-view_3797662873.html');
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(next)?.[1] ?? '';
    await vi.waitFor(() => expect(types).toEqual(['posting:seen', 'posting:seen']));
    await vi.waitFor(() => expect(inBadge('still-hiring-pill')).not.toBeNull());
    expect(badges()).toHaveLength(1);
    const result = await browser.runtime.sendMessage({ type: 'tab:get-result', tabId: TAB });
    expect(result).toMatchObject({ ok: true, result: { posting: { id: '3797662873' } } });

    history.pushState({}, '', '/feed/');
    await vi.waitFor(() => expect(badges()).toHaveLength(0));
    expect(types.at(-1)).toBe('posting:left');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('hears only the background: a page cannot make it drop the badge', async () => {
    connectBackground();
    loadPage(PAGES.lever.file, PAGES.lever.url);
    await run('lever');
    await vi.waitFor(() => expect(inBadge('still-hiring-pill')).not.toBeNull());
    await fakeBrowser.runtime.onMessage.trigger({ type: 'site:disabled' }, { id: 'another-extension' });
    expect(badges()).toHaveLength(1);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'site:disabled' }, { id: OWN });
    expect(badges()).toHaveLength(0);
  });
});

describe("LinkedIn's two content scripts", () => {
  const LIST = {
    file: 'linkedin/pavan9567_guest_jobs-search_with_detail_pane.html',
    url: 'https://www.linkedin.com/jobs/search?keywords=&location=United%20States&currentJobId=4185843819',
  };

  it('on a list with a job selected, the badge script scores the job and the lists script the cards', async () => {
    const { types } = connectBackground();
    loadPage(LIST.file, LIST.url);
    await run('linkedin');
    await vi.waitFor(() => expect(inBadge('still-hiring-pill')).not.toBeNull());
    expect(types).toEqual(['posting:seen']);
    expect(document.querySelectorAll('still-hiring-card-pill')).toHaveLength(0);

    listsCtx = new ContentScriptContext('linkedin-lists', linkedinLists);
    await linkedinLists.main(listsCtx);
    await vi.waitFor(() => expect(document.querySelectorAll('still-hiring-card-pill').length).toBeGreaterThan(20));
    expect(types[0]).toBe('posting:seen');
    expect(new Set(types.slice(1))).toEqual(new Set(['cards:seen']));
    expect(badges()).toHaveLength(1);
  });

  it('the lists script leaves pages outside /jobs/ alone', async () => {
    const { types } = connectBackground();
    loadPage(LIST.file, 'https://www.linkedin.com/feed/');
    listsCtx = new ContentScriptContext('linkedin-lists', linkedinLists);
    await linkedinLists.main(listsCtx);
    await new Promise((done) => setTimeout(done, 100));
    expect(types).toEqual([]);
    expect(document.querySelectorAll('still-hiring-card-pill')).toHaveLength(0);
  });
});
