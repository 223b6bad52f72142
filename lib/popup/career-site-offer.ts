import { signal } from '@preact/signals';
import type { CurrentListingStore } from './current-listing';

/**
 * The popup's offer to turn on the career site the active tab shows ("Score job postings on careers.example.com"),
 * when that tab has no listing. Turning a site on is the browser's own permission prompt; once granted, the
 * background registers the site's content script and runs it in the tab (lib/career-sites/), and the popup waits
 * for the page's posting to be scored.
 */

export type CareerSiteOffer =
  /** Not a career site (not https, a job site read anyway, an address the popup cannot see). */
  | { state: 'none' }
  | { state: 'off'; host: string; refused?: boolean; error?: string }
  | { state: 'asking'; host: string }
  /** Turned on just now: waiting for the page to be read. */
  | { state: 'reading'; host: string }
  /** On, and this page has no posting to score. */
  | { state: 'on'; host: string };

export interface CareerSiteOfferDeps {
  /** The career site of the active tab, from its address (which the popup sees through activeTab). */
  activeCareerSite: () => Promise<string | undefined>;
  /** The career sites turned on. */
  turnedOnSites: () => Promise<string[]>;
  /** The browser's prompt for the site; true when the user allowed it. */
  requestSite: (host: string) => Promise<boolean>;
  /** How long to wait for a turned-on page to be scored, and how often to look. */
  readingWaitMs: number;
  readingPollMs: number;
}

export function createCareerSiteOffer(deps: CareerSiteOfferDeps, current: CurrentListingStore) {
  const offer = signal<CareerSiteOffer>({ state: 'none' });

  async function load(): Promise<void> {
    const host = await deps.activeCareerSite().catch(() => undefined);
    if (!host) {
      offer.value = { state: 'none' };
      return;
    }
    const on: string[] = await deps.turnedOnSites().catch(() => []);
    offer.value = on.includes(host) ? { state: 'on', host } : { state: 'off', host };
  }

  /** Waits for the page's posting: the content script reports it once the background has run it in the tab. */
  async function waitForListing(host: string): Promise<void> {
    const deadline = Date.now() + deps.readingWaitMs;
    for (;;) {
      await current.load();
      if (current.state.value.kind === 'listing') return;
      if (Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, deps.readingPollMs));
    }
    offer.value = { state: 'on', host };
  }

  /** Called straight from the click, so the permission request is the click's own (Firefox insists). */
  function turnOn(): void {
    const current = offer.value;
    if (current.state !== 'off') return;
    const { host } = current;
    const asked = deps.requestSite(host);
    offer.value = { state: 'asking', host };
    asked.then(
      (granted) => {
        if (!granted) {
          offer.value = { state: 'off', host, refused: true };
          return;
        }
        offer.value = { state: 'reading', host };
        void waitForListing(host);
      },
      (error: unknown) => {
        offer.value = { state: 'off', host, error: error instanceof Error ? error.message : String(error) };
      },
    );
  }

  return { offer, load, turnOn };
}

export type CareerSiteOfferStore = ReturnType<typeof createCareerSiteOffer>;
