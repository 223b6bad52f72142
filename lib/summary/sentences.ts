/**
 * Splits a description into the pieces a summary line can be: its sentences, with a bullet list's items and the
 * lines of a heading each a piece of their own. A piece is a span of the text, so a summary line taken from it is
 * always the posting's own words.
 */

export interface Piece {
  start: number;
  end: number;
  /** Index of the text line it is on: the pieces after a heading are those on the lines after it. */
  line: number;
  /** A whole line of a few words without a closing full stop: perhaps a heading ("What you will do"). */
  short: boolean;
}

/** Bullets, dashes, emoji and spaces before a line's first word. */
const LEAD = /^[^\p{L}\p{N}$€£¥₹"“'‘(¿¡]+/u;
/**
 * The end of a sentence: its closing marks, then white space and what may start the next one (a capital, a digit,
 * an opening quote), or the end of the line; a CJK full stop anywhere. "e.g. Python", "D.C., London" and
 * "futur.e.s" do not end one.
 */
const SENTENCE_END = /[。！？]+|[.!?]+["'”’)]*(?=\s+[\p{Lu}\p{N}"'“‘(¿¡]|\s*$)/gu;
const SHORT_CHARS = 60;
const SHORT_WORDS = 8;

function isShort(text: string, start: number, end: number): boolean {
  if (end - start > SHORT_CHARS || /[.!?]$/.test(text.slice(end - 1, end))) return false;
  return text.slice(start, end).split(/\s+/).length <= SHORT_WORDS;
}

/** The pieces of `text`, in order, each trimmed; empty ones are left out. */
export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let line = 0;
  for (let from = 0; from <= text.length; line++) {
    const newline = text.indexOf('\n', from);
    const lineEnd = newline < 0 ? text.length : newline;
    const lead = LEAD.exec(text.slice(from, lineEnd));
    const lineStart = from + (lead ? lead[0].length : 0);
    const body = text.slice(lineStart, lineEnd);
    const first = pieces.length;
    let start = 0;
    const add = (end: number) => {
      const piece = body.slice(start, end);
      const trimmedStart = start + (piece.length - piece.trimStart().length);
      const trimmedEnd = end - (piece.length - piece.trimEnd().length);
      if (trimmedEnd > trimmedStart) {
        pieces.push({ start: lineStart + trimmedStart, end: lineStart + trimmedEnd, line, short: false });
      }
      start = end;
    };
    SENTENCE_END.lastIndex = 0;
    for (let match = SENTENCE_END.exec(body); match; match = SENTENCE_END.exec(body)) {
      // A mark after a single letter ("U.S. Army", "Dr. No") is an abbreviation's, not a sentence's end.
      if (/(^|[^\p{L}])\p{L}$/u.test(body.slice(Math.max(start, match.index - 2), match.index))) continue;
      add(match.index + match[0].length);
    }
    add(body.length);
    const only = pieces.length === first + 1 ? pieces[first] : undefined;
    if (only) only.short = isShort(text, only.start, only.end);
    if (newline < 0) break;
    from = newline + 1;
  }
  return pieces;
}
