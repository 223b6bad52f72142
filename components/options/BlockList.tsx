import { useState } from 'preact/hooks';
import type { SettingsStore } from '@/lib/options/settings-store';

/** Companies whose cards are hidden on job lists: remove one, add one, or export the list. */
export function BlockList({ settings }: { settings: SettingsStore }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const blocked = settings.form.value?.blockedCompanies ?? [];
  const schemaError = settings.errors.value.blockedCompanies;
  const error = problem ?? schemaError;

  const add = (event: Event) => {
    event.preventDefault();
    const refused = settings.addBlocked(name);
    setProblem(refused);
    if (!refused) setName('');
  };

  return (
    <section class="card" aria-labelledby="blocked-title">
      <h2 id="blocked-title">Hidden companies</h2>
      <p class="muted">
        Cards from these companies are hidden on LinkedIn job lists. "Hide this company" in the badge or the popup adds
        here.
      </p>
      {blocked.length > 0 ? (
        <ul class="block-list" data-testid="options-blocked-list">
          {blocked.map((key) => (
            <li key={key} data-testid="options-blocked-company">
              <span>{key}</span>
              <button
                type="button"
                class="link-button"
                aria-label={`Remove ${key}`}
                onClick={() => settings.removeBlocked(key)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="options-blocked-empty">No company is hidden.</p>
      )}
      <form class="block-add" onSubmit={add}>
        <label for="block-add">Hide a company</label>
        <input
          id="block-add"
          type="text"
          value={name}
          placeholder="Company name"
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'block-add-error' : undefined}
          onInput={(event) => setName(event.currentTarget.value)}
          data-testid="options-block-input"
        />
        <button type="submit" class="button">
          Add
        </button>
        <button type="button" class="button" disabled={blocked.length === 0} onClick={settings.exportBlocked}>
          Export list
        </button>
      </form>
      {error && (
        <p id="block-add-error" class="field__error">
          {error}
        </p>
      )}
    </section>
  );
}
