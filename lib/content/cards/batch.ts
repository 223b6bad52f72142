import type { CardResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';

/** Splits `items` into runs of at most `size`, in order. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs;
}

/**
 * The background's result for each posting sent, in the order sent; undefined where it sent none (a site switched
 * off). Results name their posting by source and id, which two cards of different content can share, so each
 * result goes to the first posting with its id that has none yet: the background answers in the order it was asked.
 */
export function matchResults(sent: readonly Posting[], results: readonly CardResult[]): (CardResult | undefined)[] {
  const queues = new Map<string, CardResult[]>();
  for (const result of results) {
    const key = `${result.source}:${result.id}`;
    const queue = queues.get(key);
    if (queue) queue.push(result);
    else queues.set(key, [result]);
  }
  return sent.map((posting) => queues.get(`${posting.source}:${posting.id}`)?.shift());
}
