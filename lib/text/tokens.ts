/**
 * A fast word scanner for dictionary matching: one pass over the text's bytes, no substrings, each word kept as its
 * start, end and a hash. A single regex built from hundreds of words costs about 20 µs on a 3 KB description (the
 * engine tries every branch at every position); this pass costs a few.
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

const SPACE = 1;
/** By byte: the lower-cased letter or digit, "+" and "#" as they are, 0 for other ASCII, non-ASCII bytes as they are. */
const LOWER = new Uint8Array(256);
/**
 * By byte: 1 starts or continues a word, 2 only continues one ("+", "#"), 0 not. ASCII letters and digits are word
 * characters; a non-ASCII character is one unless its UTF-8 lead byte is C2 (U+0080–U+00BF: no-break space, «, »,
 * ·), E2 (U+2000–U+2FFF: curly quotes, dashes, bullets, arrows) or F0–F7 (emoji): punctuation, not letters.
 */
const WORD_FLAG = new Uint8Array(256);
/** By byte: how the UTF-16 index lags the UTF-8 one: -1 for a continuation byte, +1 for a 4-byte character's lead. */
const INDEX_SHIFT = new Int8Array(256);
const CHAR_CLASS = new Uint8Array(128);
for (let byte = 0; byte < 256; byte++) {
  const char = String.fromCharCode(byte);
  const ascii = byte < 128;
  const punctuationLead = byte === 0xc2 || byte === 0xe2 || byte >= 0xf0;
  const word = ascii ? /[a-z0-9]/i.test(char) : byte >= 0xc0 && !punctuationLead;
  const suffix = char === '+' || char === '#';
  LOWER[byte] = !ascii ? byte : word ? char.toLowerCase().charCodeAt(0) : suffix ? byte : 0;
  WORD_FLAG[byte] = word ? 1 : suffix ? 2 : 0;
  INDEX_SHIFT[byte] = byte >= 0x80 && byte < 0xc0 ? -1 : byte >= 0xf0 ? 1 : 0;
  if (ascii && /[\s-]/.test(char)) CHAR_CLASS[byte] = SPACE;
}

/** Words found by the last scan. Reused between scans: matching is synchronous, so no caller sees another's words. */
export interface Words {
  count: number;
  /** UTF-16 indices into the text, for slicing it. */
  starts: Int32Array;
  ends: Int32Array;
  /** 30-bit hashes (small integers for V8) of the lower-cased words: see hashWords. */
  hashes: Int32Array;
}

const words: Words = { count: 0, starts: new Int32Array(0), ends: new Int32Array(0), hashes: new Int32Array(0) };
let byteStarts = new Int32Array(0);
let byteEnds = new Int32Array(0);
let bytes = new Uint8Array(0);
const encoder = new TextEncoder();

function reserve(length: number): void {
  if (bytes.length < length * 3) bytes = new Uint8Array(length * 3);
  const size = (length >> 1) + 1;
  if (words.starts.length >= size) return;
  words.starts = new Int32Array(size);
  words.ends = new Int32Array(size);
  words.hashes = new Int32Array(size);
  byteStarts = new Int32Array(size);
  byteEnds = new Int32Array(size);
}

/**
 * Each word's hash from its length, first three and last two bytes: a few operations a word rather than one a
 * character, and precise enough, since a hash only selects candidates that are then compared in full.
 */
function hashWords(count: number): void {
  const { hashes } = words;
  for (let k = 0; k < count; k++) {
    const start = byteStarts[k] as number;
    const last = (byteEnds[k] as number) - 1;
    let hash = Math.imul(last + 1 - start, 0x9e3779b1) ^ (LOWER[bytes[start] as number] as number);
    hash = Math.imul(hash, 31) + (LOWER[bytes[Math.min(start + 1, last)] as number] as number);
    hash = Math.imul(hash, 31) + (LOWER[bytes[Math.min(start + 2, last)] as number] as number);
    hash = Math.imul(hash, 31) + (LOWER[bytes[Math.max(last - 1, start)] as number] as number);
    hash = Math.imul(hash, 31) + (LOWER[bytes[last] as number] as number);
    hashes[k] = hash & 0x3fffffff;
  }
}

/**
 * Splits `text` into words; the result is overwritten by the next call. The text is first encoded to UTF-8 bytes
 * (native, a fraction of a microsecond), because a loop over a byte array runs faster than one over charCodeAt;
 * the loop keeps the UTF-16 index alongside (only non-ASCII bytes move it), so words are positions in `text`.
 */
export function scanWords(text: string): Words {
  reserve(text.length);
  const length = encoder.encodeInto(text, bytes).written;
  const { starts, ends } = words;
  let count = 0;
  let inWord = 0;
  let shift = 0;
  let multiByte = 0;
  for (let b = 0; b < length; b++) {
    const byte = bytes[b] as number;
    let flag = WORD_FLAG[byte] as number;
    if (byte >= 0x80) {
      shift += INDEX_SHIFT[byte] as number;
      // A continuation byte belongs to the character its lead byte started.
      if (byte >= 0xc0) multiByte = flag;
      else flag = multiByte;
    }
    const word = flag === 2 ? inWord : flag;
    if (word === inWord) continue;
    if (word) {
      starts[count] = b + shift;
      byteStarts[count] = b;
    } else {
      ends[count] = b + shift;
      byteEnds[count] = b;
      count++;
    }
    inWord = word;
  }
  if (inWord) {
    ends[count] = length + shift;
    byteEnds[count] = length;
    count++;
  }
  hashWords(count);
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
  }
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0xa0 && (code >= 128 || CHAR_CLASS[code] !== SPACE)) return GAP_OTHER;
  }
  return GAP_SPACE;
}
