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
        Ask the employer's own site: exact posted dates, and whether a job board's posting is still listed
      </label>
      <p id="ats-lookup-hint" class="field__hint muted">
        These are the only requests Still Hiring makes outside your browser. For the posting you are viewing it asks the
        job site's own public API when the posting went up; for a LinkedIn posting whose apply link goes to Lever or
        Workday, it asks that site whether the posting is still there. Nothing about you is sent. Off, nothing leaves
        your browser and saved listings are not checked either.
      </p>
      <label class="choice choice--block">
        <input
          type="checkbox"
          checked={form.watchSaved && form.atsDateLookup}
          disabled={!form.atsDateLookup}
          aria-describedby="watch-hint"
          onChange={(event) => settings.setWatchSaved(event.currentTarget.checked)}
          data-testid="options-watch"
        />
        Check saved listings once a day on the employer's site
      </label>
      <p id="watch-hint" class="field__hint muted">
        Each saved listing whose employer uses Lever or Workday is asked again once a day, a few a minute. The toolbar
        button counts the ones that closed since you last opened Still Hiring, and the popup lists them first.
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
