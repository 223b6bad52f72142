import { GAP_AMP, GAP_DOT, gapKind, scanWords, type Words } from '@/lib/text/tokens';

/**
 * A dictionary of literal phrases found in a text by word hashes (see lib/text/tokens.ts) instead of a regex: the
 * text is scanned once whatever the dictionary's size. A phrase matches whole words, case-insensitively unless it
 * asks for its exact capitalisation; in a phrase, a space or hyphen matches any run of spaces or hyphens, and a dot,
 * slash, ampersand or apostrophe between two words must be just that ("node.js", "ci/cd", "fp&a", "we're").
 */

interface Phrase<T> {
  value: T;
  /** Lower-case words; their hashes; the gap kinds between them. */
  words: string[];
  hashes: number[];
  gaps: number[];
  /** ".net" is the word "net" right after a dot that does not follow another word. */
  leadingDot: boolean;
  exactCase?: string;
}

export interface PhraseEntry<T> {
  text: string;
  value: T;
  /** Only with this exact capitalisation ("Excel", never "excel"). */
  exactCase?: boolean;
}

export interface PhraseHit<T> {
  value: T;
  /** UTF-16 positions of the phrase in the text. */
  start: number;
  end: number;
  /** Indices of its first and last word in the scan, for rules that look at the words around it. */
  firstWord: number;
  lastWord: number;
}

/** Lower case, and any run of spaces or hyphens as one space: two phrases with one key are one phrase. */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, ' ');
}

function toPhrase<T>({ text, value, exactCase }: PhraseEntry<T>): Phrase<T> {
  const scanned = scanWords(text);
  const phrase: Phrase<T> = { value, words: [], hashes: [], gaps: [], leadingDot: text.startsWith('.') };
  for (let i = 0; i < scanned.count; i++) {
    const start = scanned.starts[i] as number;
    phrase.words.push(text.slice(start, scanned.ends[i]).toLowerCase());
    phrase.hashes.push(scanned.hashes[i] as number);
    if (i > 0) phrase.gaps.push(gapKind(text, scanned.ends[i - 1] as number, start));
  }
  if (exactCase) phrase.exactCase = text;
  return phrase;
}

/**
 * Writes out the phrases a pattern stands for: each "(a|b|)" group is one of its choices, the empty one included.
 * "talent (pool|network)" is "talent pool" and "talent network". Spaces around an empty choice collapse.
 */
export function expandPhrase(pattern: string): string[] {
  const group = /\(([^()]*)\)/.exec(pattern);
  if (!group) return [pattern.replace(/\s+/g, ' ').trim()];
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index + group[0].length);
  return (group[1] ?? '').split('|').flatMap((choice) => expandPhrase(before + choice + after));
}

const isWordChar = (text: string, at: number) => at >= 0 && /[\p{L}\p{N}]/u.test(text[at] ?? '');

export class PhraseIndex<T> {
  /** Phrases by the hash of their first word, longest first. */
  private readonly byHash = new Map<number, Phrase<T>[]>();
  /** A 64 K-entry sieve of first-word hashes: most words of a text are rejected with one array read. */
  private readonly sieve = new Uint8Array(1 << 16);

  /** Entries whose key (phraseKey) repeats an earlier one are skipped: the first one wins. */
  constructor(entries: Iterable<PhraseEntry<T>>) {
    const seen = new Set<string>();
    for (const entry of entries) {
      const key = phraseKey(entry.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const phrase = toPhrase(entry);
      const hash = phrase.hashes[0];
      if (hash === undefined) continue;
      const list = this.byHash.get(hash) ?? [];
      list.push(phrase);
      list.sort((a, b) => b.words.length - a.words.length);
      this.byHash.set(hash, list);
      this.sieve[hash & 0xffff] = 1;
    }
  }

  /** Every phrase in the scanned text, left to right; where several start at one word, the longest that matches. */
  findAll(words: Words): PhraseHit<T>[] {
    const { text } = words;
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.count; i++) {
      const hash = words.hashes[i] as number;
      if (this.sieve[hash & 0xffff] === 0) continue;
      for (const phrase of this.byHash.get(hash) ?? []) {
        const covered = matchAt(text, phrase, i, words);
        if (covered === 0) continue;
        const lastWord = i + covered - 1;
        const start = (words.starts[i] as number) - (phrase.leadingDot ? 1 : 0);
        hits.push({ value: phrase.value, start, end: words.ends[lastWord] as number, firstWord: i, lastWord });
        i = lastWord;
        break;
      }
    }
    return hits;
  }
}

/** Whether the text between `start` and `end`, lower-cased, is `word`; without building a substring. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let j = 0; j < word.length; j++) {
    const code = text.charCodeAt(start + j);
    const lower =
      code >= 65 && code <= 90
        ? code + 32
        : code < 128
          ? code
          : (text[start + j] as string).toLowerCase().charCodeAt(0);
    if (lower !== word.charCodeAt(j)) return false;
  }
  return true;
}

/** How many words `phrase` covers from word `first`, or 0 when the text there is not this phrase. */
function matchAt<T>(text: string, phrase: Phrase<T>, first: number, words: Words): number {
  const n = phrase.words.length;
  if (first + n > words.count) return 0;
  for (let k = 1; k < n; k++) if (words.hashes[first + k] !== phrase.hashes[k]) return 0;
  for (let k = 1; k < n; k++) {
    const i = first + k;
    if (gapKind(text, words.ends[i - 1] as number, words.starts[i] as number) !== phrase.gaps[k - 1]) return 0;
  }
  for (let k = 0; k < n; k++) {
    if (
      !sameWord(text, words.starts[first + k] as number, words.ends[first + k] as number, phrase.words[k] as string)
    ) {
      return 0;
    }
  }
  const start = words.starts[first] as number;
  const end = words.ends[first + n - 1] as number;
  // Whole words: "R&D" is not R, "x.js" is not JavaScript, ".NET" needs its dot and "foo.net" is a domain.
  const before = text[start - 1];
  const joinedBefore = (before === '.' || before === '&') && isWordChar(text, start - 2);
  if (phrase.leadingDot ? before !== '.' || isWordChar(text, start - 2) : joinedBefore) return 0;
  const after = first + n < words.count ? gapKind(text, end, words.starts[first + n] as number) : -1;
  if (after === GAP_DOT || after === GAP_AMP) return 0;
  if (phrase.exactCase !== undefined && text.slice(phrase.leadingDot ? start - 1 : start, end) !== phrase.exactCase) {
    return 0;
  }
  return n;
}
