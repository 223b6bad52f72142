import type { SettingsStore } from '@/lib/options/settings-store';
import type { ListMode } from '@/lib/settings-defaults';
import { NumberField } from './NumberField';

const MODES: Record<ListMode, string> = {
  show: 'Show all',
  dim: 'Dim below threshold',
  hide: 'Hide below threshold',
};

/** What job lists do with low-scoring cards, and below which score. */
export function JobListsSection({ settings }: { settings: SettingsStore }) {
  const form = settings.form.value;
  if (!form) return null;
  const ghost = form.numbers.ghostThreshold;
  return (
    <section class="card" aria-labelledby="lists-title">
      <h2 id="lists-title">Job lists</h2>
      <fieldset class="choices">
        <legend>On job lists</legend>
        {(Object.keys(MODES) as ListMode[]).map((mode) => (
          <label key={mode} class="choice">
            <input
              type="radio"
              name="lists-mode"
              value={mode}
              checked={form.listsMode === mode}
              onChange={() => settings.setListsMode(mode)}
              data-testid={`options-lists-${mode}`}
            />
            {MODES[mode]}
          </label>
        ))}
      </fieldset>
      <NumberField
        settings={settings}
        field="lists.threshold"
        label="Job list threshold"
        hint={`Leave empty to use the ghost warning threshold${ghost ? ` (${ghost})` : ''}.`}
        placeholder={ghost}
        min={0}
        max={100}
      />
    </section>
  );
}
