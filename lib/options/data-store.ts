import { signal } from '@preact/signals';
import type { Store, StoreCounts } from '@/lib/store/types';
import type { Download } from './download';
import { datedFileName } from './file-names';

export type DataStoreAccess = Pick<
  Store,
  'counts' | 'problems' | 'exportJson' | 'exportSavedCsv' | 'importJson' | 'clearAll'
>;

export interface DataDeps {
  /** The extension's IndexedDB store, opened once on first use. */
  store: () => Promise<DataStoreAccess>;
  now: () => Date;
  download: Download;
}

export interface DataMessage {
  tone: 'info' | 'error';
  text: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The options page's "Your data" section: what is stored, export, import and clear. */
export function createDataStore(deps: DataDeps) {
  const counts = signal<StoreCounts | undefined>(undefined);
  const problems = signal<string[]>([]);
  const message = signal<DataMessage | undefined>(undefined);
  const busy = signal(false);

  async function refresh(): Promise<void> {
    const store = await deps.store();
    counts.value = await store.counts();
    problems.value = store.problems();
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
    refresh,
    exportJson: () =>
      run(async (store) => {
        const now = deps.now();
        deps.download(
          datedFileName('still-hiring-export', now, 'json'),
          await store.exportJson(now),
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
    importText: (text: string) =>
      run(async (store) => {
        const result = await store.importJson(text);
        if (!result.ok) return { tone: 'error', text: `Nothing was imported. ${result.error}` };
        const postings = plural(result.postings, 'posting', 'postings');
        const companies = plural(result.companies, 'company', 'companies');
        return { tone: 'info', text: `Imported: merged ${postings} and ${companies}.` };
      }),
    clearAll: () =>
      run(async (store) => {
        await store.clearAll();
        return { tone: 'info', text: 'All postings, saved listings and company history were deleted.' };
      }),
  };
}

export type DataStore = ReturnType<typeof createDataStore>;
