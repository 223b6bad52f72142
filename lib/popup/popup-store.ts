import { type CurrentListingDeps, createCurrentListing } from './current-listing';
import { createSavedSearch, type SavedSearchDeps } from './saved-search';

export interface PopupDeps extends CurrentListingDeps, SavedSearchDeps {
  /** Opens a page in a new tab. */
  openUrl: (url: string) => void;
  openOptions: () => void;
  now: () => Date;
}

/** Everything the popup shows and does; a fresh one per popup (and per test). */
export function createPopupStore(deps: PopupDeps) {
  const current = createCurrentListing(deps);
  const saved = createSavedSearch(deps);

  return {
    current,
    saved,
    now: deps.now,
    openUrl: deps.openUrl,
    openOptions: deps.openOptions,
    async load(): Promise<void> {
      await Promise.all([current.load(), saved.refresh()]);
    },
    /** Saving the current listing changes what the saved lookup finds. */
    async toggleSaved(): Promise<void> {
      if (await current.toggleSaved()) await saved.refresh();
    },
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
