export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a call that is waiting, so it never runs. */
  cancel(): void;
  /** Runs a call that is waiting now, rather than after the delay. */
  flush(): void;
}

/** Runs `fn` once, `delayMs` after the last of a burst of calls (typing, say), with that last call's arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, delayMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: A | undefined;
  const run = () => {
    const args = waiting;
    cancel();
    if (args) fn(...args);
  };
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    waiting = undefined;
  };
  const debounced = (...args: A) => {
    cancel();
    waiting = args;
    timer = setTimeout(run, delayMs);
  };
  return Object.assign(debounced, { cancel, flush: run });
}
