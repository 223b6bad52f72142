import { computed, signal } from '@preact/signals';
import { debounce } from '@/lib/debounce';
import type { Source } from '@/lib/posting';
import { companyKey } from '@/lib/posting-keys';
import { type Settings, type SettingsErrors, validateSettings } from '@/lib/settings';
import { DEFAULT_SETTINGS, type ListMode, type SummaryMode } from '@/lib/settings-defaults';
import { bandPreview } from './band-preview';
import type { Download } from './download';
import {
  formFromSettings,
  type NumberField,
  type RuleWithMode,
  type SettingsForm,
  settingsInput,
} from './settings-form';

export interface SettingsDeps {
  load: () => Promise<Settings>;
  /** Writes only valid settings (lib/settings-storage.ts saveSettings). */
  save: (input: unknown) => Promise<{ ok: true; settings: Settings } | { ok: false; errors: SettingsErrors }>;
  /** Calls back when the settings change elsewhere (the popup blocking a company, another window). */
  watch: (listener: (settings: Settings) => void) => () => void;
  download: Download;
  /** How long after the last valid change the settings are saved. */
  saveDelayMs: number;
}

/** loading → (invalid | pending → saved | failed). */
export type SaveStatus = 'loading' | 'invalid' | 'pending' | 'saved' | 'failed';

const sameSettings = (a: Settings, b: Settings | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The options form. Every change is validated at once, with the schema's message per field; valid settings are
 * saved after a short pause, invalid ones never are.
 */
export function createSettingsStore(deps: SettingsDeps) {
  const form = signal<SettingsForm | undefined>(undefined);
  /** What storage holds, as far as this page knows. */
  const stored = signal<Settings>(DEFAULT_SETTINGS);
  const saveState = signal<'pending' | 'saved' | 'failed'>('saved');
  const saveError = signal<string | undefined>(undefined);

  const validation = computed(() => (form.value ? validateSettings(settingsInput(form.value)) : undefined));
  const errors = computed<SettingsErrors>(() => (validation.value?.ok === false ? validation.value.errors : {}));
  const status = computed<SaveStatus>(() => {
    if (!form.value) return 'loading';
    return validation.value?.ok === false ? 'invalid' : saveState.value;
  });
  const preview = computed(() => (form.value ? bandPreview(form.value, stored.value) : undefined));

  // Counts edits, so a save that finishes after a newer edit does not claim everything is saved.
  let edits = 0;

  async function saveNow(): Promise<void> {
    const valid = validation.value;
    if (!valid?.ok) return;
    const edit = edits;
    try {
      const result = await deps.save(valid.settings);
      if (!result.ok) throw new Error(Object.values(result.errors)[0] ?? 'the settings were refused');
      stored.value = result.settings;
      saveError.value = undefined;
      if (edit === edits) saveState.value = 'saved';
    } catch (thrown) {
      saveError.value = thrown instanceof Error ? thrown.message : String(thrown);
      saveState.value = 'failed';
    }
  }

  const saveSoon = debounce(() => void saveNow(), deps.saveDelayMs);

  function edit(change: (current: SettingsForm) => SettingsForm): void {
    if (!form.value) return;
    form.value = change(form.value);
    edits++;
    if (validation.value?.ok) {
      saveState.value = 'pending';
      saveSoon();
    } else {
      saveSoon.cancel();
    }
  }

  /** Takes in changes made elsewhere, unless the form holds edits of its own, which would then be lost. */
  function onStoredChange(settings: Settings): void {
    if (sameSettings(settings, stored.value)) return;
    stored.value = settings;
    if (status.value === 'saved') form.value = formFromSettings(settings);
  }

  /** Loads the settings and follows changes to them; returns the function that stops following. */
  async function start(): Promise<() => void> {
    const settings = await deps.load();
    stored.value = settings;
    form.value = formFromSettings(settings);
    return deps.watch(onStoredChange);
  }

  /** Blocks a company by name; returns why not when it cannot. */
  function addBlocked(name: string): string | undefined {
    const key = companyKey(name.trim());
    if (key === '') return 'Type a company name to hide.';
    if (form.value?.blockedCompanies.includes(key)) return `"${key}" is already on the list.`;
    edit((f) => ({ ...f, blockedCompanies: [...f.blockedCompanies, key] }));
    return undefined;
  }

  return {
    form,
    stored,
    errors,
    status,
    saveError,
    preview,
    start,
    setNumber: (field: NumberField, text: string) => edit((f) => ({ ...f, numbers: { ...f.numbers, [field]: text } })),
    setSite: (source: Source, on: boolean) => edit((f) => ({ ...f, sites: { ...f.sites, [source]: on } })),
    setAtsDateLookup: (on: boolean) => edit((f) => ({ ...f, atsDateLookup: on })),
    setWatchSaved: (on: boolean) => edit((f) => ({ ...f, watchSaved: on })),
    setListsMode: (mode: ListMode) => edit((f) => ({ ...f, listsMode: mode })),
    setSummaries: (mode: SummaryMode) => edit((f) => ({ ...f, summaries: mode })),
    setRuleMode: (rule: RuleWithMode, mode: ListMode) =>
      edit((f) => ({ ...f, ruleModes: { ...f.ruleModes, [rule]: mode } })),
    setKeywords: (text: string) => edit((f) => ({ ...f, keywords: text })),
    setDuplicates: (on: boolean) => edit((f) => ({ ...f, duplicates: on })),
    addBlocked,
    removeBlocked: (key: string) =>
      edit((f) => ({ ...f, blockedCompanies: f.blockedCompanies.filter((blocked) => blocked !== key) })),
    exportBlocked(): void {
      const list = form.value?.blockedCompanies ?? [];
      deps.download('still-hiring-blocked-companies.txt', `${list.join('\n')}\n`, 'text/plain');
    },
    /** Saves a valid edit that is still waiting for its pause, as the page is closed or hidden. */
    flush: () => saveSoon.flush(),
    async resetToDefaults(): Promise<void> {
      edit(() => formFromSettings(DEFAULT_SETTINGS));
      saveSoon.cancel();
      await saveNow();
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
