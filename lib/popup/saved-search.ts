import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { debounce } from '@/lib/debounce';
import type { BandId } from '@/lib/settings-defaults';
import type { SavedSort, Store, StoredPosting } from '@/lib/store/types';

export interface SavedSearchDeps {
  /** The extension's IndexedDB store, opened once on first use. */
  store: () => Promise<Pick<Store, 'listSaved' | 'closedListings' | 'getWatch'>>;
  /** How long typing must pause before the list is searched again. */
  searchDelayMs: number;
}

/**
 * The popup's lookup over saved listings: text, band and sort, with one row active for the keyboard. Listings that
 * closed (`closed`, keyed like the listings) come first, latest closure first, whatever the sort.
 */
export function createSavedSearch(deps: SavedSearchDeps, closed?: ReadonlySignal<ReadonlyMap<string, { at: string }>>) {
  const text = signal('');
  const band = signal<BandId | undefined>(undefined);
  const sort = signal<SavedSort>('saved');
  const found = signal<StoredPosting[]>([]);
  const rows = computed(() => {
    const marks = closed?.value;
    if (!marks || marks.size === 0) return found.value;
    const at = (row: StoredPosting) => marks.get(row.key)?.at;
    const first = found.value.filter((row) => at(row) !== undefined);
    first.sort((a, b) => (at(b) ?? '').localeCompare(at(a) ?? ''));
    return [...first, ...found.value.filter((row) => at(row) === undefined)];
  });
  const loaded = signal(false);
  const error = signal<string | undefined>(undefined);
  const active = signal(0);
  const filtered = computed(() => text.value.trim() !== '' || band.value !== undefined);
  const activeRow = computed(() => rows.value[active.value]);

  // Answers can arrive out of order while typing; only the latest request may fill the list.
  let latest = 0;

  async function refresh(): Promise<void> {
    searchSoon.cancel();
    const request = ++latest;
    try {
      const store = await deps.store();
      const query = text.value.trim();
      const listed = await store.listSaved({ text: query || undefined, band: band.value, sort: sort.value });
      if (request !== latest) return;
      found.value = listed;
      active.value = 0;
      error.value = undefined;
    } catch (thrown) {
      if (request !== latest) return;
      error.value = `Could not read saved listings: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
    }
    loaded.value = true;
  }

  const searchSoon = debounce(() => void refresh(), deps.searchDelayMs);

  function setText(value: string): void {
    text.value = value;
    searchSoon();
  }

  function setBand(value: BandId | undefined): void {
    band.value = value;
    void refresh();
  }

  function setSort(value: SavedSort): void {
    sort.value = value;
    void refresh();
  }

  /** Moves the active row by `delta`, stopping at either end; returns the new index. */
  function move(delta: number): number {
    const last = rows.value.length - 1;
    active.value = Math.max(0, Math.min(last, active.value + delta));
    return active.value;
  }

  function activate(index: number): void {
    if (index >= 0 && index < rows.value.length) active.value = index;
  }

  return {
    text,
    band,
    sort,
    rows,
    loaded,
    error,
    active,
    filtered,
    activeRow,
    refresh,
    setText,
    setBand,
    setSort,
    move,
    activate,
  };
}

export type SavedSearchStore = ReturnType<typeof createSavedSearch>;
