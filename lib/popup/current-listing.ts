import { signal } from '@preact/signals';
import type { sendToBackground, TabResult } from '@/lib/messages';

export type Send = typeof sendToBackground;

export type CurrentListing =
  | { kind: 'loading' }
  /** No listing in the active tab; `problem` when asking the background failed. */
  | { kind: 'none'; problem?: string }
  | { kind: 'listing'; result: TabResult; tabId: number };

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

export interface CurrentListingDeps {
  /** The active tab of the current window, if any. */
  activeTabId: () => Promise<number | undefined>;
  send: Send;
}

/** The listing open in the active tab, as the background scored it, with the popup's actions on it. */
export function createCurrentListing(deps: CurrentListingDeps) {
  const state = signal<CurrentListing>({ kind: 'loading' });
  const notice = signal<Notice | undefined>(undefined);
  const busy = signal(false);
  const blocked = signal(false);
  /** The job is hidden from job lists now; undefined until the user hid or showed it from here. */
  const hidden = signal<boolean | undefined>(undefined);

  async function load(): Promise<void> {
    const tabId = await deps.activeTabId().catch(() => undefined);
    if (tabId === undefined) {
      state.value = { kind: 'none' };
      return;
    }
    const answer = await deps.send({ type: 'tab:get-result', tabId });
    if (!answer.ok) state.value = { kind: 'none', problem: answer.error };
    else state.value = answer.result ? { kind: 'listing', result: answer.result, tabId } : { kind: 'none' };
  }

  /** A newer result for the listing shown (its on-device summary arrived); one for another posting is ignored. */
  function replace(result: TabResult): void {
    const current = state.value;
    if (current.kind !== 'listing') return;
    const shown = current.result.posting;
    if (shown.source === result.posting.source && shown.id === result.posting.id) state.value = { ...current, result };
  }

  /** Saves or unsaves the listing; true when the saved state changed. */
  async function toggleSaved(): Promise<boolean> {
    const current = state.value;
    if (current.kind !== 'listing' || busy.value) return false;
    const { posting, saved } = current.result;
    busy.value = true;
    const answer = await deps.send({
      type: 'posting:set-saved',
      source: posting.source,
      id: posting.id,
      saved: !saved,
    });
    busy.value = false;
    if (!answer.ok) {
      notice.value = { tone: 'error', text: `Could not ${saved ? 'unsave' : 'save'} this listing: ${answer.error}` };
      return false;
    }
    state.value = { ...current, result: { ...current.result, saved: answer.saved } };
    notice.value = undefined;
    return answer.saved !== saved;
  }

  async function blockCompany(): Promise<void> {
    const current = state.value;
    const company = current.kind === 'listing' ? current.result.posting.company : undefined;
    if (!company || busy.value) return;
    busy.value = true;
    const answer = await deps.send({ type: 'company:block', company });
    busy.value = false;
    blocked.value = answer.ok;
    notice.value = answer.ok
      ? { tone: 'info', text: `${company} is now hidden on LinkedIn job lists. Undo this on the settings page.` }
      : { tone: 'error', text: `Could not hide ${company}: ${answer.error}` };
  }

  /** Hides the listing from job lists ("Hide this job"), or shows it again after that. */
  async function toggleHidden(): Promise<void> {
    const current = state.value;
    if (current.kind !== 'listing' || busy.value) return;
    const { source, id, title } = current.result.posting;
    const hide = hidden.value !== true;
    busy.value = true;
    const answer = await deps.send({ type: 'job:set-hidden', source, id, hidden: hide });
    busy.value = false;
    if (!answer.ok) {
      notice.value = { tone: 'error', text: `Could not ${hide ? 'hide' : 'show'} this job: ${answer.error}` };
      return;
    }
    hidden.value = answer.hidden;
    notice.value = answer.hidden
      ? {
          tone: 'info',
          text: `"${title}" is now hidden on job lists. Undo it here, from the list's bar or on the settings page.`,
        }
      : { tone: 'info', text: `"${title}" shows on job lists again.` };
  }

  return { state, notice, busy, blocked, hidden, load, replace, toggleSaved, blockCompany, toggleHidden };
}

export type CurrentListingStore = ReturnType<typeof createCurrentListing>;
