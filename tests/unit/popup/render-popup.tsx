import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { sendToBackground } from '@/lib/messages';
import { createPopupStore } from '@/lib/popup/popup-store';
import type { SummaryMode } from '@/lib/settings-defaults';
import type { Store } from '@/lib/store/types';
import type { OnDeviceSummarizer } from '@/lib/summary/on-device';
import { freshStore, NOW } from './fixtures';

/** The popup with the real message sender (the fake browser answers), a real store, and caught tab openings. */
export async function renderPopup(
  opts: {
    tabId?: number;
    store?: Store;
    summarizer?: OnDeviceSummarizer;
    summaryMode?: SummaryMode;
    careerSite?: string;
    turnedOn?: string[];
    requestSite?: (host: string) => Promise<boolean>;
  } = {},
) {
  const store = opts.store ?? (await freshStore());
  const openUrl = vi.fn<(url: string) => void>();
  const openOptions = vi.fn<() => void>();
  const popup = createPopupStore({
    activeTabId: async () => opts.tabId,
    send: sendToBackground,
    store: async () => store,
    searchDelayMs: 0,
    openUrl,
    openOptions,
    now: () => NOW,
    ...(opts.summarizer ? { summarizer: opts.summarizer } : {}),
    summaryMode: async () => opts.summaryMode ?? 'on-device',
    activeCareerSite: async () => opts.careerSite,
    turnedOnSites: async () => opts.turnedOn ?? [],
    requestSite: opts.requestSite ?? (async () => false),
    readingWaitMs: 1000,
    readingPollMs: 10,
  });
  const view = render(<Popup store={popup} />);
  return { view, popup, store, openUrl, openOptions };
}
