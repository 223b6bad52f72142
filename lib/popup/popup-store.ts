import { signal } from '@preact/signals';
import type { WatchRecord } from '@/lib/watch/record';
import { type CareerSiteOfferDeps, createCareerSiteOffer } from './career-site-offer';
import { createClosedListings } from './closed-listings';
import { type CurrentListingDeps, createCurrentListing } from './current-listing';
import { createSavedSearch, type SavedSearchDeps } from './saved-search';
import { createSummaryModel, type SummaryModelDeps } from './summary-model';

export interface PopupDeps extends CurrentListingDeps, SavedSearchDeps, SummaryModelDeps, CareerSiteOfferDeps {
  /** Opens a page in a new tab. */
  openUrl: (url: string) => void;
  openOptions: () => void;
  now: () => Date;
}

/** Everything the popup shows and does; a fresh one per popup (and per test). */
export function createPopupStore(deps: PopupDeps) {
  const current = createCurrentListing(deps);
  const closed = createClosedListings(deps);
  const saved = createSavedSearch(deps, closed.marks);
  /** The current listing's checks on its employer's site, as the watch recorded them. */
  const watch = signal<WatchRecord | undefined>(undefined);

  const loadWatch = async () => {
    const state = current.state.value;
    if (state.kind !== 'listing') return;
    const { source, id } = state.result.posting;
    watch.value = await deps
      .store()
      .then((store) => store.getWatch(source, id))
      .catch(() => undefined);
  };
  const summaryModel = createSummaryModel(deps, current.replace);
  const careerSite = createCareerSiteOffer(deps, current);

  return {
    current,
    closed,
    saved,
    summaryModel,
    careerSite,
    watch,
    now: deps.now,
    openUrl: deps.openUrl,
    openOptions: deps.openOptions,
    async load(): Promise<void> {
      await Promise.all([
        current.load().then(async () => {
          const shown = current.state.value;
          await Promise.all([loadWatch(), shown.kind === 'listing' && summaryModel.check(shown.tabId, shown.result)]);
        }),
        saved.refresh(),
        careerSite.load(),
        closed.load(),
      ]);
    },
    /** Saving the current listing changes what the saved lookup finds. */
    async toggleSaved(): Promise<void> {
      if (await current.toggleSaved()) await saved.refresh();
    },
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
