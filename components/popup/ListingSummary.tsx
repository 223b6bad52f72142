import { SummaryLines } from '@/components/score/SummaryLines';
import type { TabResult } from '@/lib/messages';
import type { PopupStore } from '@/lib/popup/popup-store';
import type { ModelState } from '@/lib/popup/summary-model';

/** The offer of Chrome's on-device model, its download's progress, or what went wrong. */
function ModelStatus({ state, onDownload }: { state: ModelState; onDownload: () => void }) {
  switch (state.kind) {
    case 'none':
      return null;
    case 'offer':
      return (
        <div class="summary-model" data-testid="popup-model-offer">
          <p class="muted">
            {state.started
              ? 'Chrome is downloading its on-device model, which can summarize postings on this device.'
              : "Chrome's on-device model can summarize postings on this device, after a one-time download of several gigabytes."}
          </p>
          <button type="button" class="button" onClick={onDownload} data-testid="popup-model-download">
            {state.started ? 'Show the download' : "Download Chrome's model"}
          </button>
        </div>
      );
    case 'downloading':
      return (
        <p class="summary-model" data-testid="popup-model-progress">
          <progress max={1} value={state.fraction} aria-label="Downloading Chrome's on-device model" />{' '}
          {Math.round(state.fraction * 100)}%
        </p>
      );
    case 'summarizing':
      return (
        <p class="muted" role="status" data-testid="popup-model-summarizing">
          Summarizing with Chrome's on-device model…
        </p>
      );
    case 'failed':
      return (
        <p class="notice notice--error" data-testid="popup-model-error">
          {state.error}
        </p>
      );
  }
}

/** The listing's summary, how it was made, and the way to Chrome's on-device model where it can be had. */
export function ListingSummary({ store, result }: { store: PopupStore; result: TabResult }) {
  const model = store.summaryModel.state.value;
  if (!result.summary && model.kind === 'none') return null;
  return (
    <section class="listing__summary" aria-labelledby="summary-title" data-testid="popup-summary">
      <h2 id="summary-title" class="sh-section-title">
        Summary
      </h2>
      {result.summary && <SummaryLines summary={result.summary} />}
      <ModelStatus state={model} onDownload={() => void store.summaryModel.download()} />
    </section>
  );
}
