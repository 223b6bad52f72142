/**
 * A fast word scanner for dictionary matching: one pass over the text, no substrings, each word kept as its start,
 * end and a hash. A single regex built from hundreds of words costs about 20 µs on a 3 KB description (the engine
 * tries every branch at every position); this pass costs about a third of that, and the dictionary lookups that
 * follow (lib/text/phrases.ts) only visit the few hundred words.
 *
 * A word is a run of letters and digits (accented ones too), plus any "+" or "#" inside or after it, so "C++",
 * "C#" and "c++17" are single words. What separates two words is classed by `gapKind`, so a dictionary can say that
 * "node.js" is two words joined by a dot and "machine learning" two words joined by spaces or hyphens.
 */

export const GAP_OTHER = 0;
/** Only spaces (no-break ones too), line breaks or hyphens: "machine learning", "go-to-market". */
export const GAP_SPACE = 1;
/** One dot between two words: "node.js", "asp.net". */
export const GAP_DOT = 2;
/** One slash: "ci/cd", "a/b". */
export const GAP_SLASH = 3;
/** One ampersand: "fp&a", "r&d". */
export const GAP_AMP = 4;
/** One apostrophe, straight or curly: "we're", "d'expérience". */
export const GAP_APOSTROPHE = 5;

/**
 * By UTF-16 code: 1 starts or continues a word, 2 only continues one ("+", "#"), 0 not. Letters and digits of any
 * script are word characters; not so U+0080–U+00BF (no-break space, «, », ·), U+2000–U+2FFF (curly quotes, dashes,
 * bullets, arrows), U+3000–U+303F (CJK punctuation) and surrogates (emoji), which are punctuation or symbols.
 */
const WORD_FLAG = new Uint8Array(0x10000).fill(1);
/** ASCII, for hashing: the lower-cased character. */
const LOWER = new Uint8Array(0x80);
/** ASCII characters that may join the words of a phrase: white space and the hyphen. */
const SPACE_LIKE = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  const char = String.fromCharCode(code);
  WORD_FLAG[code] = /[a-z0-9]/i.test(char) ? 1 : char === '+' || char === '#' ? 2 : 0;
  LOWER[code] = char.toLowerCase().charCodeAt(0);
  if (/[\s-]/.test(char)) SPACE_LIKE[code] = 1;
}
for (const [from, to] of [
  [0x80, 0xc0],
  [0x2000, 0x3040],
  [0xd800, 0xe000],
]) {
  WORD_FLAG.fill(0, from, to);
}

/** The words of one text. Scans share their buffers: a Words is valid until the next scanWords call. */
export interface Words {
  text: string;
  count: number;
  /** UTF-16 indices into the text, for slicing it. */
  starts: Int32Array;
  ends: Int32Array;
  /** 30-bit hashes (small integers for V8) of the lower-cased words: see hashWords. */
  hashes: Int32Array;
}

const INITIAL_WORDS = 2048;
const words: Words = {
  text: '',
  count: 0,
  starts: new Int32Array(INITIAL_WORDS),
  ends: new Int32Array(INITIAL_WORDS),
  hashes: new Int32Array(INITIAL_WORDS),
};

function reserve(length: number): void {
  // A word and its separator take two characters at least, plus the slot the branch-free loop writes past the end.
  const size = (length >> 1) + 2;
  if (words.starts.length >= size) return;
  words.starts = new Int32Array(size);
  words.ends = new Int32Array(size);
  words.hashes = new Int32Array(size);
}

const lowerAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code < 0x80 ? (LOWER[code] as number) : code;
};

/**
 * Each word's hash from its length, first two and last characters (0 for the second of a one-character word):
 * three reads a word, enough to pick candidates that are then compared in full.
 */
function hashWords(text: string, count: number): void {
  const { starts, ends, hashes } = words;
  for (let k = 0; k < count; k++) {
    const start = starts[k] as number;
    const end = ends[k] as number;
    const second = end - start > 1 ? lowerAt(text, start + 1) : 0;
    let hash = Math.imul(end - start, 0x9e3779b1) ^ lowerAt(text, start);
    hash = Math.imul(hash, 31) + second;
    hash = Math.imul(hash, 31) + lowerAt(text, end - 1);
    hashes[k] = hash & 0x3fffffff;
  }
}

/**
 * Splits `text` into words, overwriting the previous scan's. Where words start and end is unpredictable in prose,
 * so rather than branch there the loop writes every position as a possible start and end, and only moves the
 * counts where a word really starts or ends.
 */
export function scanWords(text: string): Words {
  const length = text.length;
  reserve(length);
  // Locals, not module variables, in the hot loop: a bundler may turn module constants into reloaded `var`s.
  const flags = WORD_FLAG;
  const { starts, ends } = words;
  let startCount = 0;
  let endCount = 0;
  let inWord = 0;
  for (let i = 0; i < length; i++) {
    const flag = flags[text.charCodeAt(i)] as number;
    const word = flag === 2 ? inWord : flag;
    starts[startCount] = i;
    startCount += word & (inWord ^ 1);
    ends[endCount] = i;
    endCount += inWord & (word ^ 1);
    inWord = word;
  }
  ends[endCount] = length;
  endCount += inWord;
  hashWords(text, endCount);
  words.text = text;
  words.count = endCount;
  return words;
}

/** What separates the word ending at `from` from the one starting at `to`. */
export function gapKind(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const code = text.charCodeAt(from);
    if (code === 46) return GAP_DOT;
    if (code === 47) return GAP_SLASH;
    if (code === 38) return GAP_AMP;
    if (code === 39 || code === 0x2019) return GAP_APOSTROPHE;
  }
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0xa0 && (code >= 0x80 || SPACE_LIKE[code] === 0)) return GAP_OTHER;
  }
  return GAP_SPACE;
}
