import type { SavedSearchStore } from '@/lib/popup/saved-search';
import { BAND_IDS, BAND_NAMES, type BandId } from '@/lib/settings-defaults';
import type { SavedSort } from '@/lib/store/types';

const SORT_NAMES: Record<SavedSort, string> = {
  saved: 'Recently saved',
  score: 'Highest score',
  posted: 'Recently posted',
};

const isBand = (value: string): value is BandId => (BAND_IDS as readonly string[]).includes(value);
const isSort = (value: string): value is SavedSort => Object.hasOwn(SORT_NAMES, value);

interface SavedFiltersProps {
  search: SavedSearchStore;
  /** ArrowDown in the search box moves into the list. */
  onArrowDown: () => void;
}

/** The search box, the band filter and the sort of the saved-listing lookup. */
export function SavedFilters({ search, onArrowDown }: SavedFiltersProps) {
  return (
    <div class="saved-filters">
      <label class="visually-hidden" for="saved-search">
        Search saved listings
      </label>
      <input
        id="saved-search"
        class="saved-filters__search"
        type="search"
        placeholder="Search title or company"
        autocomplete="off"
        value={search.text.value}
        onInput={(event) => search.setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          onArrowDown();
        }}
        data-testid="saved-search"
      />
      <label class="visually-hidden" for="saved-band">
        Band
      </label>
      <select
        id="saved-band"
        value={search.band.value ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          search.setBand(isBand(value) ? value : undefined);
        }}
        data-testid="saved-band"
      >
        <option value="">All bands</option>
        {BAND_IDS.map((id) => (
          <option key={id} value={id}>
            {BAND_NAMES[id]}
          </option>
        ))}
      </select>
      <label class="visually-hidden" for="saved-sort">
        Sort by
      </label>
      <select
        id="saved-sort"
        value={search.sort.value}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isSort(value)) search.setSort(value);
        }}
        data-testid="saved-sort"
      >
        {(Object.keys(SORT_NAMES) as SavedSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {SORT_NAMES[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
