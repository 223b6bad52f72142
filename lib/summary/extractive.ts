import type { Posting } from '@/lib/posting';
import { locateInText } from '@/lib/text/analysis';
import { readPay } from '@/lib/text/pay';
import { scanWords } from '@/lib/text/tokens';
import { CUE_INDEX, type CueKind } from './cues';
import { type Piece, splitPieces } from './sentences';
import { MAX_SUMMARY_LINES } from './summary';

/**
 * The summary made from the posting's own words: the sentence that introduces the role, the ones that ask for
 * years of experience and a degree, the one naming the most skills, where and how the job is worked, and the pay
 * when stated. Every line is a span of the description (white space aside), cut to its clause when too long.
 * Read with the project's dictionaries (skills, requirements) and the cue words of ./cues.ts, in one scan each.
 * Runs in the background and the popup, never in a content script (the dictionaries are large).
 */

/** Raised when the way lines are chosen changes, so summaries kept from an older way are made again. */
export const EXTRACTIVE_VERSION = 2;

/** Shorter descriptions are quicker to read than any summary of them. */
export const MIN_DESCRIPTION_CHARS = 200;
const LINE_CHARS = 240;
const ROLE_WORDS = 5;

type Slot = 'role' | 'experience' | 'degree' | 'skills' | 'where' | 'salary';
/** How lines are shown: what the role is, what it asks for, the stack, where, the pay. */
const ORDER: Slot[] = ['role', 'experience', 'degree', 'skills', 'where', 'salary'];
/** Which lines stay when there are more than fit. */
const PRIORITY: Slot[] = ['role', 'experience', 'skills', 'salary', 'where', 'degree'];

/** Words of a title that say the level or the contract, not the job: "Senior", "(m/w/d)", "CDI". */
const NOT_THE_JOB = new Set(
  'senior junior staff lead principal head chief intern trainee associate sr jr remote hybrid onsite contract full time part temporary cdi cdd and the for with und mit des del les für para confirmé confirmée'.split(
    ' ',
  ),
);

interface Choice {
  piece: number;
  /** Where in the text the reason for choosing it is: a long sentence is cut around it. */
  anchor: number;
}

/** The summary lines, or undefined for an empty or very short description. Never throws on odd text. */
export function extractiveSummary(posting: Posting): string[] | undefined {
  const text = posting.descriptionText;
  if (!text || text.trim().length < MIN_DESCRIPTION_CHARS) return undefined;
  const pieces = splitPieces(text);
  if (pieces.length === 0) return undefined;
  const pieceAt = (position: number) => pieceIndexAt(pieces, position);
  const cues = findCues(text, pieces, pieceAt);
  const titled = titleWordCounts(text, posting.title, pieceAt, pieces.length);
  const { skills, requirements } = locateInText(text);
  const counted = new Int32Array(pieces.length).fill(-1);
  const words = (i: number) => {
    if ((counted[i] as number) < 0) counted[i] = wordCount(text, pieces[i] as Piece);
    return counted[i] as number;
  };
  const located = (position: number | undefined): Choice | undefined =>
    position === undefined || position < 0 ? undefined : { piece: pieceAt(position), anchor: position };

  const chosen = new Map<Slot, Choice>();
  const used = () => new Set([...chosen.values()].map((choice) => choice.piece));
  const set = (slot: Slot, choice: Choice | undefined) => {
    if (choice) chosen.set(slot, choice);
  };

  set('role', roleChoice(pieces, cues, titled, words));
  set('experience', located(requirements.find((r) => r.kind === 'experience')?.start));
  const degree = requirements.find((r) => r.kind === 'degree') ?? requirements.find((r) => r.kind === 'certification');
  set('degree', located(degree?.start));
  set('skills', skillsChoice(skills, pieceAt, used()));
  set('where', firstCue(cues, 'workplace', used()));
  set('salary', salaryChoice(text, posting, pieceAt));

  const kept = new Map<number, Slot>();
  for (const slot of PRIORITY) {
    const choice = chosen.get(slot);
    if (choice && !kept.has(choice.piece) && kept.size < MAX_SUMMARY_LINES) kept.set(choice.piece, slot);
  }
  const lines = ORDER.flatMap((slot) => {
    const choice = chosen.get(slot);
    return choice && kept.get(choice.piece) === slot
      ? [lineOf(text, pieces[choice.piece] as Piece, choice.anchor)]
      : [];
  });
  return lines.length > 0 ? lines : undefined;
}

/** The index of the piece holding `position`, or the last one before it (positions between pieces are gaps). */
function pieceIndexAt(pieces: Piece[], position: number): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((pieces[middle] as Piece).start <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

type Cues = Record<CueKind, Int32Array>;

/** For each piece and kind, where its first cue of that kind starts (-1 for none); headings only at a short piece's start. */
function findCues(text: string, pieces: Piece[], pieceAt: (position: number) => number): Cues {
  const none = () => new Int32Array(pieces.length).fill(-1);
  const cues: Cues = { role: none(), heading: none(), workplace: none() };
  const hits = CUE_INDEX.findAll(scanWords(text));
  for (let i = 0; i < hits.count; i++) {
    const kind = hits.values[i] as CueKind;
    const start = hits.starts[i] as number;
    const index = pieceAt(start);
    const piece = pieces[index] as Piece;
    if (start >= piece.end || (cues[kind][index] as number) >= 0) continue;
    if (kind === 'heading' && !(piece.short && start === piece.start)) continue;
    cues[kind][index] = start;
  }
  return cues;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 97 && code <= 122) ||
  (code > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(code)));

/** How many of the title's own words (not its level or contract) each piece names, as whole words. */
function titleWordCounts(text: string, title: string, pieceAt: (p: number) => number, count: number): Uint8Array {
  const counts = new Uint8Array(count);
  const keywords = [...new Set(title.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])].filter(
    (w) => !NOT_THE_JOB.has(w),
  );
  if (keywords.length === 0) return counts;
  const lower = text.toLowerCase();
  const seen = new Map<number, Set<string>>();
  for (const word of keywords) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      // Whole words only; letters beyond ASCII count as word characters, so "logiciels" is not "logiciel".
      if (isWordChar(lower.charCodeAt(at - 1)) || isWordChar(lower.charCodeAt(at + word.length))) continue;
      const index = pieceAt(at);
      const words = seen.get(index) ?? new Set<string>();
      words.add(word);
      seen.set(index, words);
      counts[index] = Math.min(255, words.size);
    }
  }
  return counts;
}

function wordCount(text: string, piece: Piece): number {
  return text.slice(piece.start, piece.end).split(/\s+/).length;
}

/**
 * The sentence that says what the role is: one introducing it and naming the title's words ("We are looking for
 * a Senior Data Engineer to…"); else the first under a role heading ("What you will do"); else one naming two of
 * the title's words; else one introducing a role; else the first real sentence.
 */
function roleChoice(pieces: Piece[], cues: Cues, titled: Uint8Array, words: (i: number) => number): Choice | undefined {
  const first = (test: (i: number) => boolean): Choice | undefined => {
    const index = pieces.findIndex((_, i) => test(i));
    return index < 0 ? undefined : { piece: index, anchor: (pieces[index] as Piece).start };
  };
  const sentence = (i: number) => !(pieces[i] as Piece).short && words(i) >= ROLE_WORDS;
  const heading = pieces.findIndex((_, i) => (cues.heading[i] as number) >= 0);
  return (
    first((i) => (cues.role[i] as number) >= 0 && (titled[i] as number) >= 1 && words(i) >= 4) ??
    (heading < 0 ? undefined : first((i) => i > heading && (cues.heading[i] as number) < 0 && words(i) >= 4)) ??
    first((i) => (titled[i] as number) >= 2 && sentence(i)) ??
    first((i) => (cues.role[i] as number) >= 0 && sentence(i)) ??
    first(sentence)
  );
}

/** The piece naming the most distinct skills (two at least), the earliest of equals, among those not chosen yet. */
function skillsChoice(
  mentions: { skill: string; start: number }[],
  pieceAt: (position: number) => number,
  used: Set<number>,
): Choice | undefined {
  const byPiece = new Map<number, { skills: Set<string>; anchor: number }>();
  for (const { skill, start } of mentions) {
    const index = pieceAt(start);
    if (used.has(index)) continue;
    const entry = byPiece.get(index) ?? { skills: new Set<string>(), anchor: start };
    entry.skills.add(skill);
    byPiece.set(index, entry);
  }
  let best: Choice | undefined;
  let most = 1;
  for (const [piece, { skills, anchor }] of byPiece) {
    if (skills.size > most || (skills.size === most && best && piece < best.piece)) {
      most = skills.size;
      best = { piece, anchor };
    }
  }
  return best;
}

function firstCue(cues: Cues, kind: CueKind, used: Set<number>): Choice | undefined {
  const index = cues[kind].findIndex((start, i) => start >= 0 && !used.has(i));
  return index < 0 ? undefined : { piece: index, anchor: cues[kind][index] as number };
}

/**
 * The sentence holding the pay the page states, else the one whose pay the description's words state (lib/text/pay.ts
 * tells pay from the other money a posting names: a benefit's allowance, a bonus, revenue).
 */
function salaryChoice(text: string, posting: Posting, pieceAt: (position: number) => number): Choice | undefined {
  const quoted = posting.salary?.text ?? readPay(text)?.text;
  const at = quoted ? text.indexOf(quoted) : -1;
  return at < 0 ? undefined : { piece: pieceAt(at), anchor: at };
}

const CLAUSE_MARK = /[,;:–—()]/;
/** How far before the reason a cut line may start, to begin at its clause. */
const LEAD_CHARS = 100;

/** The piece as one line, white space collapsed; a long one cut to the clauses around `anchor`. */
function lineOf(text: string, piece: Piece, anchor: number): string {
  let { start, end } = piece;
  if (end - start > LINE_CHARS) {
    // From the start of the anchor's clause, or a few words before the anchor, to a clause's or a word's end.
    let from = anchor;
    while (from > start && anchor - from < LEAD_CHARS && !CLAUSE_MARK.test(text[from - 1] as string)) from--;
    if (from > start && !CLAUSE_MARK.test(text[from - 1] as string))
      from = text.indexOf(' ', anchor - 30) + 1 || anchor;
    start = Math.min(from, anchor);
    if (end - start > LINE_CHARS) {
      const window = text.slice(start, start + LINE_CHARS);
      const clause = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
      const word = window.lastIndexOf(' ');
      end = start + (clause > LINE_CHARS * 0.6 ? clause : word > 0 ? word : LINE_CHARS);
    }
  }
  return text
    .slice(start, end)
    .replace(/^[\s,;:–—)]+|[\s,;:–—(]+$/g, '')
    .replace(/\s+/g, ' ');
}
