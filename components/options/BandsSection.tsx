import type { SettingsStore } from '@/lib/options/settings-store';
import { BandBar } from './BandBar';
import { NumberField } from './NumberField';

/** Where each band starts, the ghost threshold and the stale point, with the bands pictured as they are typed. */
export function BandsSection({ settings }: { settings: SettingsStore }) {
  const preview = settings.preview.value;
  return (
    <section class="card" aria-labelledby="bands-title">
      <h2 id="bands-title">Score bands</h2>
      <p class="muted">Each band starts at its number and runs up to the next band; Likely Ghost starts at 0.</p>
      <div class="field-grid">
        <NumberField settings={settings} field="bands.active" label="Actively Hiring starts at" min={0} max={100} />
        <NumberField settings={settings} field="bands.likely" label="Likely Active starts at" min={0} max={100} />
        <NumberField settings={settings} field="bands.uncertain" label="Uncertain starts at" min={0} max={100} />
        <NumberField settings={settings} field="bands.stale" label="Possibly Stale starts at" min={0} max={100} />
      </div>
      {preview && <BandBar preview={preview} />}
      <div class="field-grid">
        <NumberField
          settings={settings}
          field="ghostThreshold"
          label="Ghost warning below"
          hint="Scores under this show the ghost-job warning."
          min={0}
          max={100}
        />
        <NumberField
          settings={settings}
          field="staleDays"
          label="Stale after (days)"
          hint="A posting older than this counts as stale."
          min={7}
          max={365}
        />
      </div>
    </section>
  );
}
