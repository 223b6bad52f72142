import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import type { TabResult } from '@/lib/messages';
import { posting, tabResult } from './fixtures';
import { renderPopup } from './render-popup';

const HOST = 'careers.withwaymo.com';

/** Plays the background's tab:get-result: no listing until `listing` is set. */
function fakeBackground() {
  const state: { listing: TabResult | null } = { listing: null };
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    if ((raw as { type?: string }).type === 'tab:get-result')
      return Promise.resolve({ ok: true, result: state.listing });
    return Promise.resolve({ ok: true });
  });
  return state;
}

describe('popup: turning on the career site the tab shows', () => {
  it('offers the tab’s site, asks the browser from the click, then shows the posting once it is scored', async () => {
    const background = fakeBackground();
    const asked: string[] = [];
    let allow: (granted: boolean) => void = () => undefined;
    await renderPopup({
      tabId: 3,
      careerSite: HOST,
      requestSite: (host) => {
        asked.push(host);
        return new Promise((resolve) => {
          allow = resolve;
        });
      },
    });
    const button = await screen.findByTestId('popup-turn-on-site');
    expect(button.textContent).toBe(`Score job postings on ${HOST}`);
    fireEvent.click(button);
    // Asked in the click itself, before anything was awaited.
    expect(asked).toEqual([HOST]);
    expect((await screen.findByTestId('popup-turn-on-site')).hasAttribute('disabled')).toBe(true);

    allow(true);
    await waitFor(() => expect(screen.getByTestId('popup-career-site').dataset.state).toBe('reading'));
    background.listing = tabResult({
      posting: posting({ source: 'career-site', id: `${HOST}#1`, url: `https://${HOST}/jobs/1`, title: 'Engineer' }),
    });
    expect((await screen.findByTestId('popup-current-title')).textContent).toBe('Engineer');
  });

  it('says so when the user does not allow it, and offers again', async () => {
    fakeBackground();
    await renderPopup({ tabId: 3, careerSite: HOST, requestSite: async () => false });
    fireEvent.click(await screen.findByTestId('popup-turn-on-site'));
    expect((await screen.findByTestId('popup-career-site-refused')).textContent).toBe(
      `Not turned on: ${HOST} was not allowed. Ask again whenever you like.`,
    );
    expect(screen.getByTestId('popup-turn-on-site').hasAttribute('disabled')).toBe(false);
  });

  it('says why when the browser refuses the request', async () => {
    fakeBackground();
    await renderPopup({
      tabId: 3,
      careerSite: HOST,
      requestSite: async () => {
        throw new Error('This function must be called during a user gesture');
      },
    });
    fireEvent.click(await screen.findByTestId('popup-turn-on-site'));
    expect((await screen.findByTestId('popup-career-site-error')).textContent).toBe(
      `${HOST} could not be turned on: This function must be called during a user gesture`,
    );
  });

  it('says the site is on when the page has no posting, and after waiting for one in vain', async () => {
    fakeBackground();
    await renderPopup({ tabId: 3, careerSite: HOST, turnedOn: [HOST] });
    const on = await screen.findByTestId('popup-career-site');
    expect(on.dataset.state).toBe('on');
    expect(on.textContent).toContain(`Still Hiring scores job postings on ${HOST}.`);
    expect(screen.queryByTestId('popup-turn-on-site')).toBeNull();
  });

  it('offers nothing where the tab is no career site', async () => {
    fakeBackground();
    await renderPopup({ tabId: 3 });
    await screen.findByTestId('popup-no-listing');
    expect(screen.queryByTestId('popup-career-site')).toBeNull();
  });
});

describe('popup: why the exact date is missing', () => {
  const withLookup = (apiLookup: TabResult['apiLookup'], exact = false) =>
    tabResult({
      apiLookup,
      posting: posting(exact ? { posted: { kind: 'exact', date: '2026-03-17T00:00:00.000Z' } } : {}),
    });

  it.each([
    [
      'gone',
      'The job site no longer lists this posting: Greenhouse’s API has no such job post.',
      { outcome: 'gone', reason: 'Greenhouse’s API has no such job post.' },
    ],
    [
      'unknown',
      'No exact posted date: The API answered with a web page instead of JSON.',
      { outcome: 'unknown', reason: 'The API answered with a web page instead of JSON.' },
    ],
    ['off', 'No exact posted date: The look-up is off.', { outcome: 'off', reason: 'The look-up is off.' }],
  ] as const)('says it when the API said %s', async (_outcome, text, apiLookup) => {
    const result = withLookup(apiLookup);
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, result }));
    await renderPopup({ tabId: 1 });
    expect((await screen.findByTestId('popup-api-note')).textContent).toBe(text);
  });

  it('says nothing when the date came from the API, or when the look-up is off but the page had the date', async () => {
    for (const result of [withLookup({ outcome: 'listed' }), withLookup({ outcome: 'off', reason: 'Off.' }, true)]) {
      fakeBrowser.reset();
      fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, result }));
      const { view } = await renderPopup({ tabId: 1 });
      await screen.findByTestId('popup-current');
      expect(screen.queryByTestId('popup-api-note')).toBeNull();
      view.unmount();
    }
  });
});
