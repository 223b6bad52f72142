import { watchLinkOf } from '@/lib/ats/links';
import { withEmployerDate } from '@/lib/ats/outcome';
import type { EmployerLink } from '@/lib/ats/types';
import { apiRequestFor } from '@/lib/extract/api';
import { enrichPosting } from '@/lib/extract/enrich';
import type { CompanyHistory, History } from '@/lib/history';
import { failure } from '@/lib/message-channel';
import type { BackgroundHandlers, CardResult, ContentMessageInput, TabResult } from '@/lib/messages';
import type { Posting, Source } from '@/lib/posting';
import { careerSiteHost, companyKey, SITE_NAMES } from '@/lib/posting-keys';
import { scorePosting } from '@/lib/score';
import type { Settings, SettingsErrors } from '@/lib/settings';
import { firstSightingHistory } from '@/lib/store/records';
import type { SightingResult, Store, StoredSummary } from '@/lib/store/types';
import type { OnDeviceSummarizer } from '@/lib/summary/on-device';
import { descriptionKey } from '@/lib/summary/summary';
import { cardResult, createKeywordCache } from './card-results';
import { createCrossCheck } from './cross-check';
import { createDateLookup } from './date-lookup';
import { createMemoryHistory, type Remembered } from './memory-history';
import { createProblemLog, type ProblemLog } from './problem-log';
import { createModelRun, resultForMode, summaryForPosting, wantsOnDevice } from './summaries';
import type { TabResults } from './tab-results';
import type { ToolbarBadge } from './toolbar-badge';
import { createWatch, NO_ALARMS, type WatchDeps } from './watch';

/**
 * Everything the background does, with its surroundings passed in so tests can drive it: it records and scores
 * the posting a tab shows, keeps the result per tab, sets the toolbar badge, refines the score (and the stored
 * posting) once the job site's API has answered, re-scores open tabs when the settings change, and prunes history
 * older than the retention setting.
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
  /** Every open tab's id, to tell their job lists that a job was hidden or shown again; absent, the tabs with a result. */
  allTabIds?: () => Promise<number[]>;
  /** Remembers which store problems the user was shown; in memory when absent (the entrypoint keeps it in session). */
  problemLog?: ProblemLog;
  /** Chrome's on-device summarizer where the worker has it (lib/summary/on-device.ts); absent elsewhere. */
  summarizer?: OnDeviceSummarizer;
  /** The browser's alarms, for the daily watch of saved listings; without them (tests) the watch is never woken. */
  alarms?: WatchDeps['alarms'];
  /** navigator.onLine; online when absent. */
  online?: () => boolean;
}

export interface BackgroundService {
  handlers: BackgroundHandlers;
  /** The worker started: prunes old history (then at most once a day, as sightings arrive). */
  start(): Promise<void>;
  onTabRemoved(tabId: number): Promise<void>;
  /** The tab went to a page the extension cannot read (another site): its posting is gone. */
  onTabLeftSite(tabId: number): Promise<void>;
  onSettingsChanged(settings: Settings): Promise<void>;
  /** Career sites were turned off: the badges and results of their open tabs go. */
  onCareerSitesOff(hosts: readonly string[]): Promise<void>;
  /** One of the browser's alarms went off (the watch's); resolves once its run is over. */
  onAlarm(name: string): Promise<void>;
  /** Resolves once the work started after an answer (the API lookups, summaries, pruning) has finished. */
  idle(): Promise<void>;
}

const samePosting = (a: Posting, b: Posting) => a.source === b.source && a.id === b.id;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const DAY_MS = 86_400_000;
const MAX_OWN_PROBLEMS = 20;

/** The score's history of a tab's result, the employer's answer included. */
const historyOf = (result: TabResult): History => ({
  posting: result.history,
  ...(result.company ? { company: result.company } : {}),
  ...(result.employer ? { employer: result.employer } : {}),
});

/** A history to score with, the problem met recording it, whether the user saved the posting, its list facts and kept summary. */
type Sighting = Remembered & Pick<SightingResult, 'problem' | 'saved' | 'marks' | 'hidden' | 'summary'>;

export function createBackgroundService(deps: BackgroundDeps): BackgroundService {
  const lookup = createDateLookup(deps.fetch);
  const runModel = createModelRun(deps.summarizer);
  const crossCheck = createCrossCheck(deps.fetch);
  const memory = createMemoryHistory();
  const problemLog = deps.problemLog ?? createProblemLog();
  /** Problems met here rather than in the store (a job list's failed sightings, a failed prune), shown the same way. */
  const ownProblems = new Set<string>();
  const pending = new Set<Promise<void>>();
  let settings: Promise<Settings> | undefined;
  let store: Promise<Store> | undefined;
  /** When history was last pruned, and with which retention; undefined until it has been. */
  let pruned: { at: number; retentionDays: number } | undefined;
  const keywordsOf = createKeywordCache();

  /** Tells the job lists in `tabIds` that what the store knows of a job changed; tabs without one ignore it. */
  const jobChanged = (tabIds: readonly number[], source: Source, id: string) => {
    for (const tabId of tabIds)
      void deps.sendToTab(tabId, { type: 'cards:changed', source, id }).catch(() => undefined);
  };

  const currentSettings = () => {
    settings ??= deps.loadSettings().catch((error: unknown) => {
      settings = undefined;
      throw error;
    });
    return settings;
  };

  const note = (problem: string) => {
    if (ownProblems.size < MAX_OWN_PROBLEMS) ownProblems.add(problem);
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

  const background = (work: () => Promise<void>) => {
    const task = work()
      .catch(() => undefined)
      .finally(() => pending.delete(task));
    pending.add(task);
  };

  /** Removes history older than the retention setting: once a day at most, unless the setting changed since. */
  const prune = (current: Settings, now: Date) => {
    const { retentionDays } = current;
    if (pruned && pruned.retentionDays === retentionDays && now.getTime() - pruned.at < DAY_MS) return;
    pruned = { at: now.getTime(), retentionDays };
    background(async () => {
      const opened = await openStore();
      if ('problem' in opened) {
        // Tried again with the next sighting.
        pruned = undefined;
        return;
      }
      await opened.store.prune(retentionDays, now).catch((error: unknown) => {
        note(`Still Hiring could not remove history older than ${retentionDays} days (${errorText(error)}).`);
      });
    });
  };

  /** The sentence for a result: its own problem, then the problems met since the last result, each shown once. */
  const problemFor = async (store: Store | undefined, own: string | undefined): Promise<string | undefined> => {
    const fresh = await problemLog.unseen([...ownProblems, ...(store?.problems() ?? [])]);
    const all = [...new Set([...(own === undefined ? [] : [own]), ...fresh])];
    return all.length > 0 ? all.join(' ') : undefined;
  };

  /** The postings' histories as the store has them, recording nothing (reads still work when storage is full). */
  const storedHistories = async (
    store: Store,
    postings: Posting[],
    current: Settings,
    now: Date,
  ): Promise<(Sighting | undefined)[]> => {
    const read = await store.readSightings(postings, now, { staleDays: current.staleDays }).catch(() => []);
    return postings.map((_, i) => {
      const found: SightingResult | undefined = read[i];
      if (!found) return undefined;
      const { posting: history, company, saved, marks, hidden } = found;
      return { history, saved, marks, hidden, ...(company ? { company } : {}) };
    });
  };

  /**
   * Records sightings (one, or a job list's cards) in one store transaction. A sighting the store could not keep
   * (storage full; the store answers it as a first sighting with its problem) is scored from memory: the history
   * remembered from earlier this session, else the one stored, which also says whether it is saved.
   */
  const recordAll = async (
    postings: Posting[],
    current: Settings,
    now: Date,
  ): Promise<{ sightings: Sighting[]; store?: Store }> => {
    const opened = await openStore();
    if ('problem' in opened) {
      return { sightings: postings.map((posting) => ({ ...memory.record(posting, now), problem: opened.problem })) };
    }
    const results = await opened.store.recordSightings(postings, now, { staleDays: current.staleDays });
    const failed = postings.filter((_, i) => results[i]?.problem !== undefined);
    const stored = failed.length > 0 ? await storedHistories(opened.store, failed, current, now) : [];
    const sightings = postings.map((posting, i): Sighting => {
      const { posting: history, company, problem, saved, marks, hidden, summary } = results[i] as SightingResult;
      if (problem !== undefined) {
        const known = stored[failed.indexOf(posting)];
        return {
          ...memory.record(posting, now, known),
          problem,
          saved: known?.saved,
          marks: known?.marks,
          hidden: known?.hidden,
        };
      }
      const remembered = company ? { history, company } : { history };
      memory.remember(posting, remembered);
      return { ...remembered, saved, marks, hidden, ...(summary ? { summary } : {}) };
    });
    return { sightings, store: opened.store };
  };

  /**
   * The histories to score `postings` again with, recording nothing: the store's, with company figures computed
   * for the current settings; what memory holds for a posting the store does not have (its write failed).
   */
  const readAll = async (postings: Posting[], current: Settings, now: Date): Promise<Sighting[]> => {
    const opened = await openStore();
    const stored = 'store' in opened ? await storedHistories(opened.store, postings, current, now) : [];
    return postings.map((posting, i) => {
      const found = stored[i] ?? memory.get(posting);
      return found ?? { history: firstSightingHistory(now) };
    });
  };

  const keepScore = async (store: Store | undefined, result: TabResult, now: Date) => {
    await store?.recordScore(result.posting.source, result.posting.id, result.score, now).catch(() => undefined);
  };

  const rescore = (result: TabResult, posting: Posting, current: Settings, now: Date): TabResult => ({
    ...result,
    posting,
    score: scorePosting(posting, historyOf(result), current, now),
  });

  /** The result with `company` in place of the company history it kept. */
  const withCompany = ({ company: _kept, ...result }: TabResult, company: CompanyHistory | undefined): TabResult =>
    company ? { ...result, company } : result;

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

  /**
   * The page is scored first; the API's answer, when it comes, refines the score in place, and what it improved
   * (Lever's posted date) is written to the stored posting, without counting another sighting. An API that says the
   * posting is gone, or that could tell nothing, leaves the score as the page made it and says why in the result.
   */
  const refineFromApi = async (tabId: number, posting: Posting) => {
    const outcome = await lookup.ask(posting, deps.now());
    const current = await currentSettings();
    if (!outcome || !current.atsDateLookup) return;
    const now = deps.now();
    const opened = await openStore();
    const stored = 'store' in opened ? opened.store : undefined;
    if (outcome.kind === 'listed') await stored?.refinePosting(outcome.posting, now).catch(() => undefined);
    const kept = await deps.tabs.get(tabId);
    if (!kept || !samePosting(kept.posting, posting)) return;
    if (outcome.kind !== 'listed') {
      await update(tabId, { ...kept, apiLookup: { outcome: outcome.kind, reason: outcome.reason } });
      return;
    }
    const merged = outcome.posting;
    const rescored = { ...rescore(kept, merged, current, now), apiLookup: { outcome: 'listed' as const } };
    // A page without the description (Lever's /apply page) gets it from the API, and its summary with it.
    const fresh = rescored.summary ? {} : summaryForPosting(merged, undefined, current.summaries, now);
    const result = fresh.summary ? { ...rescored, summary: fresh.summary } : rescored;
    await keepScore(stored, result, now);
    await update(tabId, result);
    if (fresh.keep) await stored?.recordSummary(merged.source, merged.id, fresh.keep);
    if (deps.summarizer && fresh.summary && wantsOnDevice(merged, fresh.summary, current.summaries)) {
      background(() => upgradeSummary(merged));
    }
  };

  /** Shows `summary` in every tab showing this posting with this description, and keeps it with the posting. */
  const applySummary = async (posting: Posting, summary: StoredSummary): Promise<TabResult | undefined> => {
    const opened = await openStore();
    if ('store' in opened) await opened.store.recordSummary(posting.source, posting.id, summary);
    let last: TabResult | undefined;
    for (const [tabId, result] of await deps.tabs.all()) {
      const text = result.posting.descriptionText;
      if (!samePosting(result.posting, posting) || !text || descriptionKey(text) !== summary.descriptionKey) continue;
      last = { ...result, summary: { method: summary.method, lines: summary.lines } };
      await update(tabId, last);
    }
    return last;
  };

  /**
   * The posting's summary by Chrome's model: the one kept with it when there is one (made earlier, or under
   * another mode), else the model's, made now when it is ready in this worker. Undefined when neither is.
   */
  const onDeviceSummary = async (posting: Posting): Promise<StoredSummary | undefined> => {
    const text = posting.descriptionText;
    if (!text) return undefined;
    const opened = await openStore();
    const kept =
      'store' in opened
        ? (await opened.store.getPosting(posting.source, posting.id).catch(() => undefined))?.summary
        : undefined;
    if (kept?.method === 'on-device' && kept.descriptionKey === descriptionKey(text)) return kept;
    return runModel(posting, deps.now());
  };

  const upgradeSummary = async (posting: Posting) => {
    const summary = await onDeviceSummary(posting);
    if (summary && (await currentSettings()).summaries === 'on-device') await applySummary(posting, summary);
  };

  /**
   * A job board's posting whose apply link goes to an ATS: that ATS is asked whether the posting is still listed.
   * The answer is kept in the posting's watch record (the daily watch goes on from it once the posting is saved)
   * and the score is refined with it: listed with the employer's own date, gone, or unknown and why.
   */
  const checkEmployer = async (tabId: number, posting: Posting, link: EmployerLink) => {
    const asked = await crossCheck.ask(link, deps.now());
    const current = await currentSettings();
    if (!current.atsDateLookup) return;
    const now = deps.now();
    const opened = await openStore();
    const stored = 'store' in opened ? opened.store : undefined;
    const title = asked.verdict.state === 'listed' ? asked.verdict.title : undefined;
    await stored
      ?.recordCheck(posting.source, posting.id, link, asked.verdict, now, title ? { title } : {})
      .catch(() => undefined);
    const kept = await deps.tabs.get(tabId);
    if (!kept || !samePosting(kept.posting, posting)) return;
    const result = rescore(
      { ...kept, employer: asked.check },
      withEmployerDate(kept.posting, asked.check),
      current,
      now,
    );
    await keepScore(stored, result, now);
    await update(tabId, result);
    await watch.refreshCount().catch(() => undefined);
  };

  const watch = createWatch({
    store: async () => {
      const opened = await openStore();
      if ('problem' in opened) throw new Error(opened.problem);
      return opened.store;
    },
    settings: currentSettings,
    fetch: deps.fetch,
    now: deps.now,
    online: deps.online ?? (() => true),
    alarms: deps.alarms ?? NO_ALARMS,
    showClosed: (count) => deps.badge.showCount(count),
  });

  /** Company figures computed with `staleDays` for the tabs' results, read through the store's indexes. */
  const companiesWith = async (results: TabResult[], staleDays: number, now: Date) => {
    const opened = await openStore();
    const companies = new Map<string, CompanyHistory | undefined>();
    if ('problem' in opened) return companies;
    for (const { company } of results) {
      if (!company || companies.has(company.key)) continue;
      const read = await opened.store.getCompanyHistory(company.key, now, { staleDays }).then(
        (found) => ({ found }),
        () => undefined,
      );
      if (read) companies.set(company.key, read.found);
    }
    return companies;
  };

  const handlers: BackgroundHandlers = {
    async 'posting:seen'({ posting: fromPage }, { tabId }) {
      if (tabId === undefined) return failure('A posting can only be reported from a tab.');
      const current = await currentSettings();
      if (!current.sites[fromPage.source]) {
        await forget(tabId);
        const name = fromPage.source === 'career-site' ? 'career sites' : SITE_NAMES[fromPage.source];
        return failure(`Still Hiring is switched off for ${name}.`);
      }
      const posting = enrichPosting(fromPage);
      const now = deps.now();
      const fromApi = current.atsDateLookup ? lookup.merged(posting, now) : undefined;
      // The employer's answer when it is known at once (an unreadable link, an answer of a moment ago).
      const employer = current.atsDateLookup ? crossCheck.known(posting, now) : undefined;
      const seen = withEmployerDate(fromApi ?? posting, employer?.check);
      const apiLookup = fromApi
        ? { outcome: 'listed' as const }
        : !current.atsDateLookup && apiRequestFor(posting)
          ? { outcome: 'off' as const, reason: 'Looking up exact posted dates is switched off in the settings.' }
          : undefined;
      const recorded = await recordAll([seen], current, now);
      const { history, company, problem: own, saved, summary: kept } = recorded.sightings[0] as Sighting;
      const checked = employer?.check ? { employer: employer.check } : {};
      const score = scorePosting(seen, { posting: history, company, ...checked }, current, now);
      const problem = await problemFor(recorded.store, own);
      const { summary, keep } = summaryForPosting(seen, kept, current.summaries, now);
      const result: TabResult = {
        posting: seen,
        score,
        history,
        ...(company ? { company } : {}),
        ...checked,
        saved: Boolean(saved),
        ...(problem ? { problem } : {}),
        ...(summary ? { summary } : {}),
        ...(apiLookup ? { apiLookup } : {}),
      };
      await keepScore(recorded.store, result, now);
      await show(tabId, result);
      if (keep) background(async () => recorded.store?.recordSummary(seen.source, seen.id, keep));
      if (current.atsDateLookup && !fromApi) background(() => refineFromApi(tabId, posting));
      if (deps.summarizer && wantsOnDevice(seen, summary, current.summaries)) background(() => upgradeSummary(seen));
      const link = employer?.ask;
      if (link) background(() => checkEmployer(tabId, posting, link));
      prune(current, now);
      // The job's card in this tab's list learns what this sighting recorded (viewed, applied, reposted).
      jobChanged([tabId], seen.source, seen.id);
      return { ok: true, result };
    },

    async 'posting:left'(_message, { tabId }) {
      if (tabId !== undefined) await forget(tabId);
      return { ok: true };
    },

    async 'cards:seen'({ postings, rescore: again }) {
      const current = await currentSettings();
      const now = deps.now();
      const wanted = postings.filter((posting) => current.sites[posting.source]);
      // Scoring again for new settings is not another sighting: it reads the histories and records nothing.
      const sightings: Sighting[] = again
        ? await readAll(wanted, current, now)
        : (await recordAll(wanted, current, now)).sightings;
      const keywords = keywordsOf(current);
      const results: CardResult[] = wanted.map((posting, i) => {
        const sighting = sightings[i] as Sighting;
        // A card has no place for a sentence: it goes with the next posting's result.
        if (sighting.problem !== undefined) note(sighting.problem);
        return cardResult(posting, sighting, current, keywords, now);
      });
      if (!again) prune(current, now);
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
          // A job board's posting is watched through its apply link, known only from the page.
          const link = isSaved ? watchLinkOf(result.posting) : undefined;
          if (link) await opened.store.linkWatch(source, id, link).catch(() => undefined);
        }
      }
      if (isSaved) background(() => watch.soon());
      else background(() => watch.refreshCount());
      return { ok: true, saved: isSaved };
    },

    async 'summary:on-device'({ tabId }) {
      const kept = await deps.tabs.get(tabId);
      if (!kept) return failure('This tab shows no posting Still Hiring has read.');
      if (kept.summary?.method === 'on-device') return { ok: true, result: kept };
      if ((await currentSettings()).summaries !== 'on-device') {
        return failure("Summaries by Chrome's on-device model are turned off in the settings.");
      }
      const summary = await onDeviceSummary(kept.posting);
      return { ok: true, result: (summary && (await applySummary(kept.posting, summary))) ?? null };
    },

    async 'summary:save'({ tabId, descriptionKey: key, lines }) {
      const kept = await deps.tabs.get(tabId);
      const text = kept?.posting.descriptionText;
      if (!kept || !text || descriptionKey(text) !== key) {
        return failure('The tab shows another posting now, so this summary was not kept.');
      }
      if ((await currentSettings()).summaries !== 'on-device') {
        return failure("Summaries by Chrome's on-device model are turned off in the settings.");
      }
      const summary: StoredSummary = {
        method: 'on-device',
        lines,
        descriptionKey: key,
        version: 1,
        madeAt: deps.now().toISOString(),
      };
      return {
        ok: true,
        result: (await applySummary(kept.posting, summary)) ?? { ...kept, summary: { method: 'on-device', lines } },
      };
    },

    async 'job:set-hidden'({ source, id, hidden }) {
      const opened = await openStore();
      if ('problem' in opened) return failure(opened.problem);
      const done = await opened.store.setHidden(source, id, hidden, deps.now());
      if (!done.ok) return done;
      const tabIds = deps.allTabIds ? deps.allTabIds() : deps.tabs.all().then((tabs) => tabs.map(([tabId]) => tabId));
      jobChanged(await tabIds.catch(() => []), source, id);
      return { ok: true, hidden };
    },

    async 'watch:seen'() {
      return { ok: true, ...(await watch.seen()) };
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
    async start() {
      const current = await currentSettings().catch(() => undefined);
      if (current) prune(current, deps.now());
      await watch.start().catch(() => undefined);
    },
    async onAlarm(name) {
      await watch.onAlarm(name).catch(() => undefined);
    },
    async onTabRemoved(tabId) {
      await deps.tabs.delete(tabId);
    },
    async onTabLeftSite(tabId) {
      if (await deps.tabs.get(tabId)) await forget(tabId);
    },
    async onSettingsChanged(next) {
      const previous = settings;
      settings = Promise.resolve(next);
      const before = await previous?.catch(() => undefined);
      const now = deps.now();
      prune(next, now);
      background(() => watch.onSettingsChanged(next));
      const opened = await openStore();
      const open = await deps.tabs.all();
      // The companies' stale share depends on staleDays: recomputed, not reused from the kept results.
      const companies =
        before?.staleDays === next.staleDays
          ? undefined
          : await companiesWith(
              open.map(([, result]) => result),
              next.staleDays,
              now,
            );
      for (const [tabId, result] of open) {
        if (!next.sites[result.posting.source]) {
          await forget(tabId);
          await deps.sendToTab(tabId, { type: 'site:disabled' });
          continue;
        }
        const key = result.company?.key;
        const withKept = key !== undefined && companies?.has(key) ? withCompany(result, companies.get(key)) : result;
        // With every request off, an employer's answer is no longer part of the score.
        const { employer: _asked, ...unchecked } = withKept;
        const base = next.atsDateLookup ? withKept : unchecked;
        const rescored = resultForMode(rescore(base, result.posting, next, now), next.summaries, now);
        await keepScore('store' in opened ? opened.store : undefined, rescored, now);
        await update(tabId, rescored);
        if (deps.summarizer && wantsOnDevice(rescored.posting, rescored.summary, next.summaries)) {
          background(() => upgradeSummary(rescored.posting));
        }
      }
    },
    async onCareerSitesOff(hosts) {
      for (const [tabId, result] of await deps.tabs.all()) {
        const { source, url } = result.posting;
        if (source !== 'career-site' || !hosts.includes(careerSiteHost(url))) continue;
        await forget(tabId);
        await deps.sendToTab(tabId, { type: 'site:disabled' });
      }
    },
    async idle() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
