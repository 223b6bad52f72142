import type { Source } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import {
  LABEL_RULES,
  type LabelRule,
  type ListMode,
  SETTINGS_VERSION,
  type SummaryMode,
} from '@/lib/settings-defaults';

/** The number fields, named by their settings path: the same key validateSettings gives their messages. */
export const NUMBER_FIELDS = [
  'bands.active',
  'bands.likely',
  'bands.uncertain',
  'bands.stale',
  'ghostThreshold',
  'staleDays',
  'retentionDays',
  'lists.threshold',
  'listRules.olderThan.days',
  'listRules.applicants.count',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** The settings as the form holds them: numbers as typed, so a half-typed or empty field can be shown and explained. */
export interface SettingsForm {
  numbers: Record<NumberField, string>;
  sites: Record<Source, boolean>;
  atsDateLookup: boolean;
  watchSaved: boolean;
  listsMode: ListMode;
  blockedCompanies: string[];
  summaries: SummaryMode;
  /** Each card rule's mode; the days and applicants figures are number fields. */
  ruleModes: Record<RuleWithMode, ListMode>;
  /** The title keywords as typed, one a line. */
  keywords: string;
  duplicates: boolean;
}

/** The card rules with a show / dim / hide choice of their own. */
export const RULES_WITH_MODE = [...LABEL_RULES, 'olderThan', 'applicants', 'keywords'] as const;
export type RuleWithMode = (typeof RULES_WITH_MODE)[number];

const isLabelRule = (rule: RuleWithMode): rule is LabelRule => (LABEL_RULES as readonly string[]).includes(rule);

/** The keywords as the settings hold them: one a line, blank lines left out, spaces around each trimmed. */
export function keywordTerms(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function formFromSettings(settings: Settings): SettingsForm {
  return {
    numbers: {
      'bands.active': String(settings.bands.active),
      'bands.likely': String(settings.bands.likely),
      'bands.uncertain': String(settings.bands.uncertain),
      'bands.stale': String(settings.bands.stale),
      ghostThreshold: String(settings.ghostThreshold),
      staleDays: String(settings.staleDays),
      retentionDays: String(settings.retentionDays),
      'lists.threshold': settings.lists.threshold === null ? '' : String(settings.lists.threshold),
      'listRules.olderThan.days': String(settings.listRules.olderThan.days),
      'listRules.applicants.count': String(settings.listRules.applicants.count),
    },
    sites: { ...settings.sites },
    atsDateLookup: settings.atsDateLookup,
    watchSaved: settings.watchSaved,
    listsMode: settings.lists.mode,
    blockedCompanies: [...settings.blockedCompanies],
    summaries: settings.summaries,
    ruleModes: Object.fromEntries(
      RULES_WITH_MODE.map((rule) => {
        const value = settings.listRules[rule];
        return [rule, typeof value === 'string' ? value : value.mode];
      }),
    ) as Record<RuleWithMode, ListMode>,
    keywords: settings.listRules.keywords.terms.join('\n'),
    duplicates: settings.listRules.duplicates,
  };
}

/** An empty field is not a number (Number('') would be 0), so the schema says it must be one. */
export function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** The form as settings for validateSettings to check; an empty job-list threshold means "use the ghost threshold". */
export function settingsInput(form: SettingsForm): unknown {
  const number = (field: NumberField) => parseNumber(form.numbers[field]);
  return {
    version: SETTINGS_VERSION,
    bands: {
      active: number('bands.active'),
      likely: number('bands.likely'),
      uncertain: number('bands.uncertain'),
      stale: number('bands.stale'),
    },
    ghostThreshold: number('ghostThreshold'),
    staleDays: number('staleDays'),
    retentionDays: number('retentionDays'),
    sites: { ...form.sites },
    atsDateLookup: form.atsDateLookup,
    watchSaved: form.watchSaved,
    lists: {
      mode: form.listsMode,
      threshold: form.numbers['lists.threshold'].trim() === '' ? null : number('lists.threshold'),
    },
    blockedCompanies: [...form.blockedCompanies],
    summaries: form.summaries,
    listRules: {
      ...Object.fromEntries(RULES_WITH_MODE.filter(isLabelRule).map((rule) => [rule, form.ruleModes[rule]])),
      olderThan: { mode: form.ruleModes.olderThan, days: number('listRules.olderThan.days') },
      applicants: { mode: form.ruleModes.applicants, count: number('listRules.applicants.count') },
      keywords: { mode: form.ruleModes.keywords, terms: keywordTerms(form.keywords) },
      duplicates: form.duplicates,
    },
  };
}
