import type { SettingsStore } from '@/lib/options/settings-store';
import { SITE_NAMES, SOURCES } from '@/lib/posting-keys';
import { NumberField } from './NumberField';

/** Which sites are read, the one outside request (the ATS date look-up), and how long history is kept. */
export function SitesSection({ settings }: { settings: SettingsStore }) {
  const form = settings.form.value;
  if (!form) return null;
  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites and privacy</h2>
      <fieldset class="choices">
        <legend>Score listings on</legend>
        {SOURCES.map((source) => (
          <label key={source} class="choice">
            <input
              type="checkbox"
              checked={form.sites[source]}
              onChange={(event) => settings.setSite(source, event.currentTarget.checked)}
              data-testid={`options-site-${source}`}
            />
            {SITE_NAMES[source]}
          </label>
        ))}
      </fieldset>
      <label class="choice choice--block">
        <input
          type="checkbox"
          checked={form.atsDateLookup}
          aria-describedby="ats-lookup-hint"
          onChange={(event) => settings.setAtsDateLookup(event.currentTarget.checked)}
          data-testid="options-ats-lookup"
        />
        Look up exact posted dates from the job site's public API
      </label>
      <p id="ats-lookup-hint" class="field__hint muted">
        This is the only request Still Hiring makes outside your browser: it asks the job site's own public API when the
        posting you are viewing went up. Everything else is computed and stored on this device.
      </p>
      <NumberField
        settings={settings}
        field="retentionDays"
        label="Keep history for (days)"
        hint="Postings not seen for this long are forgotten. Saved listings are always kept."
        min={30}
        max={3650}
      />
    </section>
  );
}
