import { signal } from '@preact/signals';
import type { BackgroundAnswer, BackgroundMessageInput } from '@/lib/messages';
import type { Settings, SettingsErrors } from '@/lib/settings';
import { parseExport } from '@/lib/store/transfer';
import type { HiddenJob, Store, StoreCounts } from '@/lib/store/types';
import type { Download } from './download';
import { datedFileName } from './file-names';
import { listSettingsOf, withImportedListSettings } from './list-settings-transfer';

export type DataStoreAccess = Pick<
  Store,
  'counts' | 'problems' | 'exportJson' | 'exportSavedCsv' | 'importChecked' | 'clearAll' | 'listHidden'
>;

export interface DataDeps {
  /** The extension's IndexedDB store, opened once on first use. */
  store: () => Promise<DataStoreAccess>;
  /** The settings, whose job-list part travels with the data (lib/options/list-settings-transfer.ts). */
  settings: {
    load: () => Promise<Settings>;
    save: (input: unknown) => Promise<{ ok: true; settings: Settings } | { ok: false; errors: SettingsErrors }>;
  };
  /** Asks the background to show a hidden job again, so the job lists open in tabs follow. */
  send: (message: BackgroundMessageInput<'job:set-hidden'>) => Promise<BackgroundAnswer<'job:set-hidden'>>;
  now: () => Date;
  download: Download;
}

export interface DataMessage {
  tone: 'info' | 'error';
  text: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The options page's "Your data" section: what is stored, export, import and clear; and the jobs hidden from job
 * lists, each of which can be shown again.
 */
export function createDataStore(deps: DataDeps) {
  const counts = signal<StoreCounts | undefined>(undefined);
  const problems = signal<string[]>([]);
  const message = signal<DataMessage | undefined>(undefined);
  const busy = signal(false);
  const hiddenJobs = signal<HiddenJob[] | undefined>(undefined);

  async function refresh(): Promise<void> {
    const store = await deps.store();
    counts.value = await store.counts();
    hiddenJobs.value = await store.listHidden();
    problems.value = store.problems();
  }

  /**
   * A checked file's list settings go in first, and back as they were if the data cannot be written: all of the
   * file or none of it.
   */
  async function importText(store: DataStoreAccess, text: string): Promise<DataMessage> {
    const refused = (error: string): DataMessage => ({ tone: 'error', text: `Nothing was imported. ${error}` });
    const file = parseExport(text);
    if (!file.ok) return refused(file.error);
    let before: Settings | undefined;
    if (file.listSettings !== undefined) {
      const current = await deps.settings.load();
      const merged = withImportedListSettings(current, file.listSettings);
      if (!merged.ok) return refused(merged.error);
      const saved = await deps.settings.save(merged.settings);
      if (!saved.ok) return refused(`The job-list settings could not be saved: ${Object.values(saved.errors)[0]}`);
      before = current;
    }
    const result = await store.importChecked(file);
    if (!result.ok) {
      if (before) await deps.settings.save(before);
      return refused(result.error);
    }
    const postings = plural(result.postings, 'posting', 'postings');
    const companies = plural(result.companies, 'company', 'companies');
    const hidden = plural(result.hiddenJobs, 'hidden job', 'hidden jobs');
    const settings = before ? ' and the job-list settings' : '';
    return { tone: 'info', text: `Imported: merged ${postings}, ${companies}, ${hidden}${settings}.` };
  }

  /** Runs one action at a time, shows what it says, and refreshes the counts. */
  async function run(action: (store: DataStoreAccess) => Promise<DataMessage>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      const said = await action(await deps.store());
      await refresh();
      message.value = said;
    } catch (thrown) {
      message.value = { tone: 'error', text: thrown instanceof Error ? thrown.message : String(thrown) };
    } finally {
      busy.value = false;
    }
  }

  return {
    counts,
    problems,
    message,
    busy,
    hiddenJobs,
    refresh,
    exportJson: () =>
      run(async (store) => {
        const now = deps.now();
        const listSettings = listSettingsOf(await deps.settings.load());
        deps.download(
          datedFileName('still-hiring-export', now, 'json'),
          await store.exportJson(now, listSettings),
          'application/json',
        );
        return { tone: 'info', text: 'Exported everything as a JSON file.' };
      }),
    exportCsv: () =>
      run(async (store) => {
        const csv = await store.exportSavedCsv();
        deps.download(datedFileName('still-hiring-saved', deps.now(), 'csv'), csv, 'text/csv');
        return { tone: 'info', text: 'Exported the saved listings as a CSV file.' };
      }),
    /** Imports a file made by exportJson; a bad file changes nothing. */
    importText: (text: string) => run((store) => importText(store, text)),
    clearAll: () =>
      run(async (store) => {
        await store.clearAll();
        return {
          tone: 'info',
          text: 'All postings, saved listings, hidden jobs and company history were deleted.',
        };
      }),
    /** Shows a hidden job on job lists again. */
    unhide: (job: HiddenJob) =>
      run(async () => {
        const answer = await deps.send({ type: 'job:set-hidden', source: job.source, id: job.id, hidden: false });
        if (!answer.ok) return { tone: 'error', text: `Could not show "${job.title}" again: ${answer.error}` };
        return { tone: 'info', text: `"${job.title}" shows on job lists again.` };
      }),
  };
}

export type DataStore = ReturnType<typeof createDataStore>;
