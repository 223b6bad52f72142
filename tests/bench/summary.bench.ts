import { readdirSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { enrichPosting } from '@/lib/extract/enrich';
import { extractPosting } from '@/lib/extract/index';
import type { Posting } from '@/lib/posting';
import { extractiveSummary } from '@/lib/summary/extractive';
import { FIXTURES, goldenPages, readGolden, readPage } from '../unit/extract/golden';

/**
 * Makes the extractive summary of every saved page with a description (Lever, Workday, LinkedIn, in five languages,
 * 200 characters to 11 KB), as the background makes it, and prints the time per posting from its own timed loop
 * ("extractive summary: X µs per posting"), the longest description's alone, then runs the same through vitest's
 * bench for its table. The target is 1 ms per posting.
 */

const ROUNDS = 200;

function savedPostings(): Posting[] {
  return readdirSync(FIXTURES).flatMap((site) =>
    goldenPages(site).flatMap((page) => {
      const golden = readGolden(site, page);
      const result = extractPosting(readPage(site, page), golden.url, new Date(golden.now));
      return result.ok && (result.posting.descriptionText?.length ?? 0) >= 200 ? [enrichPosting(result.posting)] : [];
    }),
  );
}

const postings = savedPostings();
const longest = postings.reduce((a, b) =>
  (b.descriptionText?.length ?? 0) > (a.descriptionText?.length ?? 0) ? b : a,
);

function summarizeAll(list: Posting[]): number {
  let lines = 0;
  for (const posting of list) lines += extractiveSummary(posting)?.length ?? 0;
  return lines;
}

/** The best of five timed passes of ROUNDS rounds, after one to warm up, in µs per posting. */
function microsecondsPerPosting(list: Posting[]): number {
  summarizeAll(list);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 5; pass++) {
    const start = performance.now();
    for (let round = 0; round < ROUNDS; round++) summarizeAll(list);
    best = Math.min(best, ((performance.now() - start) * 1000) / (ROUNDS * list.length));
  }
  return best;
}

const chars = postings.map((posting) => posting.descriptionText?.length ?? 0);
console.log(
  `extractive summary: ${microsecondsPerPosting(postings).toFixed(1)} µs per posting over ${postings.length} saved pages ` +
    `(${Math.min(...chars)}–${Math.max(...chars)} chars), target 1000 µs`,
);
console.log(
  `extractive summary, longest description (${longest.descriptionText?.length} chars): ${microsecondsPerPosting([longest]).toFixed(1)} µs`,
);

describe('extractiveSummary', () => {
  bench(`${postings.length} saved pages`, () => {
    summarizeAll(postings);
  });
});
