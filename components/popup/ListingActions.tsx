import { SearchRoleLink } from '@/components/score/SearchRoleLink';
import type { TabResult } from '@/lib/messages';
import type { PopupStore } from '@/lib/popup/popup-store';
import { LIST_SOURCES } from '@/lib/posting-keys';

/** Save or unsave, search for the role elsewhere, hide this job or the company's cards on LinkedIn job lists. */
export function ListingActions({ store, result }: { store: PopupStore; result: TabResult }) {
  const { busy, blocked, hidden, notice } = store.current;
  const { posting, saved } = result;
  const canBlock = posting.company !== undefined && !blocked.value;
  return (
    <>
      <div class="listing__actions">
        <button
          type="button"
          class={saved ? 'button' : 'button button--primary'}
          disabled={busy.value}
          onClick={() => void store.toggleSaved()}
          data-testid="popup-save"
          data-saved={saved ? 'true' : 'false'}
        >
          {saved ? 'Unsave' : 'Save'}
        </button>
        <SearchRoleLink posting={posting} class="button" />
        {LIST_SOURCES.includes(posting.source) && (
          <button
            type="button"
            class="button"
            disabled={busy.value}
            onClick={() => void store.current.toggleHidden()}
            data-testid="popup-hide-job"
            data-hidden={hidden.value ? 'true' : 'false'}
          >
            {hidden.value ? 'Show this job again' : 'Hide this job'}
          </button>
        )}
        {canBlock && (
          <button
            type="button"
            class="button"
            disabled={busy.value}
            onClick={() => void store.current.blockCompany()}
            data-testid="popup-block-company"
          >
            Hide this company on LinkedIn job lists
          </button>
        )}
      </div>
      <p
        class={notice.value?.tone === 'error' ? 'notice notice--error' : 'notice'}
        role="status"
        data-testid="popup-notice"
      >
        {notice.value?.text}
      </p>
    </>
  );
}
