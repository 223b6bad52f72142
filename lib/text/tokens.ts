/**
 * A fast word scanner for dictionary matching: one pass over the text's bytes, no substrings, each word kept as its
 * start, end and a hash. A single regex built from hundreds of words costs about 20 µs on a 3 KB description (the
 * engine tries every branch at every position); this pass costs about 3.
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
 * By byte: 1 starts or continues a word, 2 only continues one ("+", "#"), 0 not. ASCII letters and digits are word
 * characters; a non-ASCII character is one unless its UTF-8 lead byte is C2 (U+0080–U+00BF: no-break space, «, »,
 * ·), E2 (U+2000–U+2FFF: curly quotes, dashes, bullets, arrows) or F0–F7 (emoji): punctuation, not letters.
 * A continuation byte (80–BF) belongs to the character its lead byte started.
 */
const WORD_FLAG = new Uint8Array(256);
/** By byte, for hashing: a lower-cased ASCII character, a non-ASCII byte as it is, 0 for a byte outside words. */
const LOWER = new Uint8Array(256);
/** By byte: how the UTF-16 index lags the UTF-8 one: -1 for a continuation byte, +1 for a 4-byte character's lead. */
const INDEX_SHIFT = new Int8Array(256);
/** ASCII characters that may join the words of a phrase: white space and the hyphen. */
const SPACE_LIKE = new Uint8Array(128);
for (let byte = 0; byte < 256; byte++) {
  const char = String.fromCharCode(byte);
  const ascii = byte < 0x80;
  const continuation = byte >= 0x80 && byte < 0xc0;
  const punctuationLead = byte === 0xc2 || byte === 0xe2 || byte >= 0xf0;
  const word = ascii ? /[a-z0-9]/i.test(char) : byte >= 0xc0 && !punctuationLead;
  const suffix = char === '+' || char === '#';
  WORD_FLAG[byte] = word ? 1 : suffix ? 2 : 0;
  LOWER[byte] = !(word || suffix || continuation) ? 0 : ascii ? char.toLowerCase().charCodeAt(0) : byte;
  INDEX_SHIFT[byte] = continuation ? -1 : byte >= 0xf0 ? 1 : 0;
  if (ascii && /[\s-]/.test(char)) SPACE_LIKE[byte] = 1;
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
let byteStarts = new Int32Array(INITIAL_WORDS);
let byteEnds = new Int32Array(INITIAL_WORDS);
let bytes = new Uint8Array(INITIAL_WORDS * 6);
const encoder = new TextEncoder();

function reserve(length: number): void {
  // UTF-8 takes at most 3 bytes per UTF-16 unit, plus one for the sentinel hashWords reads past the last word.
  if (bytes.length <= length * 3) bytes = new Uint8Array(length * 3 + 1);
  const size = (length >> 1) + 1;
  if (words.starts.length >= size) return;
  words.starts = new Int32Array(size);
  words.ends = new Int32Array(size);
  words.hashes = new Int32Array(size);
  byteStarts = new Int32Array(size);
  byteEnds = new Int32Array(size);
}

/**
 * Each word's hash from its length, first two and last bytes: three reads a word, enough to pick candidates that are
 * then compared in full. A one-byte word's "second byte" is the separator after it, which LOWER maps to 0.
 */
function hashWords(count: number): void {
  const { hashes } = words;
  const buffer = bytes;
  const lower = LOWER;
  const firsts = byteStarts;
  const lasts = byteEnds;
  for (let k = 0; k < count; k++) {
    const start = firsts[k] as number;
    const end = lasts[k] as number;
    let hash = Math.imul(end - start, 0x9e3779b1) ^ (lower[buffer[start] as number] as number);
    hash = Math.imul(hash, 31) + (lower[buffer[start + 1] as number] as number);
    hash = Math.imul(hash, 31) + (lower[buffer[end - 1] as number] as number);
    hashes[k] = hash & 0x3fffffff;
  }
}

/**
 * Splits `text` into words, overwriting the previous scan's. The text is first encoded to UTF-8 bytes (native, a
 * fraction of a microsecond), because a loop over a byte array runs several times faster than one over charCodeAt;
 * the loop keeps the UTF-16 index alongside (only non-ASCII bytes move it), so words are positions in `text`.
 */
export function scanWords(text: string): Words {
  reserve(text.length);
  // Locals, not module variables, in the hot loop: a bundler may turn module constants into reloaded `var`s.
  const buffer = bytes;
  const flags = WORD_FLAG;
  const shifts = INDEX_SHIFT;
  const firsts = byteStarts;
  const lasts = byteEnds;
  const { starts, ends } = words;
  const length = encoder.encodeInto(text, buffer).written;
  buffer[length] = 0;
  let count = 0;
  let inWord = 0;
  let shift = 0;
  let multiByte = 0;
  for (let b = 0; b < length; b++) {
    const byte = buffer[b] as number;
    let flag = flags[byte] as number;
    if (byte >= 0x80) {
      shift += shifts[byte] as number;
      if (byte >= 0xc0) multiByte = flag;
      else flag = multiByte;
    }
    const word = flag === 2 ? inWord : flag;
    if (word === inWord) continue;
    if (word) {
      starts[count] = b + shift;
      firsts[count] = b;
    } else {
      ends[count] = b + shift;
      lasts[count] = b;
      count++;
    }
    inWord = word;
  }
  if (inWord) {
    ends[count] = length + shift;
    lasts[count] = length;
    count++;
  }
  hashWords(count);
  words.text = text;
  words.count = count;
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
