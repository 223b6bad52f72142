import type { Source } from '@/lib/posting';
import { SOURCES } from '@/lib/posting-keys';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS, LIST_MODES, type ListMode, MAX_BLOCKED_COMPANIES } from '@/lib/settings-defaults';
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
  /** Equal for equal settings the score depends on (bands, ghost threshold, stale point): a change re-scores. */
  scoring: string;
}

type Fields = Record<string, unknown>;

const fieldsOf = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};

const isScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100;

// Each check takes a stored field whole or not at all, as lib/settings.ts does (a stored `sites` with one bad
// value falls back entirely), so a content script never disagrees with the background about a setting.

function sitesOf(stored: unknown): Record<Source, boolean> {
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

export function pageSettingsFrom(stored: unknown): PageSettings {
  const fields = fieldsOf(stored);
  const ghostThreshold = isScore(fields.ghostThreshold) ? fields.ghostThreshold : DEFAULT_SETTINGS.ghostThreshold;
  const lists = listsOf(fields.lists);
  return {
    sites: sitesOf(fields.sites),
    lists: { mode: lists.mode, threshold: lists.threshold ?? ghostThreshold },
    blockedCompanies: isCompanyKeys(fields.blockedCompanies)
      ? fields.blockedCompanies
      : DEFAULT_SETTINGS.blockedCompanies,
    // Compared, not used: a value the background would refuse at worst costs one needless re-score.
    scoring: JSON.stringify([
      fields.bands ?? DEFAULT_SETTINGS.bands,
      ghostThreshold,
      fields.staleDays ?? DEFAULT_SETTINGS.staleDays,
    ]),
  };
}

export async function loadPageSettings(): Promise<PageSettings> {
  return pageSettingsFrom(await readStoredSettings());
}

/** Calls `listener` whenever the stored settings change; returns the function that stops listening. */
export function watchPageSettings(listener: (settings: PageSettings) => void): () => void {
  return onStoredSettingsChange((stored) => listener(pageSettingsFrom(stored)));
}
