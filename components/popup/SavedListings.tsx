import { useRef } from 'preact/hooks';
import type { PopupStore } from '@/lib/popup/popup-store';
import { SavedFilters } from './SavedFilters';
import { SavedRow } from './SavedRow';

/** How far each key moves the active row; Home and End go to the ends. */
const MOVES: Record<string, number> = {
  ArrowDown: 1,
  ArrowUp: -1,
  Home: Number.NEGATIVE_INFINITY,
  End: Number.POSITIVE_INFINITY,
};

function EmptyState({ filtered }: { filtered: boolean }) {
  return (
    <p class="saved-empty muted" data-testid="saved-empty">
      {filtered
        ? 'No saved listing matches this search.'
        : 'No saved listings yet. Open a posting on Lever, Workday or LinkedIn and press Save on the badge.'}
    </p>
  );
}

/** The saved-listing lookup: filters, then the rows, which the arrow keys walk and Enter opens. */
export function SavedListings({ store }: { store: PopupStore }) {
  const search = store.saved;
  const list = useRef<HTMLUListElement>(null);
  const rows = search.rows.value;
  const now = store.now();

  const focusRow = (index: number) => list.current?.querySelectorAll<HTMLElement>('.saved-row')[index]?.focus();

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusRow(search.move(move));
    } else if (event.key === 'Enter' && search.activeRow.value) {
      // Opening here, not through the link's click, so Enter works the same in every browser.
      event.preventDefault();
      store.openUrl(search.activeRow.value.url);
    }
  };

  return (
    <section class="saved" aria-labelledby="saved-title" data-testid="popup-saved">
      <h2 id="saved-title" class="saved__title">
        Saved listings
      </h2>
      <SavedFilters search={search} onArrowDown={() => focusRow(search.active.value)} />
      {search.error.value && (
        <p class="notice notice--error" role="alert">
          {search.error.value}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {search.loaded.value ? `${rows.length} saved ${rows.length === 1 ? 'listing' : 'listings'} shown` : ''}
      </p>
      {rows.length > 0 ? (
        <ul class="saved-list" aria-label="Saved listings" ref={list} onKeyDown={onKeyDown} data-testid="saved-list">
          {rows.map((row, index) => (
            <SavedRow
              key={row.key}
              row={row}
              active={index === search.active.value}
              sort={search.sort.value}
              now={now}
              onFocus={() => search.activate(index)}
              onOpen={() => store.openUrl(row.url)}
            />
          ))}
        </ul>
      ) : (
        search.loaded.value && <EmptyState filtered={search.filtered.value} />
      )}
    </section>
  );
}
