import type { SettingsStore, SaveStatus as Status } from '@/lib/options/settings-store';

const TEXT: Record<Exclude<Status, 'failed'>, string> = {
  loading: 'Loading…',
  invalid: 'Fix the highlighted fields',
  pending: 'Saving…',
  saved: 'Saved',
};

/** Whether what is on screen is what is in effect. */
export function SaveStatus({ settings }: { settings: SettingsStore }) {
  const status = settings.status.value;
  return (
    <p class={`save-status save-status--${status}`} role="status" data-testid="options-status" data-status={status}>
      {status === 'failed' ? `Not saved: ${settings.saveError.value}` : TEXT[status]}
    </p>
  );
}
