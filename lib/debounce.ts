export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a call that is waiting, so it never runs. */
  cancel(): void;
}

/** Runs `fn` once, `delayMs` after the last of a burst of calls (typing, say), with that last call's arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, delayMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const debounced = (...args: A) => {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, delayMs);
  };
  return Object.assign(debounced, { cancel });
}
