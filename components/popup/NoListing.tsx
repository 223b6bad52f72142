import type { CareerSiteOfferStore } from '@/lib/popup/career-site-offer';
import { CareerSiteOffer } from './CareerSiteOffer';

/** What the popup says when the active tab shows no listing it can read. */
export function NoListing({ problem, careerSite }: { problem?: string; careerSite: CareerSiteOfferStore }) {
  return (
    <section class="no-listing" data-testid="popup-no-listing">
      <p>
        This tab has no job listing to score. Still Hiring reads job postings on <strong>Lever</strong>,{' '}
        <strong>Workday</strong>, <strong>LinkedIn</strong>, <strong>Greenhouse</strong>, <strong>Ashby</strong> and the
        career sites you turn on.
      </p>
      {problem && (
        <p class="notice notice--error" data-testid="popup-problem">
          {problem}
        </p>
      )}
      <CareerSiteOffer store={careerSite} />
    </section>
  );
}
