import type { Source } from '@/lib/posting';
import { SOURCES } from '@/lib/posting-keys';
import type { ListRules, Settings } from '@/lib/settings';
import {
  DEFAULT_SETTINGS,
  LABEL_RULES,
  LIST_MODES,
  type ListMode,
  MAX_BLOCKED_COMPANIES,
} from '@/lib/settings-defaults';
import { onStoredSettingsChange, readStoredSettings } from '@/lib/settings-sync';

/**
 * The few settings a content script acts on, read straight from storage. The background and the options page
 * check every field with the zod schema (lib/settings.ts); a content script reads only these, each checked by hand
 * and falling back to its default on its own, so job pages do not carry zod (issue #8's size budget).
 */
export interface PageSettings {
  sites: Record<Source, boolean>;
  /** What job lists do with cards below `threshold` (the list threshold, or else the ghost threshold). */
  lists: { mode: ListMode; threshold: number };
  /** Company keys whose cards are hidden on job lists. */
  blockedCompanies: readonly string[];
  /** The card rules (lib/lists/rules.ts). */
  rules: ListRules;
  /**
   * Equal for equal settings the background's answer for a card depends on (bands, ghost threshold, stale point, and
   * the title keywords it matches while their rule is on): a change has the cards asked again.
   */
  scoring: string;
}

type Fields = Record<string, unknown>;

const fieldsOf = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};

const isScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100;

// Each check takes a stored field whole or not at all, as lib/settings.ts does (a stored `sites` with one bad
// value falls back entirely), so a content script never disagrees with the background about a setting.

export function sitesOf(stored: unknown): Record<Source, boolean> {
  const sites: Fields = { ...DEFAULT_SETTINGS.sites, ...fieldsOf(stored) };
  if (!SOURCES.every((source) => typeof sites[source] === 'boolean')) return DEFAULT_SETTINGS.sites;
  return Object.fromEntries(SOURCES.map((source) => [source, sites[source]])) as Record<Source, boolean>;
}

function listsOf(stored: unknown): Settings['lists'] {
  const { mode, threshold } = { ...DEFAULT_SETTINGS.lists, ...fieldsOf(stored) } as Fields;
  const known = LIST_MODES.find((listMode) => listMode === mode);
  return known && (threshold === null || isScore(threshold)) ? { mode: known, threshold } : DEFAULT_SETTINGS.lists;
}

const isCompanyKeys = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_BLOCKED_COMPANIES &&
  value.every((key) => typeof key === 'string' && key.length > 0);

const modeOf = (value: unknown): ListMode | undefined => LIST_MODES.find((mode) => mode === value);
const isWhole = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * Each rule whole or its default, as lib/settings.ts takes them. Keyword terms are not parsed here (that needs the
 * background's expression engine): a stored list the background refuses only makes the two disagree on whether
 * the rule is on, and the background, which matches them, then matches none.
 */
function rulesOf(stored: unknown): ListRules {
  const fields = fieldsOf(stored);
  const rules: ListRules = { ...DEFAULT_SETTINGS.listRules };
  for (const rule of LABEL_RULES) rules[rule] = modeOf(fields[rule]) ?? rules[rule];
  const older = fieldsOf(fields.olderThan);
  const olderMode = modeOf(older.mode);
  if (olderMode && isWhole(older.days, 1, 365)) rules.olderThan = { mode: olderMode, days: older.days };
  const applicants = fieldsOf(fields.applicants);
  const applicantsMode = modeOf(applicants.mode);
  if (applicantsMode && isWhole(applicants.count, 1, 100_000)) {
    rules.applicants = { mode: applicantsMode, count: applicants.count };
  }
  const keywords = fieldsOf(fields.keywords);
  const keywordsMode = modeOf(keywords.mode);
  const terms = keywords.terms;
  if (keywordsMode && Array.isArray(terms) && terms.every((term) => typeof term === 'string')) {
    rules.keywords = { mode: keywordsMode, terms };
  }
  if (typeof fields.duplicates === 'boolean') rules.duplicates = fields.duplicates;
  return rules;
}

export function pageSettingsFrom(stored: unknown): PageSettings {
  const fields = fieldsOf(stored);
  const ghostThreshold = isScore(fields.ghostThreshold) ? fields.ghostThreshold : DEFAULT_SETTINGS.ghostThreshold;
  const lists = listsOf(fields.lists);
  const rules = rulesOf(fields.listRules);
  return {
    sites: sitesOf(fields.sites),
    lists: { mode: lists.mode, threshold: lists.threshold ?? ghostThreshold },
    blockedCompanies: isCompanyKeys(fields.blockedCompanies)
      ? fields.blockedCompanies
      : DEFAULT_SETTINGS.blockedCompanies,
    rules,
    // Compared, not used: a value the background would refuse at worst costs one needless re-score.
    scoring: JSON.stringify([
      fields.bands ?? DEFAULT_SETTINGS.bands,
      ghostThreshold,
      fields.staleDays ?? DEFAULT_SETTINGS.staleDays,
      rules.keywords.mode === 'show' ? null : rules.keywords.terms,
    ]),
  };
}

/** The settings a card's answer depends on changed: the cards on screen are asked again. */
export function scoringChanged(before: PageSettings, after: PageSettings): boolean {
  return before.scoring !== after.scoring;
}

export async function loadPageSettings(): Promise<PageSettings> {
  return pageSettingsFrom(await readStoredSettings());
}

/** Calls `listener` whenever the stored settings change; returns the function that stops listening. */
export function watchPageSettings(listener: (settings: PageSettings) => void): () => void {
  return onStoredSettingsChange((stored) => listener(pageSettingsFrom(stored)));
}

/** Which sites are on: all the posting badge reads, without the job lists' settings it would otherwise bundle. */
export async function loadSites(): Promise<Record<Source, boolean>> {
  return sitesOf(fieldsOf(await readStoredSettings()).sites);
}

export function watchSites(listener: (sites: Record<Source, boolean>) => void): () => void {
  return onStoredSettingsChange((stored) => listener(sitesOf(fieldsOf(stored).sites)));
}
