import { useRef } from 'preact/hooks';
import type { ClosedMark } from '@/lib/popup/closed-listings';
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

/** How many saved listings closed, shown above the list, where they come first. */
function ClosedNote({ marks }: { marks: ClosedMark[] }) {
  if (marks.length === 0) return null;
  const fresh = marks.filter((mark) => mark.fresh).length;
  const listings = marks.length === 1 ? 'saved listing is' : 'saved listings are';
  return (
    <p class="saved-closed" data-testid="saved-closed-note">
      {marks.length} {listings} no longer on the employer's site
      {fresh > 0 ? ` (${fresh} new since you last looked)` : ''}; listed first.
    </p>
  );
}

/** The saved-listing lookup: filters, then the rows, which the arrow keys walk and Enter opens. */
export function SavedListings({ store }: { store: PopupStore }) {
  const search = store.saved;
  const list = useRef<HTMLUListElement>(null);
  const rows = search.rows.value;
  const marks = store.closed.marks.value;
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
      <ClosedNote marks={[...marks.values()]} />
      {store.closed.error.value && (
        <p class="notice notice--error" role="alert">
          {store.closed.error.value}
        </p>
      )}
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
              closed={marks.get(row.key)}
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
