import type { DataStore } from '@/lib/options/data-store';

/** The jobs hidden from job lists ("Hide this job" on a card or in the popup), each of which can be shown again. */
export function HiddenJobsSection({ data }: { data: DataStore }) {
  const jobs = data.hiddenJobs.value;
  return (
    <section class="card hidden-jobs" aria-labelledby="hidden-jobs-title">
      <h2 id="hidden-jobs-title">Hidden jobs</h2>
      <p class="muted">
        Jobs hidden with "Hide this job" on a LinkedIn card or in the popup. They stay hidden on every list until shown
        again here or from the list's bar.
      </p>
      {jobs === undefined ? (
        <p>Reading the hidden jobs…</p>
      ) : jobs.length === 0 ? (
        <p data-testid="options-hidden-jobs-empty">No job is hidden.</p>
      ) : (
        <ul class="block-list" data-testid="options-hidden-jobs">
          {jobs.map((job) => (
            <li key={job.key} data-testid="options-hidden-job">
              <a href={job.url} target="_blank" rel="noreferrer">
                {job.company ? `${job.title} · ${job.company}` : job.title}
              </a>
              <button
                type="button"
                class="link-button"
                disabled={data.busy.value}
                aria-label={`Show ${job.title} again`}
                onClick={() => void data.unhide(job)}
              >
                Show again
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
