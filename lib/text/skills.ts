import { SKILL_DICTIONARY } from '@/lib/text/skills-dictionary';
import { GAP_AMP, GAP_DOT, gapKind, scanWords } from '@/lib/text/tokens';

/**
 * Finds the skills a job description names. The text is scanned once into hashed words (lib/text/tokens.ts); a word
 * whose hash starts some form of some skill is checked against those forms, longest first. A hit must then use the
 * form's capitalisation when it has one, and forms that are also ordinary words ("Go", "R", "Swift") need context.
 */

interface Form {
  skill: string;
  /** Lower-case words and the gaps between them: "asp.net core" is asp·net·core with a dot, then a space. */
  words: string[];
  hashes: number[];
  gaps: number[];
  /** ".net" is the word "net" right after a dot that does not follow another word. */
  leadingDot: boolean;
  /** The exact capitalisation the text must use, for "=" and "?" forms. */
  exactCase?: string;
  /** A "?" form: also needs a list of skills around it, or words that make it a skill ("written in", "developer"). */
  needsContext: boolean;
}

/** Lower case, and any run of spaces or hyphens as one space: two forms with one key are one form. */
function formKey(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, ' ');
}

function toForm(skill: string, written: string): Form {
  const mark = written[0];
  const text = mark === '=' || mark === '?' ? written.slice(1) : written;
  const scanned = scanWords(text);
  const form: Form = {
    skill,
    words: [],
    hashes: [],
    gaps: [],
    leadingDot: text.startsWith('.'),
    needsContext: mark === '?',
  };
  for (let i = 0; i < scanned.count; i++) {
    const start = scanned.starts[i] as number;
    const end = scanned.ends[i] as number;
    form.words.push(text.slice(start, end).toLowerCase());
    form.hashes.push(scanned.hashes[i] as number);
    if (i > 0) form.gaps.push(gapKind(text, scanned.ends[i - 1] as number, start));
  }
  if (mark === '=' || mark === '?') form.exactCase = text;
  return form;
}

/** Forms by the hash of their first word, longest first. */
function readForms(): Map<number, Form[]> {
  const byKey = new Map<string, Form>();
  for (const entries of Object.values(SKILL_DICTIONARY)) {
    for (const entry of entries) {
      const colon = entry.indexOf(': ');
      const skill = colon < 0 ? entry : entry.slice(0, colon);
      const listed = colon < 0 ? [] : entry.slice(colon + 2).split(', ');
      if (!listed.some((written) => formKey(written.replace(/^[=?]/, '')) === formKey(skill))) listed.push(skill);
      for (const written of listed) {
        const key = formKey(written.replace(/^[=?]/, ''));
        if (!byKey.has(key)) byKey.set(key, toForm(skill, written));
      }
    }
  }
  const byHash = new Map<number, Form[]>();
  for (const form of byKey.values()) {
    const hash = form.hashes[0] as number;
    byHash.set(
      hash,
      [...(byHash.get(hash) ?? []), form].sort((a, b) => b.words.length - a.words.length),
    );
  }
  return byHash;
}

const FORMS = readForms();
/** A 64 K-bit sieve of first-word hashes: most words of a description are rejected with one array read. */
const SIEVE = new Uint8Array(1 << 16);
for (const hash of FORMS.keys()) SIEVE[hash & 0xffff] = 1;

const isWordChar = (text: string, at: number) => at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at] ?? '');

/** How many words the form covers from word `first`, or 0 when the text there is not this form. */
function matchAt(text: string, form: Form, first: number, words: ReturnType<typeof scanWords>): number {
  const n = form.words.length;
  if (first + n > words.count) return 0;
  for (let k = 0; k < n; k++) {
    const i = first + k;
    if (words.hashes[i] !== form.hashes[k]) return 0;
    if (k > 0 && gapKind(text, words.ends[i - 1] as number, words.starts[i] as number) !== form.gaps[k - 1]) return 0;
  }
  const start = words.starts[first] as number;
  const end = words.ends[first + n - 1] as number;
  for (let k = 0; k < n; k++) {
    const i = first + k;
    if (text.slice(words.starts[i], words.ends[i]).toLowerCase() !== form.words[k]) return 0;
  }
  // Whole words: "R&D" is not R, "x.js" is not JavaScript, ".NET" needs its dot and "foo.net" is a domain.
  const before = text[start - 1];
  const joinedBefore = (before === '.' || before === '&') && isWordChar(text, start - 2);
  if (form.leadingDot ? before !== '.' || isWordChar(text, start - 2) : joinedBefore) return 0;
  const after = first + n < words.count ? gapKind(text, end, words.starts[first + n] as number) : -1;
  if (after === GAP_DOT || after === GAP_AMP) return 0;
  if (form.exactCase !== undefined && text.slice(form.leadingDot ? start - 1 : start, end) !== form.exactCase) return 0;
  return n;
}

/** What may stand between two items of a list: "Java, Python and Go", "C/C++", "- Go\n- Rust". */
const LIST_GAP = /^[\s,;/&|()•·*-]*(?:(?:and|or|as well as|et|ou|und|oder|y|o|e)[\s,;/&|()•·*-]+)?$/i;
const MAX_LIST_GAP = 16;
const SKILL_BEFORE =
  /(?:written in|experience (?:in|with)|proficien(?:cy|t) (?:in|with)|knowledge of|programming in|coding in|fluen(?:cy|t) in|expertise in|skilled in|familiarity with|background in)[\s(]*$/i;
const SKILL_AFTER =
  /^[\s(]*(?:developers?|engineers?|engineering|programming|programmers?|language|lang|code|codebases?|services|development|applications?|certifications?|certified|framework)\b/i;

interface Hit {
  form: Form;
  start: number;
  end: number;
}

function inList(text: string, before: Hit | undefined, after: Hit | undefined, hit: Hit): boolean {
  const near = (from: number, to: number) => to - from <= MAX_LIST_GAP && LIST_GAP.test(text.slice(from, to));
  return (before !== undefined && near(before.end, hit.start)) || (after !== undefined && near(hit.end, after.start));
}

/** "Go" in "Java, Python and Go", "written in Go" or "Go developer"; never in "Go-to-market" or "Let's Go!". */
function inContext(text: string, hits: Hit[], i: number): boolean {
  const hit = hits[i] as Hit;
  if (text[hit.end] === '-') return false;
  return (
    inList(text, hits[i - 1], hits[i + 1], hit) ||
    SKILL_BEFORE.test(text.slice(Math.max(0, hit.start - 32), hit.start)) ||
    SKILL_AFTER.test(text.slice(hit.end, hit.end + 24))
  );
}

function findHits(text: string): Hit[] {
  const words = scanWords(text);
  const hits: Hit[] = [];
  for (let i = 0; i < words.count; i++) {
    const hash = words.hashes[i] as number;
    if (SIEVE[hash & 0xffff] === 0) continue;
    for (const form of FORMS.get(hash) ?? []) {
      const covered = matchAt(text, form, i, words);
      if (covered === 0) continue;
      hits.push({ form, start: words.starts[i] as number, end: words.ends[i + covered - 1] as number });
      i += covered - 1;
      break;
    }
  }
  return hits;
}

/** The canonical names of the skills `text` names, in order of first appearance, each once. */
export function matchSkills(text: string): string[] {
  const hits = findHits(text);
  const skills: string[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as Hit;
    if (skills.includes(hit.form.skill)) continue;
    if (hit.form.needsContext && !inContext(text, hits, i)) continue;
    skills.push(hit.form.skill);
  }
  return skills;
}

/** How many distinct skills the dictionary knows. */
export const SKILL_COUNT = new Set([...FORMS.values()].flat().map((form) => form.skill)).size;
