import { signal } from '@preact/signals';
import type { TabResult } from '@/lib/messages';
import type { SummaryMode } from '@/lib/settings-defaults';
import { looksEnglish } from '@/lib/summary/language';
import type { OnDeviceSummarizer } from '@/lib/summary/on-device';
import { descriptionKey } from '@/lib/summary/summary';
import type { Send } from './current-listing';

/**
 * The popup's part in summaries by Chrome's on-device model. The popup is a window, where Chrome always has the
 * Summarizer API, and the one place a person clicks: it offers the model's one-time download (which Chrome starts
 * only from a click), shows its progress, and once the model is ready has the current listing summarized, by the
 * background when its worker has the model, else here, sending the lines to the background to keep.
 */

export interface SummaryModelDeps {
  /** Chrome's summarizer in the popup's window; absent in browsers without one. */
  summarizer?: OnDeviceSummarizer;
  /** The summaries setting. */
  summaryMode: () => Promise<SummaryMode>;
  send: Send;
}

export type ModelState =
  /** Nothing to offer: no model here, summaries not by the model, the listing not in English, or done. */
  | { kind: 'none' }
  /** The model can be downloaded; `started` when Chrome is already downloading it for someone else. */
  | { kind: 'offer'; started: boolean }
  | { kind: 'downloading'; fraction: number }
  | { kind: 'summarizing' }
  | { kind: 'failed'; error: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createSummaryModel(deps: SummaryModelDeps, onResult: (result: TabResult) => void) {
  const state = signal<ModelState>({ kind: 'none' });
  let target: { tabId: number; result: TabResult } | undefined;

  async function summarize(tabId: number, result: TabResult): Promise<void> {
    state.value = { kind: 'summarizing' };
    const asked = await deps.send({ type: 'summary:on-device', tabId });
    if (!asked.ok) {
      state.value = { kind: 'failed', error: asked.error };
      return;
    }
    if (asked.result) {
      onResult(asked.result);
      state.value = { kind: 'none' };
      return;
    }
    // The background's worker has no model: summarize here and have the background keep it.
    const text = result.posting.descriptionText ?? '';
    try {
      const lines = await (deps.summarizer as OnDeviceSummarizer).summarize(text);
      const saved = await deps.send({ type: 'summary:save', tabId, descriptionKey: descriptionKey(text), lines });
      if (!saved.ok) throw new Error(saved.error);
      onResult(saved.result);
      state.value = { kind: 'none' };
    } catch (error) {
      state.value = {
        kind: 'failed',
        error: `Chrome's on-device model could not summarize this posting: ${errorText(error)}`,
      };
    }
  }

  /** Looks at the listing just shown: offers the download, or has it summarized when the model is ready. */
  async function check(tabId: number, result: TabResult): Promise<void> {
    target = { tabId, result };
    const text = result.posting.descriptionText;
    const summarizer = deps.summarizer;
    if (!summarizer || result.summary?.method !== 'extractive' || !text || !looksEnglish(text)) return;
    if ((await deps.summaryMode().catch(() => 'off')) !== 'on-device') return;
    const availability = await summarizer.availability();
    if (availability === 'available') await summarize(tabId, result);
    else if (availability !== 'unavailable') state.value = { kind: 'offer', started: availability === 'downloading' };
  }

  /**
   * Starts or follows the download: call it from the click itself, since Chrome starts a download only with user
   * activation (the summarizer's create() is called before anything here is awaited).
   */
  async function download(): Promise<void> {
    const summarizer = deps.summarizer;
    if (!summarizer || !target || state.value.kind === 'downloading') return;
    const { tabId, result } = target;
    const done = summarizer.download((fraction) => {
      state.value = { kind: 'downloading', fraction };
    });
    state.value = { kind: 'downloading', fraction: 0 };
    try {
      await done;
    } catch (error) {
      state.value = { kind: 'failed', error: `Chrome could not download its on-device model: ${errorText(error)}` };
      return;
    }
    await summarize(tabId, result);
  }

  return { state, check, download };
}

export type SummaryModel = ReturnType<typeof createSummaryModel>;
