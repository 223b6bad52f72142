import { type CareerSiteOfferDeps, createCareerSiteOffer } from './career-site-offer';
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
  const saved = createSavedSearch(deps);
  const summaryModel = createSummaryModel(deps, current.replace);
  const careerSite = createCareerSiteOffer(deps, current);

  return {
    current,
    saved,
    summaryModel,
    careerSite,
    now: deps.now,
    openUrl: deps.openUrl,
    openOptions: deps.openOptions,
    async load(): Promise<void> {
      await Promise.all([
        current.load().then(() => {
          const shown = current.state.value;
          if (shown.kind === 'listing') return summaryModel.check(shown.tabId, shown.result);
        }),
        saved.refresh(),
        careerSite.load(),
      ]);
    },
    /** Saving the current listing changes what the saved lookup finds. */
    async toggleSaved(): Promise<void> {
      if (await current.toggleSaved()) await saved.refresh();
    },
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
