/**
 * A posting's short summary: a few lines a job seeker reads instead of the whole description, and how they were
 * made. Plain values only, so the badge in a content script can show one without the code that makes it.
 */

export const SUMMARY_METHODS = ['extractive', 'on-device'] as const;
export type SummaryMethod = (typeof SUMMARY_METHODS)[number];

export interface PostingSummary {
  method: SummaryMethod;
  lines: string[];
}

/** How each is labelled wherever it is shown. */
export const SUMMARY_LABELS: Record<SummaryMethod, string> = {
  extractive: 'Key lines from the posting',
  'on-device': "Summary by Chrome's on-device model",
};

/** What a job seeker reads in place of 2,500 characters; a stored or received summary never has more. */
export const MAX_SUMMARY_LINES = 5;
/** Longer sentences are cut to their clause; a stored or received line is never longer than this. */
export const MAX_LINE_CHARS = 300;

/**
 * Equal for equal descriptions (in practice, never for different ones): a summary is kept with the key of the
 * description it was made from, and dropped when the posting's description no longer has that key. Two 32-bit
 * FNV-1a hashes with different seeds and the length, in hex.
 */
export function descriptionKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${text.length.toString(16)}-${hex(a)}${hex(b)}`;
}
