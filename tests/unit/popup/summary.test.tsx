import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { BACKGROUND_MESSAGES, type BackgroundMessage, parseMessage, type TabResult } from '@/lib/messages';
import type { OnDeviceSummarizer } from '@/lib/summary/on-device';
import { descriptionKey } from '@/lib/summary/summary';
import { fakeSummarizer } from '../helpers/fake-summarizer';
import { posting, tabResult } from './fixtures';
import { renderPopup } from './render-popup';

const DESCRIPTION =
  'We are looking for a Senior Engineer to build the routing platform that moves our parcels. You will design services in Go and run them on Kubernetes.';
const KEY_LINES = ['We are looking for a Senior Engineer to build the routing platform that moves our parcels.'];
const MODEL_LINES = ['Builds the network data models.', 'Asks for 2+ years as a data scientist.'];

const listing = (overrides: Partial<TabResult> = {}) =>
  tabResult({
    posting: posting({ descriptionText: DESCRIPTION }),
    summary: { method: 'extractive', lines: KEY_LINES },
    ...overrides,
  });

/** Plays the background: the tab's result, and answers for the summary messages; keeps what it was sent. */
function fakeBackground(result: TabResult, onDevice: TabResult | null = null) {
  const received: BackgroundMessage[] = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = parseMessage(BACKGROUND_MESSAGES, raw);
    if (!parsed.ok) throw new Error(parsed.error);
    const message = parsed.message;
    received.push(message);
    if (message.type === 'tab:get-result') return Promise.resolve({ ok: true, result });
    if (message.type === 'summary:on-device') return Promise.resolve({ ok: true, result: onDevice });
    if (message.type === 'summary:save') {
      return Promise.resolve({
        ok: true,
        result: { ...result, summary: { method: 'on-device', lines: message.lines } },
      });
    }
    return Promise.resolve({ ok: true });
  });
  return received;
}

const summaryText = () => screen.getByTestId('still-hiring-summary').textContent;

describe('popup: the summary', () => {
  it('shows the key lines, labelled, and offers nothing where the browser has no model', async () => {
    fakeBackground(listing());
    await renderPopup({ tabId: 3 });
    await screen.findByTestId('popup-summary');
    expect(summaryText()).toContain(KEY_LINES[0]);
    expect(summaryText()).toContain('Key lines from the posting');
    expect(screen.queryByTestId('popup-model-offer')).toBeNull();
  });

  it('has no summary section for a listing without a summary', async () => {
    fakeBackground(tabResult());
    await renderPopup({ tabId: 3 });
    await screen.findByTestId('popup-current');
    expect(screen.queryByTestId('popup-summary')).toBeNull();
  });

  it('has the background summarize with the ready model when its worker can, without running it here', async () => {
    const model = fakeSummarizer();
    const done = listing({ summary: { method: 'on-device', lines: ['From the background.'] } });
    const received = fakeBackground(listing(), done);
    await renderPopup({ tabId: 3, summarizer: model.summarizer });
    await waitFor(() => expect(summaryText()).toContain('From the background.'));
    expect(summaryText()).toContain("Summary by Chrome's on-device model");
    expect(received.map((m) => m.type)).toContain('summary:on-device');
    expect(model.calls.summarize).toEqual([]);
  });

  it('summarizes here when the worker has no model, and has the background keep it for this description', async () => {
    const model = fakeSummarizer();
    const received = fakeBackground(listing());
    await renderPopup({ tabId: 3, summarizer: model.summarizer });
    await waitFor(() => expect(summaryText()).toContain(MODEL_LINES[0]));
    expect(model.calls.summarize).toEqual([DESCRIPTION]);
    expect(received.find((m) => m.type === 'summary:save')).toEqual({
      type: 'summary:save',
      tabId: 3,
      descriptionKey: descriptionKey(DESCRIPTION),
      lines: MODEL_LINES,
    });
  });

  it('offers the download, shows its progress, then summarizes', async () => {
    let progress: (fraction: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    let availability: 'downloadable' | 'available' = 'downloadable';
    const summarizer: OnDeviceSummarizer = {
      availability: async () => availability,
      download: (onProgress) => {
        progress = onProgress;
        return new Promise<void>((resolve) => {
          finish = () => {
            availability = 'available';
            resolve();
          };
        });
      },
      summarize: async () => MODEL_LINES,
    };
    fakeBackground(listing());
    await renderPopup({ tabId: 3, summarizer });
    const offer = await screen.findByTestId('popup-model-offer');
    expect(offer.textContent).toContain('one-time download');
    fireEvent.click(screen.getByTestId('popup-model-download'));
    progress(0.42);
    await waitFor(() => expect(screen.getByTestId('popup-model-progress').textContent).toContain('42%'));
    finish();
    await waitFor(() => expect(summaryText()).toContain(MODEL_LINES[0]));
    expect(screen.queryByTestId('popup-model-progress')).toBeNull();
  });

  it('follows a download Chrome has already started', async () => {
    fakeBackground(listing());
    await renderPopup({ tabId: 3, summarizer: fakeSummarizer({ availability: 'downloading' }).summarizer });
    expect((await screen.findByTestId('popup-model-offer')).textContent).toContain('Chrome is downloading');
    expect(screen.getByTestId('popup-model-download').textContent).toBe('Show the download');
  });

  it.each([
    ['the setting asks for key lines only', listing(), 'extractive' as const],
    [
      'the posting is not in English',
      listing({
        posting: posting({
          descriptionText: 'Nous recherchons un ingénieur pour notre équipe et la plateforme des colis de la ville.',
        }),
      }),
      'on-device' as const,
    ],
  ])('offers no model when %s', async (_why, result, summaryMode) => {
    const model = fakeSummarizer({ availability: 'downloadable' });
    fakeBackground(result);
    await renderPopup({ tabId: 3, summarizer: model.summarizer, summaryMode });
    await screen.findByTestId('popup-summary');
    expect(screen.queryByTestId('popup-model-offer')).toBeNull();
    expect(model.calls.summarize).toEqual([]);
  });

  it('says so, keeping the key lines, when the model fails', async () => {
    fakeBackground(listing());
    await renderPopup({ tabId: 3, summarizer: fakeSummarizer({ fail: 'The model crashed.' }).summarizer });
    expect((await screen.findByTestId('popup-model-error')).textContent).toBe(
      "Chrome's on-device model could not summarize this posting: The model crashed.",
    );
    expect(summaryText()).toContain(KEY_LINES[0]);
  });
});
