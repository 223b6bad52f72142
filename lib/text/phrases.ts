import { gapKind, scanWords, type Words } from '@/lib/text/tokens';

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
  /** How many words, and the second one's hash (-1 for one word): read for every candidate. */
  length: number;
  second: number;
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

/**
 * The phrases found in one text, as parallel arrays rather than an object per hit (a description may hold dozens).
 * An index reuses its hits: they are valid until its next findAll.
 */
export interface PhraseHits<T> {
  count: number;
  values: T[];
  /** UTF-16 positions of each phrase in the text. */
  starts: Int32Array;
  ends: Int32Array;
  /** Indices of each phrase's first and last word in the scan, for rules that look at the words around it. */
  firstWords: Int32Array;
  lastWords: Int32Array;
}

/** Lower case, and any run of spaces or hyphens as one space: what two forms of one phrase have in common. */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, ' ');
}

function toPhrase<T>({ text, value, exactCase }: PhraseEntry<T>): Phrase<T> {
  const scanned = scanWords(text);
  const phrase: Phrase<T> = {
    value,
    words: [],
    hashes: [],
    gaps: [],
    length: scanned.count,
    second: scanned.count > 1 ? (scanned.hashes[1] as number) : -1,
    leadingDot: text.startsWith('.'),
  };
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

const INITIAL_HITS = 64;

function emptyHits<T>(): PhraseHits<T> {
  const buffer = () => new Int32Array(INITIAL_HITS);
  return { count: 0, values: [], starts: buffer(), ends: buffer(), firstWords: buffer(), lastWords: buffer() };
}

function growHits<T>(hits: PhraseHits<T>): void {
  const grow = (array: Int32Array) => {
    const bigger = new Int32Array(array.length * 2);
    bigger.set(array);
    return bigger;
  };
  hits.starts = grow(hits.starts);
  hits.ends = grow(hits.ends);
  hits.firstWords = grow(hits.firstWords);
  hits.lastWords = grow(hits.lastWords);
}

function record<T>(hits: PhraseHits<T>, value: T, start: number, end: number, first: number, last: number): void {
  if (hits.count === hits.starts.length) growHits(hits);
  const at = hits.count++;
  hits.values[at] = value;
  hits.starts[at] = start;
  hits.ends[at] = end;
  hits.firstWords[at] = first;
  hits.lastWords[at] = last;
}

/**
 * Finds many phrases in one pass over a scanned text. Several dictionaries can share an index (their values tell
 * them apart), so the score reads a description once for skills, requirements and pipeline wording.
 */
export class PhraseIndex<T> {
  /** Lists of phrases that share a first word, each longest first. */
  private readonly lists: Phrase<T>[][] = [];
  /**
   * An open-addressing table from first-word hash to list: `keys` holds the hash, `slots` the list's index plus one
   * (0 for an empty slot). Typed arrays rather than a Map: a description asks it a hundred times.
   */
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** A 64 K-entry sieve of first-word hashes: most words of a text are rejected with one array read. */
  private readonly sieve = new Uint8Array(1 << 16);
  private readonly hits: PhraseHits<T> = emptyHits();

  constructor(entries: Iterable<PhraseEntry<T>>) {
    const byHash = new Map<number, Phrase<T>[]>();
    for (const entry of entries) {
      const phrase = toPhrase(entry);
      const hash = phrase.hashes[0];
      if (hash === undefined) continue;
      byHash.set(hash, [...(byHash.get(hash) ?? []), phrase]);
    }
    // At most a quarter full, so a search ends within a probe or two.
    let size = 1024;
    while (size < byHash.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const [hash, list] of byHash) {
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = hash;
      this.lists.push(list.sort((a, b) => b.words.length - a.words.length));
      this.slots[slot] = this.lists.length;
      this.sieve[hash & 0xffff] = 1;
    }
  }

  /** The phrases whose first word has this hash, longest first. */
  private candidates(hash: number): Phrase<T>[] | undefined {
    const { keys, slots, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const list = slots[slot] as number;
      if (list === 0) return undefined;
      if (keys[slot] === hash) return this.lists[list - 1];
    }
  }

  /**
   * Every phrase in the scanned text, left to right. Where phrases start at the same word, the longest that matches
   * wins ("Lean Six Sigma" over "Lean"), with every other phrase of that length (the same words in two
   * dictionaries); the words it covers start no other phrase.
   */
  findAll(words: Words): PhraseHits<T> {
    const { text, count, hashes, starts, ends } = words;
    const sieve = this.sieve;
    const hits = this.hits;
    hits.count = 0;
    for (let i = 0; i < count; i++) {
      const hash = hashes[i] as number;
      if (sieve[hash & 0xffff] === 0) continue;
      const candidates = this.candidates(hash);
      if (candidates === undefined) continue;
      let longest = 0;
      for (let c = 0; c < candidates.length; c++) {
        const phrase = candidates[c] as Phrase<T>;
        if (phrase.length < longest) break;
        // Most multi-word candidates fail on their second word: check it before anything else.
        if (phrase.length > 1 && hashes[i + 1] !== phrase.second) continue;
        if (!matchAt(text, phrase, i, words)) continue;
        longest = phrase.length;
        const last = i + longest - 1;
        record(hits, phrase.value, (starts[i] as number) - (phrase.leadingDot ? 1 : 0), ends[last] as number, i, last);
      }
      if (longest > 0) i += longest - 1;
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

/** Whether `text` at `start` is exactly `expected`, capitals included. */
function sameCase(text: string, start: number, expected: string): boolean {
  for (let j = 0; j < expected.length; j++) if (text.charCodeAt(start + j) !== expected.charCodeAt(j)) return false;
  return true;
}

const DOT = 46;
const AMPERSAND = 38;

/** Whether the text at word `first` is `phrase`, as whole words. */
function matchAt<T>(text: string, phrase: Phrase<T>, first: number, words: Words): boolean {
  const n = phrase.length;
  if (first + n > words.count) return false;
  for (let k = 2; k < n; k++) if (words.hashes[first + k] !== phrase.hashes[k]) return false;
  for (let k = 1; k < n; k++) {
    const i = first + k;
    if (gapKind(text, words.ends[i - 1] as number, words.starts[i] as number) !== phrase.gaps[k - 1]) return false;
  }
  for (let k = 0; k < n; k++) {
    const i = first + k;
    if (!sameWord(text, words.starts[i] as number, words.ends[i] as number, phrase.words[k] as string)) return false;
  }
  const start = words.starts[first] as number;
  const end = words.ends[first + n - 1] as number;
  // Whole words: "R&D" is not R, "x.js" is not JavaScript, ".NET" needs its dot and "foo.net" is a domain.
  const before = text.charCodeAt(start - 1);
  if (phrase.leadingDot) {
    if (before !== DOT || isWordChar(text, start - 2)) return false;
  } else if ((before === DOT || before === AMPERSAND) && isWordChar(text, start - 2)) {
    return false;
  }
  const after = text.charCodeAt(end);
  if ((after === DOT || after === AMPERSAND) && words.starts[first + n] === end + 1) return false;
  return phrase.exactCase === undefined || sameCase(text, phrase.leadingDot ? start - 1 : start, phrase.exactCase);
}
