import type { DataStore } from '@/lib/options/data-store';
import { ConfirmButton } from './ConfirmButton';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What is stored, and export, import and clear. */
export function DataSection({ data }: { data: DataStore }) {
  const counts = data.counts.value;
  const message = data.message.value;
  const problems = data.problems.value;

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await data.importText(await file.text());
    // Lets the same file be picked again after fixing it.
    input.value = '';
  };

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p data-testid="options-counts">
        {counts
          ? `Stored on this device: ${plural(counts.postings, 'posting', 'postings')}, ${counts.saved} saved, ${plural(counts.companies, 'company', 'companies')}, ${plural(counts.hiddenJobs, 'hidden job', 'hidden jobs')}.`
          : 'Counting what is stored…'}
      </p>
      <div class="data-actions">
        <button type="button" class="button" disabled={data.busy.value} onClick={() => void data.exportJson()}>
          Export everything (JSON)
        </button>
        <button type="button" class="button" disabled={data.busy.value} onClick={() => void data.exportCsv()}>
          Export saved listings (CSV)
        </button>
        <label class="button" for="import-file">
          Import a JSON export
        </label>
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          disabled={data.busy.value}
          onChange={(event) => void onFile(event)}
          data-testid="options-import"
        />
        <ConfirmButton
          label="Clear all data"
          question="Delete every posting, saved listing, hidden job and company history?"
          confirmLabel="Delete everything"
          onConfirm={() => void data.clearAll()}
          testId="options-clear"
        >
          <p>This cannot be undone. Export first if you may want them back. Your settings are kept.</p>
        </ConfirmButton>
      </div>
      <p
        class={message?.tone === 'error' ? 'notice notice--error' : 'notice'}
        role="status"
        data-testid="options-data-message"
      >
        {message?.text}
      </p>
      {problems.length > 0 && (
        <div class="problems" data-testid="options-problems">
          <h3>Problems found in the stored data</h3>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
