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
  /** How many words. */
  length: number;
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
const SIEVE_SIZE = 1 << 14;

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

/** The gap "before" a phrase's first word, in the trie's keys: no gap kind is negative. */
const NO_GAP = -1;

/**
 * Finds many phrases in one pass over a scanned text. Several dictionaries can share an index (their values tell
 * them apart), so the score reads a description once for skills, requirements and pipeline wording.
 *
 * The phrases form a trie of words: from a node, a (gap kind, word hash) pair leads to the next node, and a node
 * where phrases end lists them. Finding the phrases at a word is a walk of one table lookup per word, however many
 * phrases share their first words ("we are always looking for …" comes in a hundred forms). The table is typed
 * arrays (open addressing), so a word that starts nothing is rejected without touching an object.
 */
export class PhraseIndex<T> {
  /** Every phrase, grouped by the node it ends at: node n's phrases are phrases[ends[n]..ends[n + 1]). */
  private readonly phrases: Phrase<T>[] = [];
  private readonly phraseEnds: Int32Array;
  /** The transition table: (parent node, gap kind, word hash) → child node; `children` is -1 in an empty slot. */
  private readonly parents: Int32Array;
  private readonly gaps: Int32Array;
  private readonly hashes: Int32Array;
  private readonly children: Int32Array;
  private readonly mask: number;
  /** A 16 K-entry sieve of first-word hashes: most words of a text are rejected with one small-array read. */
  private readonly sieve = new Uint8Array(SIEVE_SIZE);
  /** 1 for a node that leads further: only then is the gap after a word worth working out. */
  private readonly branches: Uint8Array;
  private readonly hits: PhraseHits<T> = emptyHits();
  /** The nodes where phrases end along the current walk, shortest first, and how many words each covers. */
  private path = new Int32Array(16);
  private pathLengths = new Int32Array(16);

  constructor(entries: Iterable<PhraseEntry<T>>) {
    const phrases = [...entries].map(toPhrase).filter((phrase) => phrase.length > 0);
    // At most a quarter full, so a search ends within a probe or two.
    const transitions = phrases.reduce((sum, phrase) => sum + phrase.length, 0);
    let size = 1024;
    while (size < transitions * 4) size *= 2;
    this.parents = new Int32Array(size);
    this.gaps = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.children = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    const ending = new Map<number, Phrase<T>[]>();
    const parents = new Set<number>();
    let nodes = 1;
    for (const phrase of phrases) {
      let node = 0;
      for (let k = 0; k < phrase.length; k++) {
        const gap = k === 0 ? NO_GAP : (phrase.gaps[k - 1] as number);
        const hash = phrase.hashes[k] as number;
        let child = this.child(node, gap, hash);
        if (child < 0) {
          child = nodes++;
          this.insert(node, gap, hash, child);
        }
        parents.add(node);
        node = child;
      }
      ending.set(node, [...(ending.get(node) ?? []), phrase]);
      this.sieve[(phrase.hashes[0] as number) & (SIEVE_SIZE - 1)] = 1;
    }
    this.phraseEnds = new Int32Array(nodes + 1);
    for (let node = 0; node < nodes; node++) {
      this.phraseEnds[node] = this.phrases.length;
      this.phrases.push(...(ending.get(node) ?? []));
    }
    this.phraseEnds[nodes] = this.phrases.length;
    this.branches = new Uint8Array(nodes);
    for (const node of parents) this.branches[node] = 1;
    const longestPhrase = Math.max(1, ...phrases.map((phrase) => phrase.length));
    this.path = new Int32Array(longestPhrase);
    this.pathLengths = new Int32Array(longestPhrase);
  }

  private slot(parent: number, gap: number, hash: number): number {
    return (Math.imul(parent + 1, 0x9e3779b1) ^ Math.imul(hash, 0x85ebca77) ^ (gap << 27)) & this.mask;
  }

  private insert(parent: number, gap: number, hash: number, child: number): void {
    let slot = this.slot(parent, gap, hash);
    while ((this.children[slot] as number) >= 0) slot = (slot + 1) & this.mask;
    this.parents[slot] = parent;
    this.gaps[slot] = gap;
    this.hashes[slot] = hash;
    this.children[slot] = child;
  }

  /** The node the word leads to from `parent`, or -1. */
  private child(parent: number, gap: number, hash: number): number {
    const { parents, gaps, hashes, children, mask } = this;
    for (let slot = this.slot(parent, gap, hash); ; slot = (slot + 1) & mask) {
      const child = children[slot] as number;
      if (child < 0 || (parents[slot] === parent && gaps[slot] === gap && hashes[slot] === hash)) return child;
    }
  }

  /**
   * Every phrase in the scanned text, left to right. Where phrases start at the same word, the longest that matches
   * wins ("Lean Six Sigma" over "Lean"), with every other phrase of those same words (from another dictionary);
   * the words it covers start no other phrase.
   */
  findAll(words: Words): PhraseHits<T> {
    const { text, count, hashes, starts, ends } = words;
    const { sieve, phrases, phraseEnds, branches, path, pathLengths } = this;
    const hits = this.hits;
    hits.count = 0;
    for (let i = 0; i < count; i++) {
      const hash = hashes[i] as number;
      if (sieve[hash & (SIEVE_SIZE - 1)] === 0) continue;
      let node = this.child(0, NO_GAP, hash);
      let found = 0;
      for (let j = i + 1; node >= 0; j++) {
        if ((phraseEnds[node + 1] as number) > (phraseEnds[node] as number)) {
          path[found] = node;
          pathLengths[found++] = j - i;
        }
        if (j >= count || branches[node] === 0) break;
        node = this.child(node, gapKind(text, ends[j - 1] as number, starts[j] as number), hashes[j] as number);
      }
      let longest = 0;
      for (let k = found - 1; k >= 0 && longest === 0; k--) {
        const node = path[k] as number;
        const length = pathLengths[k] as number;
        for (let p = phraseEnds[node] as number; p < (phraseEnds[node + 1] as number); p++) {
          const phrase = phrases[p] as Phrase<T>;
          if (!matchAt(text, phrase, i, words)) continue;
          longest = length;
          const last = i + length - 1;
          const start = (starts[i] as number) - (phrase.leadingDot ? 1 : 0);
          record(hits, phrase.value, start, ends[last] as number, i, last);
        }
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

/**
 * Whether the text at word `first` is `phrase`, as whole words. The trie walk has matched the hashes and the gaps;
 * this compares the words themselves (a hash only picks candidates), the boundaries and the capitals.
 */
function matchAt<T>(text: string, phrase: Phrase<T>, first: number, words: Words): boolean {
  const n = phrase.length;
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
  if ((after === DOT || after === AMPERSAND) && first + n < words.count && words.starts[first + n] === end + 1) {
    return false;
  }
  return phrase.exactCase === undefined || sameCase(text, phrase.leadingDot ? start - 1 : start, phrase.exactCase);
}
