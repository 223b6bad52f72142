import { enrichPosting } from '@/lib/extract/enrich';
import type { CompanyHistory, PostingHistory } from '@/lib/history';
import { failure } from '@/lib/message-channel';
import type { BackgroundHandlers, CardResult, ContentMessageInput, TabResult } from '@/lib/messages';
import type { Posting, Source } from '@/lib/posting';
import { companyKey } from '@/lib/posting-keys';
import { scorePosting } from '@/lib/score';
import type { Settings, SettingsErrors } from '@/lib/settings';
import type { Store } from '@/lib/store/types';
import { createDateLookup } from './date-lookup';
import { createMemoryHistory } from './memory-history';
import type { TabResults } from './tab-results';
import type { ToolbarBadge } from './toolbar-badge';

/**
 * Everything the background does, with its surroundings passed in so tests can drive it: it records and scores
 * the posting a tab shows, keeps the result per tab, sets the toolbar badge, refines the score once the job
 * site's API has answered, and re-scores open tabs when the settings change.
 */

export interface BackgroundDeps {
  openStore: () => Promise<Store>;
  loadSettings: () => Promise<Settings>;
  saveSettings: (input: unknown) => Promise<{ ok: true; settings: Settings } | { ok: false; errors: SettingsErrors }>;
  fetch: typeof fetch;
  now: () => Date;
  badge: ToolbarBadge;
  tabs: TabResults;
  sendToTab: (tabId: number, message: ContentMessageInput) => Promise<unknown>;
}

export interface BackgroundService {
  handlers: BackgroundHandlers;
  onTabRemoved(tabId: number): Promise<void>;
  /** The tab went to a page the extension cannot read (another site): its posting is gone. */
  onTabLeftSite(tabId: number): Promise<void>;
  onSettingsChanged(settings: Settings): Promise<void>;
  /** Resolves once the work started after an answer (the API lookups) has finished. */
  idle(): Promise<void>;
}

const SITE_NAMES: Record<Source, string> = { lever: 'Lever', workday: 'Workday', linkedin: 'LinkedIn' };

const samePosting = (a: Posting, b: Posting) => a.source === b.source && a.id === b.id;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createBackgroundService(deps: BackgroundDeps): BackgroundService {
  const lookup = createDateLookup(deps.fetch);
  const memory = createMemoryHistory();
  const pending = new Set<Promise<void>>();
  let settings: Promise<Settings> | undefined;
  let store: Promise<Store> | undefined;

  const currentSettings = () => {
    settings ??= deps.loadSettings();
    return settings;
  };

  // Opened on first use and kept; a failed open is retried next time, and meanwhile scoring goes on from memory.
  const openStore = async (): Promise<{ store: Store } | { problem: string }> => {
    store ??= deps.openStore().catch((error: unknown) => {
      store = undefined;
      throw error;
    });
    try {
      return { store: await store };
    } catch (error) {
      return { problem: `Still Hiring could not open its history (${errorText(error)}), so nothing was remembered.` };
    }
  };

  const record = async (
    posting: Posting,
    current: Settings,
    now: Date,
  ): Promise<{ history: PostingHistory; company?: CompanyHistory; problem?: string; store?: Store }> => {
    const opened = await openStore();
    if ('problem' in opened) return { history: memory.record(posting, now), problem: opened.problem };
    try {
      const sighting = await opened.store.recordSighting(posting, now, { staleDays: current.staleDays });
      return { history: sighting.posting, company: sighting.company, problem: sighting.problem, store: opened.store };
    } catch (error) {
      const problem = `Still Hiring could not save this sighting (${errorText(error)}).`;
      return { history: memory.record(posting, now), problem };
    }
  };

  /** A job list's cards, in one store transaction (a list page sends 25 at a time). */
  const recordAll = async (
    postings: Posting[],
    current: Settings,
    now: Date,
  ): Promise<{ history: PostingHistory; company?: CompanyHistory }[]> => {
    const opened = await openStore();
    if ('problem' in opened) return postings.map((posting) => ({ history: memory.record(posting, now) }));
    const sightings = await opened.store.recordSightings(postings, now, { staleDays: current.staleDays });
    return sightings.map((sighting) => ({ history: sighting.posting, company: sighting.company }));
  };

  const keepScore = async (store: Store | undefined, result: TabResult, now: Date) => {
    await store?.recordScore(result.posting.source, result.posting.id, result.score, now).catch(() => undefined);
  };

  const rescore = (result: TabResult, posting: Posting, current: Settings, now: Date): TabResult => ({
    ...result,
    posting,
    score: scorePosting(posting, { posting: result.history, company: result.company }, current, now),
  });

  const show = async (tabId: number, result: TabResult) => {
    await deps.tabs.set(tabId, result);
    await deps.badge.show(tabId, result.score);
  };

  const update = async (tabId: number, result: TabResult) => {
    await show(tabId, result);
    await deps.sendToTab(tabId, { type: 'result:update', result });
  };

  const forget = async (tabId: number) => {
    await deps.tabs.delete(tabId);
    await deps.badge.clear(tabId);
  };

  const background = (work: Promise<void>) => {
    const task = work.catch(() => undefined).finally(() => pending.delete(task));
    pending.add(task);
  };

  // The page is scored first; the API's answer, when it comes, refines the score in place.
  const refineFromApi = async (tabId: number, posting: Posting) => {
    const merged = await lookup.ask(posting, deps.now());
    const kept = await deps.tabs.get(tabId);
    const current = await currentSettings();
    if (!merged || !kept || !samePosting(kept.posting, posting) || !current.atsDateLookup) return;
    const now = deps.now();
    const result = rescore(kept, merged, current, now);
    const opened = await openStore();
    await keepScore('store' in opened ? opened.store : undefined, result, now);
    await update(tabId, result);
  };

  const handlers: BackgroundHandlers = {
    async 'posting:seen'({ posting: fromPage }, { tabId }) {
      if (tabId === undefined) return failure('A posting can only be reported from a tab.');
      const current = await currentSettings();
      if (!current.sites[fromPage.source]) {
        await forget(tabId);
        return failure(`Still Hiring is switched off for ${SITE_NAMES[fromPage.source]}.`);
      }
      const posting = enrichPosting(fromPage);
      const now = deps.now();
      const fromApi = current.atsDateLookup ? lookup.merged(posting, now) : undefined;
      const seen = fromApi ?? posting;
      const recorded = await record(seen, current, now);
      const score = scorePosting(seen, { posting: recorded.history, company: recorded.company }, current, now);
      const stored = await recorded.store?.getPosting(seen.source, seen.id).catch(() => undefined);
      const result: TabResult = {
        posting: seen,
        score,
        history: recorded.history,
        ...(recorded.company ? { company: recorded.company } : {}),
        saved: Boolean(stored?.saved),
        ...(recorded.problem ? { problem: recorded.problem } : {}),
      };
      await keepScore(recorded.store, result, now);
      await show(tabId, result);
      if (current.atsDateLookup && !fromApi) background(refineFromApi(tabId, posting));
      return { ok: true, result };
    },

    async 'posting:left'(_message, { tabId }) {
      if (tabId !== undefined) await forget(tabId);
      return { ok: true };
    },

    async 'cards:seen'({ postings }) {
      const current = await currentSettings();
      const blocked = new Set(current.blockedCompanies);
      const now = deps.now();
      const wanted = postings.filter((posting) => current.sites[posting.source]);
      const sightings = await recordAll(wanted, current, now);
      const results: CardResult[] = wanted.map((posting, i) => {
        const { history, company } = sightings[i] as (typeof sightings)[number];
        return {
          source: posting.source,
          id: posting.id,
          score: scorePosting(posting, { posting: history, company }, current, now),
          blocked: posting.company !== undefined && blocked.has(companyKey(posting.company)),
        };
      });
      return { ok: true, results };
    },

    async 'tab:get-result'({ tabId }) {
      return { ok: true, result: (await deps.tabs.get(tabId)) ?? null };
    },

    async 'posting:set-saved'({ source, id, saved }) {
      const opened = await openStore();
      if ('problem' in opened) return failure(opened.problem);
      const stored = await opened.store.setSaved(source, id, saved, deps.now());
      if (!stored) return failure('Still Hiring has not recorded this posting yet, so it cannot be saved.');
      const isSaved = Boolean(stored.saved);
      for (const [tabId, result] of await deps.tabs.all()) {
        if (result.posting.source === source && result.posting.id === id) {
          await update(tabId, { ...result, saved: isSaved });
        }
      }
      return { ok: true, saved: isSaved };
    },

    async 'company:block'({ company }) {
      const current = await currentSettings();
      const key = companyKey(company);
      if (current.blockedCompanies.includes(key)) return { ok: true };
      const saved = await deps.saveSettings({ ...current, blockedCompanies: [...current.blockedCompanies, key] });
      if (!saved.ok) return failure(Object.values(saved.errors)[0] ?? 'The blocked companies could not be saved.');
      settings = Promise.resolve(saved.settings);
      return { ok: true };
    },
  };

  return {
    handlers,
    async onTabRemoved(tabId) {
      await deps.tabs.delete(tabId);
    },
    async onTabLeftSite(tabId) {
      if (await deps.tabs.get(tabId)) await forget(tabId);
    },
    async onSettingsChanged(next) {
      settings = Promise.resolve(next);
      const now = deps.now();
      const opened = await openStore();
      for (const [tabId, result] of await deps.tabs.all()) {
        if (!next.sites[result.posting.source]) {
          await forget(tabId);
          await deps.sendToTab(tabId, { type: 'site:disabled' });
          continue;
        }
        const rescored = rescore(result, result.posting, next, now);
        await keepScore('store' in opened ? opened.store : undefined, rescored, now);
        await update(tabId, rescored);
      }
    },
    async idle() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
