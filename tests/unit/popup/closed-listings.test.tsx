import { screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import type { EmployerLink } from '@/lib/ats/types';
import { BACKGROUND_MESSAGES, parseMessage } from '@/lib/messages';
import type { Store } from '@/lib/store/types';
import { daysBefore, freshStore, posting, tabResult } from './fixtures';
import { renderPopup } from './render-popup';

const link = (id: string): EmployerLink => ({ ats: 'lever', url: `https://jobs.lever.co/acme/${id}` });
const gone = { state: 'gone' as const, reason: 'Lever answers that the posting does not exist (404)' };

/** Saved a, b, c, d (d most recently); b closed 5 days ago, c 2 days ago (seen to close yesterday), d still listed. */
async function storeWithClosed(): Promise<Store> {
  const store = await freshStore();
  for (const [i, id] of ['a', 'b', 'c', 'd'].entries()) {
    await store.recordSighting(posting({ id, title: `Role ${id}` }), daysBefore(10), { staleDays: 60 });
    await store.setSaved('lever', id, true, daysBefore(9 - i));
  }
  await store.recordCheck('lever', 'b', link('b'), gone, daysBefore(5));
  await store.recordCheck('lever', 'b', link('b'), gone, daysBefore(4.9));
  await store.recordCheck('lever', 'c', link('c'), gone, daysBefore(2));
  await store.recordCheck('lever', 'c', link('c'), gone, daysBefore(1));
  await store.recordCheck('lever', 'd', link('d'), { state: 'listed' }, daysBefore(1));
  return store;
}

/** The background's side: the result for the tab, and when the closed listings were last looked at. */
function fakeBackground(seenAt?: string, result = tabResult()) {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = parseMessage(BACKGROUND_MESSAGES, raw);
    if (!parsed.ok) throw new Error(parsed.error);
    if (parsed.type === 'watch:seen') {
      seen.push(parsed.message);
      return Promise.resolve({ ok: true, ...(seenAt ? { seenAt } : {}) });
    }
    if (parsed.type === 'tab:get-result') return Promise.resolve({ ok: true, result });
    return Promise.resolve({ ok: true });
  });
  return seen;
}

const rows = () => screen.queryAllByTestId('saved-row');

describe('popup: saved listings that closed', () => {
  it('lists them first, latest closure first, saying since when, the ones closed since last time marked new', async () => {
    const seen = fakeBackground(daysBefore(3).toISOString());
    await renderPopup({ store: await storeWithClosed() });
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(rows().map((row) => row.dataset.key)).toEqual(['lever:c', 'lever:b', 'lever:d', 'lever:a']);
    const [c, b, d] = rows();
    expect(within(c as HTMLElement).getByTestId('saved-row-meta').textContent).toBe(
      'New · Acme · Closed since you saved it, 2 days ago',
    );
    expect(c?.dataset.closed).toBe('new');
    expect(within(b as HTMLElement).getByTestId('saved-row-meta').textContent).toBe(
      'Acme · Closed since you saved it, 5 days ago',
    );
    expect(b?.dataset.closed).toBe('seen');
    expect(d?.dataset.closed).toBeUndefined();
    expect(screen.getByTestId('saved-closed-note').textContent).toBe(
      "2 saved listings are no longer on the employer's site (1 new since you last looked); listed first.",
    );
    // Opening the popup is looking at them: the background hears it once.
    expect(seen).toEqual([{ type: 'watch:seen' }]);
  });

  it('shows no note when nothing closed, and every closed one as new the first time', async () => {
    fakeBackground();
    const store = await freshStore();
    await store.recordSighting(posting({ id: 'a' }), daysBefore(10), { staleDays: 60 });
    await store.setSaved('lever', 'a', true, daysBefore(9));
    await renderPopup({ store });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.queryByTestId('saved-closed-note')).toBeNull();

    const closed = await storeWithClosed();
    document.body.innerHTML = '';
    await renderPopup({ store: closed });
    await waitFor(() => expect(screen.getByTestId('saved-closed-note').textContent).toContain('2 new'));
  });

  it("shows the current listing's employer answer and what the watch saw over time", async () => {
    const store = await storeWithClosed();
    fakeBackground(undefined, {
      ...tabResult({ posting: posting({ id: 'b', title: 'Role b' }) }),
      employer: { state: 'gone', ats: 'lever', checkedAt: daysBefore(0.5).toISOString(), reason: gone.reason },
    });
    await renderPopup({ tabId: 7, store });
    const section = await screen.findByTestId('popup-employer');
    expect(within(section).getByTestId('popup-employer-check').textContent).toBe(
      "No longer on the employer's site: Lever answers that the posting does not exist (404) · checked 12 hours ago",
    );
    await waitFor(() =>
      expect(within(section).getByTestId('popup-employer-watch').textContent).toContain(
        "2026-03-15: closed (gone from the employer's site since 2026-03-15)",
      ),
    );
    expect(within(section).getByTestId('popup-employer-watch').textContent).toContain(
      'Last asked 4 days, 21 hours ago: gone',
    );
  });
});
