import type { ClosedMark } from '@/lib/popup/closed-listings';
import { closedLine } from '@/lib/popup/employer-lines';
import { rowAge } from '@/lib/popup/row-age';
import type { SavedSort, StoredPosting } from '@/lib/store/types';
import { SavedScorePill } from './SavedScorePill';

interface SavedRowProps {
  row: StoredPosting;
  active: boolean;
  sort: SavedSort;
  now: Date;
  /** Set when the employer no longer lists it: the row says since when instead of its age. */
  closed?: ClosedMark;
  onFocus: () => void;
  onOpen: () => void;
}

/**
 * One saved listing as a link to the posting. Only the active row is in the tab order (roving focus): Tab leaves the
 * list in one step and the arrow keys move within it.
 */
export function SavedRow({ row, active, sort, now, closed, onFocus, onOpen }: SavedRowProps) {
  const meta = [row.company, closed ? closedLine(closed, now) : rowAge(row, sort, now)].filter(Boolean).join(' · ');
  return (
    <li>
      <a
        class={closed ? 'saved-row saved-row--closed' : 'saved-row'}
        href={row.url}
        target="_blank"
        rel="noopener noreferrer"
        tabIndex={active ? 0 : -1}
        data-active={active ? 'true' : 'false'}
        data-testid="saved-row"
        data-key={row.key}
        data-closed={closed ? (closed.fresh ? 'new' : 'seen') : undefined}
        onFocus={onFocus}
        onClick={(event) => {
          // With a modifier the browser's own handling (a background tab, a window) is what the user asked for.
          if (event.ctrlKey || event.metaKey || event.shiftKey) return;
          event.preventDefault();
          onOpen();
        }}
      >
        <span class="saved-row__text">
          <span class="saved-row__title" data-testid="saved-row-title">
            {row.title}
          </span>
          <span class="saved-row__meta muted" data-testid="saved-row-meta">
            {closed?.fresh && <span class="saved-row__new">New · </span>}
            {meta}
          </span>
        </span>
        <SavedScorePill score={row.lastScore} />
      </a>
    </li>
  );
}
