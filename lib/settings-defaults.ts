import type { Settings } from './settings';

/**
 * The settings' plain values, apart from their zod schema (lib/settings.ts) so that content scripts can use them
 * without carrying zod.
 */

export const SETTINGS_VERSION = 1;

export const BAND_IDS = ['active', 'likely', 'uncertain', 'stale', 'ghost'] as const;
export type BandId = (typeof BAND_IDS)[number];

export const BAND_NAMES: Record<BandId, string> = {
  active: 'Actively Hiring',
  likely: 'Likely Active',
  uncertain: 'Uncertain',
  stale: 'Possibly Stale',
  ghost: 'Likely Ghost',
};

/** On job lists: show every card, or dim or hide those scoring below the list threshold. */
export const LIST_MODES = ['show', 'dim', 'hide'] as const;
export type ListMode = (typeof LIST_MODES)[number];

/**
 * Posting summaries: by Chrome's on-device model where it is ready (key lines from the posting meanwhile and
 * elsewhere), key lines only, or none.
 */
export const SUMMARY_MODES = ['on-device', 'extractive', 'off'] as const;
export type SummaryMode = (typeof SUMMARY_MODES)[number];

/** More would not be a list a person keeps by hand. */
export const MAX_BLOCKED_COMPANIES = 500;

/**
 * The job lists' card rules that read one label of the card, its detail pane or the job's history (lib/lists/rules.ts
 * says what each means); each one's setting is what it does to a card it fires on, 'show' meaning off.
 */
export const LABEL_RULES = ['viewed', 'applied', 'promoted', 'reposted', 'easyApply', 'notEasyApply'] as const;
export type LabelRule = (typeof LABEL_RULES)[number];

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  bands: { active: 80, likely: 65, uncertain: 50, stale: 35 },
  ghostThreshold: 50,
  staleDays: 60,
  sites: { lever: true, workday: true, linkedin: true, greenhouse: true, ashby: true, 'career-site': true },
  atsDateLookup: true,
  watchSaved: true,
  retentionDays: 365,
  lists: { mode: 'show', threshold: null },
  blockedCompanies: [],
  summaries: 'on-device',
  listRules: {
    viewed: 'show',
    applied: 'show',
    promoted: 'show',
    reposted: 'show',
    easyApply: 'show',
    notEasyApply: 'show',
    olderThan: { mode: 'show', days: 30 },
    applicants: { mode: 'show', count: 100 },
    keywords: { mode: 'show', terms: [] },
    duplicates: false,
  },
};
