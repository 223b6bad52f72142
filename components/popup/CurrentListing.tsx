import type { PopupStore } from '@/lib/popup/popup-store';
import { ListingDetails } from './ListingDetails';
import { NoListing } from './NoListing';

export function CurrentListing({ store }: { store: PopupStore }) {
  const state = store.current.state.value;
  if (state.kind === 'loading') {
    return (
      <p class="muted" data-testid="popup-loading">
        Reading this tab…
      </p>
    );
  }
  if (state.kind === 'none') return <NoListing problem={state.problem} careerSite={store.careerSite} />;
  return <ListingDetails store={store} result={state.result} />;
}
