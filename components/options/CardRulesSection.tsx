import type { RuleWithMode } from '@/lib/options/settings-form';
import type { SettingsStore } from '@/lib/options/settings-store';
import type { ListMode } from '@/lib/settings-defaults';
import { NumberField } from './NumberField';

const RULE_NAMES: Record<RuleWithMode, string> = {
  viewed: 'Jobs you viewed',
  applied: 'Jobs you applied to',
  promoted: 'Promoted jobs',
  reposted: 'Reposted jobs',
  easyApply: 'Easy Apply jobs (never Easy Apply)',
  notEasyApply: 'Jobs without Easy Apply (Easy Apply only)',
  olderThan: 'Jobs posted more than … days ago',
  applicants: 'Jobs with more than … applicants, where the card says',
  keywords: 'Titles with one of these keywords',
};

const MODES: Record<ListMode, string> = { show: 'Show', dim: 'Dim', hide: 'Hide' };

function RuleMode({ settings, rule }: { settings: SettingsStore; rule: RuleWithMode }) {
  const form = settings.form.value;
  if (!form) return null;
  const id = `rule-${rule}`;
  return (
    <div class="rule">
      <label for={id}>{RULE_NAMES[rule]}</label>
      <select
        id={id}
        value={form.ruleModes[rule]}
        onChange={(event) => settings.setRuleMode(rule, event.currentTarget.value as ListMode)}
        data-testid={`options-rule-${rule}`}
      >
        {(Object.keys(MODES) as ListMode[]).map((mode) => (
          <option key={mode} value={mode}>
            {MODES[mode]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The job lists' card rules, each off ("Show") until chosen: what the card, its detail pane or the job's history
 * says, its age, its applicants, its title; and duplicates. A keyword or expression the background could not use is
 * refused here with the reason, before anything is saved.
 */
export function CardRulesSection({ settings }: { settings: SettingsStore }) {
  const form = settings.form.value;
  if (!form) return null;
  const errors = settings.errors.value;
  const keywordErrors = Object.entries(errors)
    .filter(([field]) => field.startsWith('listRules.keywords'))
    .map(([, message]) => message);
  return (
    <section class="card" aria-labelledby="rules-title">
      <h2 id="rules-title">Job list rules</h2>
      <p class="muted">
        Each rule shows, dims or hides the LinkedIn job cards it matches. A hidden card is counted, with the reason, on
        the bar above its list, whose button shows it again. Viewed, applied and reposted also come from the job's
        detail pane and from what Still Hiring remembers of it.
      </p>
      <div class="rules">
        {(['viewed', 'applied', 'promoted', 'reposted', 'easyApply', 'notEasyApply'] as const).map((rule) => (
          <RuleMode key={rule} settings={settings} rule={rule} />
        ))}
        <RuleMode settings={settings} rule="olderThan" />
        <NumberField settings={settings} field="listRules.olderThan.days" label="Days" min={1} max={365} />
        <RuleMode settings={settings} rule="applicants" />
        <NumberField settings={settings} field="listRules.applicants.count" label="Applicants" min={1} max={100000} />
        <RuleMode settings={settings} rule="keywords" />
      </div>
      <div class="field" data-invalid={keywordErrors.length > 0 ? 'true' : 'false'}>
        <label for="rule-keywords-terms">Title keywords, one a line</label>
        <textarea
          id="rule-keywords-terms"
          rows={4}
          value={form.keywords}
          placeholder={'intern\n/\\b(senior|staff)\\b/i'}
          aria-invalid={keywordErrors.length > 0 ? 'true' : 'false'}
          aria-describedby={`rule-keywords-hint${keywordErrors.length > 0 ? ' rule-keywords-error' : ''}`}
          onInput={(event) => settings.setKeywords(event.currentTarget.value)}
          data-testid="options-keywords"
        />
        <p id="rule-keywords-hint" class="field__hint muted">
          A word or phrase matches whole words, ignoring case and accents. Between slashes, a regular expression (add i
          after the closing slash to ignore case); look-arounds and back-references are not supported.
        </p>
        {keywordErrors.length > 0 && (
          <ul id="rule-keywords-error" class="field__error" data-testid="options-keywords-error">
            {keywordErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
      <label class="choice choice--block">
        <input
          type="checkbox"
          checked={form.duplicates}
          onChange={(event) => settings.setDuplicates(event.currentTarget.checked)}
          data-testid="options-duplicates"
        />
        Collapse the same job posted many times (same company and title) into its freshest card, with "+N similar"
      </label>
    </section>
  );
}
