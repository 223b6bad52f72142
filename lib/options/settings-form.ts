import type { Source } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { type ListMode, SETTINGS_VERSION, type SummaryMode } from '@/lib/settings-defaults';

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
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** The settings as the form holds them: numbers as typed, so a half-typed or empty field can be shown and explained. */
export interface SettingsForm {
  numbers: Record<NumberField, string>;
  sites: Record<Source, boolean>;
  atsDateLookup: boolean;
  listsMode: ListMode;
  blockedCompanies: string[];
  summaries: SummaryMode;
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
    },
    sites: { ...settings.sites },
    atsDateLookup: settings.atsDateLookup,
    listsMode: settings.lists.mode,
    blockedCompanies: [...settings.blockedCompanies],
    summaries: settings.summaries,
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
    lists: {
      mode: form.listsMode,
      threshold: form.numbers['lists.threshold'].trim() === '' ? null : number('lists.threshold'),
    },
    blockedCompanies: [...form.blockedCompanies],
    summaries: form.summaries,
  };
}
