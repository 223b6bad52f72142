import * as z from 'zod/mini';
import { MAX_KEYWORDS, parseKeyword } from './lists/keywords';
import type { Source } from './posting';
import { SOURCES } from './posting-keys';
import {
  BAND_NAMES,
  DEFAULT_SETTINGS,
  LABEL_RULES,
  type LabelRule,
  LIST_MODES,
  MAX_BLOCKED_COMPANIES,
  SETTINGS_VERSION,
  SUMMARY_MODES,
} from './settings-defaults';

/**
 * User settings. They live in browser.storage.sync (see lib/settings-storage.ts for reading and writing);
 * this module is the schema and the validation messages shown next to each field; the plain values (defaults, band
 * names) are in lib/settings-defaults.ts.
 */

/** A whole number in [min, max]; each way of being wrong gets its own sentence, shown next to the field. */
const wholeNumber = (what: string, unit: string, min: number, max: number, tooSmall: string, tooLarge: string) =>
  z
    .number({ error: `${what} must be a ${unit}` })
    .check(
      z.refine(Number.isInteger, { error: `${what} must be a whole ${unit}`, abort: true }),
      z.minimum(min, { error: tooSmall }),
      z.maximum(max, { error: tooLarge }),
    );

const score = (what: string) =>
  wholeNumber(what, 'number', 0, 100, `${what} must be 0 or more`, `${what} must be 100 or less`);

/** Lower bound of each band but the last (Likely Ghost starts at 0). */
export const BandThresholds = z
  .object({
    active: score('Actively Hiring starts at'),
    likely: score('Likely Active starts at'),
    uncertain: score('Uncertain starts at'),
    stale: score('Possibly Stale starts at'),
  })
  .check(
    z.superRefine((t, ctx) => {
      const order = ['active', 'likely', 'uncertain', 'stale'] as const;
      for (let i = 1; i < order.length; i++) {
        const upper = order[i - 1] as (typeof order)[number];
        const lower = order[i] as (typeof order)[number];
        if (t[lower] >= t[upper]) {
          ctx.addIssue({
            code: 'custom',
            path: [lower],
            message: `${BAND_NAMES[lower]} must start below ${BAND_NAMES[upper]} (${t[upper]})`,
          });
        }
      }
      if (t.stale < 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['stale'],
          message: 'Possibly Stale must start at 1 or more, leaving room for Likely Ghost',
        });
      }
    }),
  );
export type BandThresholds = z.infer<typeof BandThresholds>;

export const ListMode = z.enum(LIST_MODES);

/** A title keyword: the reason parseKeyword refuses one is its message. */
const KeywordTerm = z.string().check(
  z.superRefine((term, ctx) => {
    const parsed = parseKeyword(term);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error, input: term });
  }),
);

/** The job lists' card rules (lib/lists/rules.ts): each does show (off), dim or hide to the cards it fires on. */
export const ListRules = z.object({
  ...(Object.fromEntries(LABEL_RULES.map((rule) => [rule, ListMode])) as Record<LabelRule, typeof ListMode>),
  olderThan: z.object({
    mode: ListMode,
    days: wholeNumber(
      'The posting age',
      'number of days',
      1,
      365,
      'The posting age must be at least 1 day',
      'The posting age must be at most 365 days',
    ),
  }),
  applicants: z.object({
    mode: ListMode,
    count: wholeNumber(
      'The applicant count',
      'number',
      1,
      100_000,
      'The applicant count must be 1 or more',
      'The applicant count must be at most 100000',
    ),
  }),
  keywords: z.object({
    mode: ListMode,
    terms: z.array(KeywordTerm).check(z.maxLength(MAX_KEYWORDS, { error: `At most ${MAX_KEYWORDS} title keywords` })),
  }),
  /** Collapse cards of the same company and title into the freshest one, with "+N similar". */
  duplicates: z.boolean(),
});
export type ListRules = z.infer<typeof ListRules>;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  bands: BandThresholds,
  /** The ghost warning shows below this score (and whenever a severe ghost signal fires). */
  ghostThreshold: score('The ghost warning threshold'),
  /** A posting older than this many days is stale. */
  staleDays: wholeNumber(
    'The stale point',
    'number of days',
    7,
    365,
    'The stale point must be at least 7 days',
    'The stale point must be at most 365 days',
  ),
  sites: z.object(Object.fromEntries(SOURCES.map((s) => [s, z.boolean()])) as Record<Source, z.ZodMiniBoolean>),
  /**
   * Ask the job site's own public API for the exact posted date of the posting being viewed, and the employer's ATS
   * whether a job board's posting is still listed. Off, no request leaves the browser (nor does the watch run).
   */
  atsDateLookup: z.boolean(),
  /** Ask the employer's ATS once a day whether each saved listing is still listed (needs atsDateLookup). */
  watchSaved: z.boolean(),
  /** History of postings not seen for this many days is pruned; saved listings never are. */
  retentionDays: wholeNumber(
    'History retention',
    'number of days',
    30,
    3650,
    'Keep history for at least 30 days',
    'Keep history for at most 3650 days (10 years)',
  ),
  /** On job lists: what to do with cards scoring below `lists.threshold` (null: the ghost threshold). */
  lists: z.object({
    mode: ListMode,
    threshold: z.nullable(score('The job list threshold')),
  }),
  /** Company keys (see companyKey) whose cards are hidden on job lists. */
  blockedCompanies: z
    .array(z.string().check(z.minLength(1)))
    .check(z.maxLength(MAX_BLOCKED_COMPANIES, { error: `At most ${MAX_BLOCKED_COMPANIES} blocked companies` })),
  /** How postings are summarized in the badge and the popup (SUMMARY_MODES). */
  summaries: z.enum(SUMMARY_MODES, { error: 'Summaries must be on-device, extractive or off' }),
  listRules: ListRules,
});
export type Settings = z.infer<typeof Settings>;

export type SettingsErrors = Record<string, string>;

/** Validates user-set settings; errors are keyed by field path ("bands.likely") with a sentence each. */
export function validateSettings(
  input: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const parsed = Settings.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || 'settings';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Each rule taken whole from storage when valid, else its default: one bad rule never resets the others. */
function listRulesFromStorage(stored: unknown): ListRules {
  const rules: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS.listRules);
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  for (const rule of Object.keys(rules) as (keyof ListRules)[]) {
    if (rule in record && ListRules.shape[rule].safeParse(record[rule]).success) rules[rule] = record[rule];
  }
  return rules as ListRules;
}

/**
 * Reads whatever storage holds into valid settings: missing or invalid fields fall back to their defaults
 * one by one, so one bad value never throws away the rest.
 */
export function settingsFromStorage(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return structuredClone(DEFAULT_SETTINGS);
  const merged: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS);
  const record = stored as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key === 'version' || !(key in record)) continue;
    const field = Settings.shape[key];
    const value =
      key === 'sites' || key === 'lists'
        ? { ...(DEFAULT_SETTINGS[key] as object), ...(record[key] as object) }
        : key === 'listRules'
          ? listRulesFromStorage(record[key])
          : record[key];
    if (field.safeParse(value).success) merged[key] = value;
  }
  const parsed = Settings.safeParse(merged);
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
}
