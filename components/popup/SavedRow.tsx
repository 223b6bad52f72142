import { rowAge } from '@/lib/popup/row-age';
import type { SavedSort, StoredPosting } from '@/lib/store/types';
import { SavedScorePill } from './SavedScorePill';

interface SavedRowProps {
  row: StoredPosting;
  active: boolean;
  sort: SavedSort;
  now: Date;
  onFocus: () => void;
  onOpen: () => void;
}

/**
 * One saved listing as a link to the posting. Only the active row is in the tab order (roving focus): Tab leaves the
 * list in one step and the arrow keys move within it.
 */
export function SavedRow({ row, active, sort, now, onFocus, onOpen }: SavedRowProps) {
  const meta = [row.company, rowAge(row, sort, now)].filter(Boolean).join(' · ');
  return (
    <li>
      <a
        class="saved-row"
        href={row.url}
        target="_blank"
        rel="noopener noreferrer"
        tabIndex={active ? 0 : -1}
        data-active={active ? 'true' : 'false'}
        data-testid="saved-row"
        data-key={row.key}
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
          <span class="saved-row__meta muted">{meta}</span>
        </span>
        <SavedScorePill score={row.lastScore} />
      </a>
    </li>
  );
}
