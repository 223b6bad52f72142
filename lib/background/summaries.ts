import type { TabResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import type { SummaryMode } from '@/lib/settings-defaults';
import type { StoredSummary } from '@/lib/store/types';
import { EXTRACTIVE_VERSION, extractiveSummary } from '@/lib/summary/extractive';
import { looksEnglish } from '@/lib/summary/language';
import type { OnDeviceSummarizer } from '@/lib/summary/on-device';
import { descriptionKey, type PostingSummary } from '@/lib/summary/summary';

/**
 * Which summary a posting is shown with, in the background: the one kept with it when it still fits (same
 * description, a mode that allows it, the current extractive rules), else its key lines, made now (well under a
 * millisecond) and kept; and, where Chrome's model is ready and the posting is in English, the model's summary
 * afterwards, one posting at a time.
 */

const shown = ({ method, lines }: StoredSummary): PostingSummary => ({ method, lines });

function fits(kept: StoredSummary, text: string | undefined, mode: SummaryMode): boolean {
  if (text !== undefined && descriptionKey(text) !== kept.descriptionKey) return false;
  return kept.method === 'on-device' ? mode === 'on-device' : kept.version === EXTRACTIVE_VERSION;
}

function extractive(posting: Posting, now: Date): StoredSummary | undefined {
  const text = posting.descriptionText;
  const lines = text === undefined ? undefined : extractiveSummary(posting);
  if (!text || !lines) return undefined;
  return {
    method: 'extractive',
    lines,
    descriptionKey: descriptionKey(text),
    version: EXTRACTIVE_VERSION,
    madeAt: now.toISOString(),
  };
}

/**
 * The summary to show with `posting`, and the one to keep when it is new. Key lines made while an on-device summary
 * is kept (the mode says key lines only) are shown and not kept, so the model's stays for when the mode is back.
 */
export function summaryForPosting(
  posting: Posting,
  kept: StoredSummary | undefined,
  mode: SummaryMode,
  now: Date,
): { summary?: PostingSummary; keep?: StoredSummary } {
  if (mode === 'off') return {};
  if (kept && fits(kept, posting.descriptionText, mode)) return { summary: shown(kept) };
  const made = extractive(posting, now);
  if (!made) return {};
  return kept?.method === 'on-device' ? { summary: shown(made) } : { summary: shown(made), keep: made };
}

/** A tab's result under a new mode: without a summary, with key lines in place of the model's, or as it was. */
export function resultForMode(result: TabResult, mode: SummaryMode, now: Date): TabResult {
  const { summary, ...rest } = result;
  if (mode === 'off') return rest;
  if (summary && (mode === 'on-device' || summary.method === 'extractive')) return result;
  const made = extractive(result.posting, now);
  return made ? { ...rest, summary: shown(made) } : rest;
}

/** Whether Chrome's model should be asked for this posting's summary. */
export function wantsOnDevice(posting: Posting, summary: PostingSummary | undefined, mode: SummaryMode): boolean {
  const text = posting.descriptionText;
  return mode === 'on-device' && summary?.method === 'extractive' && text !== undefined && looksEnglish(text);
}

/** The on-device summary of a description, or undefined when the model is not ready here or fails. */
export type ModelRun = (posting: Posting, now: Date) => Promise<StoredSummary | undefined>;

/** Runs Chrome's model one posting at a time (it is large), a posting asked for twice meanwhile only once. */
export function createModelRun(summarizer: OnDeviceSummarizer | undefined): ModelRun {
  let queue: Promise<unknown> = Promise.resolve();
  const running = new Map<string, Promise<StoredSummary | undefined>>();
  return (posting, now) => {
    const text = posting.descriptionText;
    if (!summarizer || !text) return Promise.resolve(undefined);
    const key = descriptionKey(text);
    const known = running.get(key);
    if (known) return known;
    const run = queue
      .then(async () => {
        if ((await summarizer.availability()) !== 'available') return undefined;
        const lines = await summarizer.summarize(text);
        const summary: StoredSummary = {
          method: 'on-device',
          lines,
          descriptionKey: key,
          version: 1,
          madeAt: now.toISOString(),
        };
        return summary;
      })
      .catch(() => undefined)
      .finally(() => running.delete(key));
    running.set(key, run);
    queue = run;
    return run;
  };
}
