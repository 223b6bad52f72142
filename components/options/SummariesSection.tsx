import type { SettingsStore } from '@/lib/options/settings-store';
import type { SummaryMode } from '@/lib/settings-defaults';

const MODES: Record<SummaryMode, string> = {
  'on-device': "By Chrome's on-device model where it is ready, else key lines from the posting",
  extractive: 'Key lines from the posting only',
  off: 'No summaries',
};

/** Whether the badge and the popup show a short summary of each posting, and how it is made. */
export function SummariesSection({ settings }: { settings: SettingsStore }) {
  const form = settings.form.value;
  if (!form) return null;
  return (
    <section class="card" aria-labelledby="summaries-title">
      <h2 id="summaries-title">Summaries</h2>
      <fieldset class="choices choices--column" aria-describedby="summaries-hint">
        <legend>Summarize each posting</legend>
        {(Object.keys(MODES) as SummaryMode[]).map((mode) => (
          <label key={mode} class="choice">
            <input
              type="radio"
              name="summaries"
              value={mode}
              checked={form.summaries === mode}
              onChange={() => settings.setSummaries(mode)}
              data-testid={`options-summaries-${mode}`}
            />
            {MODES[mode]}
          </label>
        ))}
      </fieldset>
      <p id="summaries-hint" class="field__hint muted">
        Summaries are made on this device and kept with the posting; nothing is sent anywhere. Key lines are sentences
        copied from the posting. Chrome's model needs a one-time download, started from the popup.
      </p>
    </section>
  );
}
