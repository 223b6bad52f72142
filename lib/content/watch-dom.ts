import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface WatchDomOptions {
  /**
   * Called right after the first change of a quiet page, then at most once per `throttleMs` while changes go on;
   * returning true stops the watch.
   */
  check: () => boolean;
  throttleMs: number;
  /** Stop after this long and call `onTimeout`; without it the watch runs until stopped. */
  timeoutMs?: number;
  onTimeout?: () => void;
}

/**
 * Watches the page for changes without ever doing work per mutation: changes only schedule one `check`. The first
 * change after a quiet spell is checked at once (a posting that renders in one go gets its badge within a frame);
 * while the page keeps changing, checks come at most once per throttle window. Stops when `check` says so, on
 * timeout, when the returned function is called, or when the content script is invalidated.
 */
export function watchDom(ctx: ContentScriptContext, options: WatchDomOptions): () => void {
  let stopped = false;
  let scheduled = false;
  let lastCheck = Number.NEGATIVE_INFINITY;
  let timeout: number | undefined;

  const observer = new MutationObserver(() => {
    if (scheduled || stopped) return;
    scheduled = true;
    const wait = Math.max(0, lastCheck + options.throttleMs - performance.now());
    ctx.setTimeout(() => {
      scheduled = false;
      lastCheck = performance.now();
      if (!stopped && options.check()) stop();
    }, wait);
  });

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(timeout);
    forgetInvalidation();
  };
  const forgetInvalidation = ctx.onInvalidated(stop);

  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (options.timeoutMs !== undefined) {
    timeout = ctx.setTimeout(() => {
      if (stopped) return;
      stop();
      options.onTimeout?.();
    }, options.timeoutMs);
  }
  return stop;
}
