import { MAX_LINE_CHARS, MAX_SUMMARY_LINES } from './summary';

/**
 * Chrome's built-in Summarizer API (Gemini Nano, on the device), behind an interface the background and the popup
 * are given, so tests use a fake and other browsers simply have none. What Chrome documents and ships (Chrome 138+):
 * - `Summarizer` is a global of window contexts (a top-level page, its same-origin frames; cross-origin frames need
 *   the `summarizer` permissions policy), so the popup and an offscreen document have it. Blink exposes it to
 *   workers only behind AISummarizationAPIForWorkers, which Chrome turns on in extension processes: an extension's
 *   service worker has it in current Chrome, older ones may not. Content scripts never use it here.
 * - `availability(options)` answers "unavailable", "downloadable", "downloading" or "available" for those exact
 *   options, which create() must be given too.
 * - `create()` while the model is not "available" starts (or joins) its download and needs user activation (a click
 *   in the page calling it): only the popup's button does that. Its `monitor` gets `downloadprogress` events,
 *   `loaded` a fraction from 0 to 1 (older builds gave bytes with `total`).
 * - Once "available", create() needs no activation, so the background can summarize on its own.
 */

export type ModelAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface OnDeviceSummarizer {
  /** Whether the model can summarize now, after a download, or not at all. Never throws. */
  availability(): Promise<ModelAvailability>;
  /** Starts or follows the model's download, reporting a fraction done; call it from a click. Resolves when ready. */
  download(onProgress: (fraction: number) => void): Promise<void>;
  /** The key points of an English description, as lines; rejects when the model is not ready or fails. */
  summarize(description: string): Promise<string[]>;
}

/** The same for availability() and create(), as Chrome asks: plain-text key points, English in and out. */
const OPTIONS = {
  type: 'key-points',
  format: 'plain-text',
  // Five key points (short is three, long seven).
  length: 'medium',
  expectedInputLanguages: ['en'],
  outputLanguage: 'en',
} as const;
const SHARED_CONTEXT =
  'A job posting. The reader is a job seeker deciding whether to apply: say what the role does, what it asks for, the tools it uses, where and how it is worked, and the pay if stated.';

/** The parts of the browser's API used here, as its IDL has them. */
interface Instance {
  summarize(input: string): Promise<string>;
  measureInputUsage?(input: string): Promise<number>;
  readonly inputQuota?: number;
}
interface Monitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number; total?: number }) => void): void;
}
interface Api {
  availability(options: typeof OPTIONS): Promise<string>;
  create(options: typeof OPTIONS & { sharedContext: string; monitor?: (monitor: Monitor) => void }): Promise<Instance>;
}

const AVAILABILITIES: readonly string[] = ['unavailable', 'downloadable', 'downloading', 'available'];

/** Chrome's summarizer in `scope` (a window or the service worker), or undefined where the browser has none. */
export function builtInSummarizer(scope: object = globalThis): OnDeviceSummarizer | undefined {
  const api = (scope as { Summarizer?: Partial<Api> }).Summarizer;
  if (typeof api?.availability !== 'function' || typeof api.create !== 'function') return undefined;
  const { availability, create } = api as Api;
  let ready: Promise<Instance> | undefined;
  const instance = (monitor?: (monitor: Monitor) => void) => {
    ready ??= create.call(api, { ...OPTIONS, sharedContext: SHARED_CONTEXT, ...(monitor ? { monitor } : {}) });
    // A failed create (no activation, the download stopped) is tried afresh next time.
    ready.catch(() => {
      ready = undefined;
    });
    return ready;
  };
  return {
    async availability() {
      const answer = await availability.call(api, OPTIONS).catch(() => 'unavailable');
      return (AVAILABILITIES.includes(answer) ? answer : 'unavailable') as ModelAvailability;
    },
    async download(onProgress) {
      await instance((monitor) =>
        monitor.addEventListener('downloadprogress', ({ loaded, total }) =>
          onProgress(Math.min(1, Math.max(0, total && total > 1 ? loaded / total : loaded))),
        ),
      );
    },
    async summarize(description) {
      const summarizer = await instance();
      return keyPointLines(await summarizer.summarize(await withinQuota(summarizer, description)));
    },
  };
}

/** The description cut to what the model takes in at once, when it says how much that is. */
async function withinQuota(summarizer: Instance, text: string): Promise<string> {
  const quota = summarizer.inputQuota;
  if (!summarizer.measureInputUsage || !quota || !Number.isFinite(quota)) return text;
  const usage = await summarizer.measureInputUsage(text);
  return usage <= quota ? text : text.slice(0, Math.floor((text.length * quota * 0.9) / usage));
}

/** The model's key points, one a line, without their bullets; each cut to a line's length at a word's end. */
export function keyPointLines(output: string): string[] {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•–—]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0)
    .slice(0, MAX_SUMMARY_LINES)
    .map((line) =>
      line.length <= MAX_LINE_CHARS ? line : line.slice(0, line.lastIndexOf(' ', MAX_LINE_CHARS) || MAX_LINE_CHARS),
    );
  if (lines.length === 0) throw new Error("Chrome's on-device model gave an empty summary.");
  return lines;
}
