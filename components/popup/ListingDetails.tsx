import { BAND_COLORS, schemeStyle } from '@/components/band-colors';
import { Breakdown } from '@/components/score/Breakdown';
import { ConfidenceLine } from '@/components/score/ConfidenceLine';
import { EmployerStatement } from '@/components/score/EmployerStatement';
import { JobInfo } from '@/components/score/JobInfo';
import { SeenLine } from '@/components/score/SeenLine';
import type { TabResult } from '@/lib/messages';
import { companyLine } from '@/lib/popup/company-line';
import type { PopupStore } from '@/lib/popup/popup-store';
import { ApiLookupNote } from './ApiLookupNote';
import { EmployerSite } from './EmployerSite';
import { GhostWarning } from './GhostWarning';
import { ListingActions } from './ListingActions';
import { ListingSummary } from './ListingSummary';
import { ScoreGauge } from './ScoreGauge';
import { SightingsTimeline } from './SightingsTimeline';

/** Everything about the listing in the active tab: score, warning, actions, history and why. */
export function ListingDetails({ store, result }: { store: PopupStore; result: TabResult }) {
  const { posting, score, history } = result;
  const now = store.now();
  return (
    <section class="listing" aria-labelledby="listing-title" data-testid="popup-current" data-source={posting.source}>
      <div class="listing__head">
        <ScoreGauge score={score} />
        <div class="listing__heading">
          <h1 id="listing-title" data-testid="popup-current-title">
            {posting.title}
          </h1>
          {posting.company && <p class="muted">{posting.company}</p>}
          <p class="band-chip" style={schemeStyle(BAND_COLORS[score.band.id], 'sh-band')} data-testid="popup-band">
            {score.band.label}
          </p>
          <ConfidenceLine confidence={score.confidence} />
        </div>
      </div>
      <EmployerStatement factors={score.factors} />
      {score.ghostWarning && <GhostWarning score={score} />}
      <ListingActions store={store} result={result} />
      {result.problem && (
        <p class="notice notice--error" data-testid="popup-problem">
          {result.problem}
        </p>
      )}
      <ListingSummary store={store} result={result} />
      <ApiLookupNote result={result} />
      <h2 class="sh-section-title">Seen</h2>
      <SeenLine history={history} now={now} />
      <SightingsTimeline history={history} />
      <p class="company-line" data-testid="popup-company-history">
        {companyLine(result)}
      </p>
      <EmployerSite check={result.employer} watch={store.watch.value} now={now} />
      <details class="listing__more" open>
        <summary>Why this score</summary>
        <Breakdown factors={score.factors} notes={score.notes} />
      </details>
      <details class="listing__more">
        <summary>Job information</summary>
        <JobInfo posting={posting} now={now} />
      </details>
    </section>
  );
}
