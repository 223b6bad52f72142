import type { CareerSiteOfferStore } from '@/lib/popup/career-site-offer';

/** Under "no listing": the offer to score the career site the tab shows, and what became of it. */
export function CareerSiteOffer({ store }: { store: CareerSiteOfferStore }) {
  const offer = store.offer.value;
  if (offer.state === 'none') return null;
  const { host } = offer;
  if (offer.state === 'on') {
    return (
      <p class="career-site" data-testid="popup-career-site" data-state="on">
        Still Hiring scores job postings on <strong>{host}</strong>. This page has none it can read (no JobPosting
        data); turn the site off on the settings page.
      </p>
    );
  }
  if (offer.state === 'reading') {
    return (
      <p class="career-site" data-testid="popup-career-site" data-state="reading" role="status">
        Turned on for <strong>{host}</strong>. Reading this page…
      </p>
    );
  }
  return (
    <div class="career-site" data-testid="popup-career-site" data-state={offer.state}>
      <p>
        Is this a company's career site? Still Hiring can score the job postings it publishes as structured data
        (schema.org JobPosting). Your browser will ask you to allow reading <strong>{host}</strong>.
      </p>
      <button
        type="button"
        class="button button--primary"
        disabled={offer.state === 'asking'}
        onClick={store.turnOn}
        data-testid="popup-turn-on-site"
      >
        Score job postings on {host}
      </button>
      {offer.state === 'off' && offer.refused && (
        <p class="notice" role="status" data-testid="popup-career-site-refused">
          Not turned on: {host} was not allowed. Ask again whenever you like.
        </p>
      )}
      {offer.state === 'off' && offer.error && (
        <p class="notice notice--error" role="status" data-testid="popup-career-site-error">
          {host} could not be turned on: {offer.error}
        </p>
      )}
    </div>
  );
}
