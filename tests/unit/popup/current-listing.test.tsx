import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { BACKGROUND_MESSAGES, type BackgroundMessage, parseMessage, type TabResult } from '@/lib/messages';
import { company, daysBefore, freshStore, history, NOW, posting, score, tabResult } from './fixtures';
import { renderPopup } from './render-popup';

/** Every message the popup sends must be one the background accepts; the parsed message is what is kept. */
function parsed(raw: unknown): BackgroundMessage {
  const result = parseMessage(BACKGROUND_MESSAGES, raw);
  if (!result.ok) throw new Error(result.error);
  return result.message;
}

/**
 * Plays the background: answers the popup's messages and keeps what it was sent about the current listing (the
 * 'watch:seen' every opening sends is answered apart: tests/unit/popup/closed-listings.test.tsx).
 */
function fakeBackground(result: TabResult | null, answers: Record<string, unknown> = {}) {
  const received: BackgroundMessage[] = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parsed(raw);
    if (message.type === 'watch:seen') return Promise.resolve({ ok: true });
    received.push(message);
    if (message.type === 'tab:get-result') return Promise.resolve({ ok: true, result });
    return Promise.resolve(answers[message.type] ?? { ok: true });
  });
  return received;
}

describe('popup: the listing in the current tab', () => {
  it('asks the background about the active tab and shows the score, band, history and reasons', async () => {
    const received = fakeBackground(tabResult({ company: company() }));
    await renderPopup({ tabId: 7 });

    const current = await screen.findByTestId('popup-current');
    expect(received[0]).toEqual({ type: 'tab:get-result', tabId: 7 });
    expect(within(current).getByRole('heading', { level: 1 }).textContent).toBe('Senior Engineer');
    expect(screen.getByTestId('popup-gauge').getAttribute('aria-label')).toBe(
      'Hiring Activity Score 72 of 100, Likely Active (65–79)',
    );
    expect(screen.getByTestId('popup-gauge').dataset.band).toBe('likely');
    expect(screen.getByTestId('popup-band').textContent).toBe('Likely Active (65–79)');
    expect(screen.getByTestId('still-hiring-confidence').textContent).toBe('Confidence: High (90%)');
    expect(screen.getByTestId('popup-company-history').textContent).toBe(
      '12 postings seen · 3 reposts · typically up 41 days',
    );
    expect(screen.getByTestId('popup-timeline-text').textContent).toBe(
      'Seen 4 times on 3 different days between Mar 10, 2026 and Mar 20, 2026',
    );
    expect(screen.getByTestId('popup-timeline').querySelectorAll('circle')).toHaveLength(3);
    expect(within(screen.getByTestId('still-hiring-breakdown')).getByText('Posted 3 days ago')).toBeTruthy();
    expect(screen.queryByTestId('popup-ghost-warning')).toBeNull();
    expect(screen.queryByTestId('popup-no-listing')).toBeNull();
  });

  it('shows the ghost warning with every reason behind it', async () => {
    const ghost = score(28, 'ghost', {
      ghostWarning: true,
      ghostSignals: [
        { id: 'stale', severity: 'severe', reason: 'Posted 94 days ago' },
        { id: 'evergreen', severity: 'moderate', reason: 'Says "join our talent community"' },
      ],
    });
    fakeBackground(tabResult({ score: ghost }));
    await renderPopup({ tabId: 7 });

    const warning = await screen.findByTestId('popup-ghost-warning');
    expect(within(warning).getByText('Possible ghost job')).toBeTruthy();
    expect(
      within(warning)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Posted 94 days ago', 'Says "join our talent community"']);
  });

  it('says when the company is new to this browser', async () => {
    fakeBackground(tabResult({ company: undefined, history: history({ timesSeen: 1 }) }));
    await renderPopup({ tabId: 7 });
    expect((await screen.findByTestId('popup-company-history')).textContent).toBe(
      'First time this browser sees Acme: no company history yet',
    );
  });

  it("shows the employer's vacancy statement as the score read it, and the score's notes", async () => {
    const reason = 'Employer states: not a current vacancy: "This posting is not for an existing vacancy."';
    const note = 'First time this browser sees Acme: no company history yet';
    const stated = score(30, 'ghost', {
      factors: [{ id: 'ghost:no-vacancy', kind: 'employer', label: reason, points: -20 }],
      ghostSignals: [{ id: 'no-vacancy', severity: 'severe', reason }],
      ghostWarning: true,
      notes: [note],
    });
    fakeBackground(tabResult({ score: stated, company: undefined }));
    await renderPopup({ tabId: 7 });
    expect((await screen.findByTestId('still-hiring-vacancy')).textContent).toBe(reason);
    const notes = screen.getByTestId('still-hiring-breakdown').querySelectorAll('li[data-note]');
    expect([...notes].map((li) => li.textContent)).toEqual([note]);
  });

  it('saves and unsaves through the background, and the saved lookup follows', async () => {
    const store = await freshStore();
    await store.recordSighting(posting(), daysBefore(1), { staleDays: 60 });
    const received: BackgroundMessage[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
      const message = parsed(raw);
      if (message.type === 'watch:seen') return { ok: true };
      received.push(message);
      if (message.type === 'tab:get-result') return { ok: true, result: tabResult() };
      if (message.type !== 'posting:set-saved') return { ok: false, error: `unexpected ${message.type}` };
      const stored = await store.setSaved(message.source, message.id, message.saved, NOW);
      return { ok: true, saved: Boolean(stored?.saved) };
    });
    await renderPopup({ tabId: 7, store });
    expect(await screen.findByTestId('saved-empty')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('button', { name: 'Unsave' })).toBeTruthy();
    expect(received[1]).toEqual({ type: 'posting:set-saved', source: 'lever', id: 'abc', saved: true });
    await waitFor(() =>
      expect(screen.getAllByTestId('saved-row-title').map((t) => t.textContent)).toEqual(['Senior Engineer']),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Unsave' }));

    expect(await screen.findByRole('button', { name: 'Save' })).toBeTruthy();
    expect(received[2]).toEqual({ type: 'posting:set-saved', source: 'lever', id: 'abc', saved: false });
    expect(await screen.findByTestId('saved-empty')).toBeTruthy();
  });

  it('says so when saving fails', async () => {
    fakeBackground(tabResult(), { 'posting:set-saved': { ok: false, error: 'the store is closed' } });
    await renderPopup({ tabId: 7 });
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByTestId('popup-notice').textContent).toBe('Could not save this listing: the store is closed'),
    );
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it('links a web search for the title and company', async () => {
    fakeBackground(tabResult());
    await renderPopup({ tabId: 7 });
    const link = (await screen.findByRole('link', { name: 'Search for this role' })) as HTMLAnchorElement;
    expect(link.target).toBe('_blank');
    expect(new URL(link.href).searchParams.get('q')).toBe('"Senior Engineer" "Acme"');
  });

  it('offers to hide the company on LinkedIn job lists, and hides it through the background', async () => {
    const linkedIn = posting({
      source: 'linkedin',
      id: '4012345678',
      url: 'https://www.linkedin.com/jobs/view/4012345678',
    });
    const received = fakeBackground(tabResult({ posting: linkedIn }));
    await renderPopup({ tabId: 7 });

    fireEvent.click(await screen.findByRole('button', { name: 'Hide this company on LinkedIn job lists' }));

    await waitFor(() =>
      expect(screen.getByTestId('popup-notice').textContent).toBe(
        'Acme is now hidden on LinkedIn job lists. Undo this on the settings page.',
      ),
    );
    expect(received[1]).toEqual({ type: 'company:block', company: 'Acme' });
    expect(screen.queryByRole('button', { name: 'Hide this company on LinkedIn job lists' })).toBeNull();
  });

  const onLinkedIn = () =>
    tabResult({
      posting: posting({ source: 'linkedin', id: 'abc', url: 'https://www.linkedin.com/jobs/view/4012345678' }),
    });

  it('hides this one job from job lists through the background, and shows it again', async () => {
    const received = fakeBackground(onLinkedIn(), {
      'job:set-hidden': { ok: true, hidden: true },
    });
    await renderPopup({ tabId: 7 });
    fireEvent.click(await screen.findByRole('button', { name: 'Hide this job' }));
    await waitFor(() =>
      expect(screen.getByTestId('popup-notice').textContent).toBe(
        '"Senior Engineer" is now hidden on job lists. Undo it here, from the list\'s bar or on the settings page.',
      ),
    );
    expect(received[1]).toEqual({ type: 'job:set-hidden', source: 'linkedin', id: 'abc', hidden: true });
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const again = fakeBackground(onLinkedIn(), { 'job:set-hidden': { ok: true, hidden: false } });
    fireEvent.click(screen.getByRole('button', { name: 'Show this job again' }));
    await waitFor(() =>
      expect(screen.getByTestId('popup-notice').textContent).toBe('"Senior Engineer" shows on job lists again.'),
    );
    expect(again[0]).toEqual({ type: 'job:set-hidden', source: 'linkedin', id: 'abc', hidden: false });
    expect(screen.getByRole('button', { name: 'Hide this job' })).toBeTruthy();
  });

  it('offers no "Hide this job" where the site has no job lists Still Hiring treats', async () => {
    fakeBackground(tabResult());
    await renderPopup({ tabId: 7 });
    await screen.findByTestId('popup-current');
    expect(screen.queryByRole('button', { name: 'Hide this job' })).toBeNull();
  });

  it('says why it could not hide the job', async () => {
    fakeBackground(onLinkedIn(), {
      'job:set-hidden': { ok: false, error: 'Still Hiring has not recorded this job yet, so it cannot hide it.' },
    });
    await renderPopup({ tabId: 7 });
    fireEvent.click(await screen.findByRole('button', { name: 'Hide this job' }));
    await waitFor(() =>
      expect(screen.getByTestId('popup-notice').textContent).toBe(
        'Could not hide this job: Still Hiring has not recorded this job yet, so it cannot hide it.',
      ),
    );
  });

  it('offers to hide the company from a Lever posting too', async () => {
    fakeBackground(tabResult());
    await renderPopup({ tabId: 7 });
    expect(await screen.findByRole('button', { name: 'Hide this company on LinkedIn job lists' })).toBeTruthy();
  });

  it('offers no hiding when the posting names no company', async () => {
    fakeBackground(tabResult({ posting: posting({ company: undefined }) }));
    await renderPopup({ tabId: 7 });
    await screen.findByTestId('popup-current');
    expect(screen.queryByRole('button', { name: /Hide this company/ })).toBeNull();
  });

  it('shows the problem a result carries', async () => {
    fakeBackground(tabResult({ problem: 'The history of this posting could not be saved.' }));
    await renderPopup({ tabId: 7 });
    expect((await screen.findByTestId('popup-problem')).textContent).toBe(
      'The history of this posting could not be saved.',
    );
  });

  it('opens the settings page', async () => {
    fakeBackground(null);
    const { openOptions } = await renderPopup({ tabId: 7 });
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptions).toHaveBeenCalledOnce();
  });
});

describe('popup: no listing in the current tab', () => {
  it('says so and names the supported sites', async () => {
    fakeBackground(null);
    await renderPopup({ tabId: 7 });
    const none = await screen.findByTestId('popup-no-listing');
    expect(none.textContent).toContain('This tab has no job listing to score.');
    expect(none.textContent).toContain('Lever, Workday, LinkedIn, Greenhouse, Ashby and the career sites you turn on');
    expect(screen.queryByTestId('popup-problem')).toBeNull();
    expect(screen.queryByTestId('popup-current')).toBeNull();
  });

  it('says so without asking when there is no active tab', async () => {
    const received = fakeBackground(null);
    await renderPopup({ tabId: undefined });
    expect(await screen.findByTestId('popup-no-listing')).toBeTruthy();
    expect(received).toEqual([]);
  });

  it('adds the problem sentence when the background could not answer', async () => {
    await renderPopup({ tabId: 7 });
    const problem = await screen.findByTestId('popup-problem');
    expect(problem.textContent).toMatch(/^Could not deliver "tab:get-result"/);
    expect(screen.getByTestId('popup-no-listing')).toBeTruthy();
  });
});
