import { expandPhrase, type PhraseEntry, type PhraseHits, PhraseIndex } from '@/lib/text/phrases';
import { scanWords, type Words } from '@/lib/text/tokens';

/**
 * Concrete requirements a description states: years of experience, a named degree, a certification or licence.
 * A real vacancy tends to name them; a pipeline ad rarely does. English, French, German, Spanish and Portuguese.
 */

export type RequirementKind = 'experience' | 'degree' | 'certification';

export interface Requirement {
  kind: RequirementKind;
  /** The words as written: "5+ years of experience", "Bachelor's degree". */
  text: string;
}

type Cue = 'degree' | 'certification' | 'years' | 'experience';

const CUES: Record<Cue, string[]> = {
  degree: [
    "(bachelor|bachelor's|bachelors|master's|masters|university|college|undergraduate|graduate|engineering) degree",
    "(bachelor|bachelor's|bachelors)",
    '(BS|BA|MS|BSc|MSc|MBA|PhD|Ph.D) (in|degree)',
    '(BSc|MSc|MBA|PhD|Ph.D|doctorate)',
    'degree in',
    "diplôme (d'ingénieur|de master|de licence|d'école)",
    '(bac+2|bac+3|bac+4|bac+5)',
    '(Hochschulabschluss|Bachelorabschluss|Masterabschluss|Studium|Hochschulstudium)',
    'grado (universitario|en)',
    '(licenciatura|título universitario)',
    'graduação em',
    '(bacharelado|mestrado|ensino superior)',
  ],
  certification: [
    '(certified|certification|certifications|certificate|licensed|licensure|license|licence)',
    '(PMP|CISSP|CPA|CFA|CCNA)',
    '(certifié|certifiée)',
    '(zertifiziert|Zertifizierung|Zertifikat)',
    '(certificación|certificado|certificação)',
  ],
  years: ['(year|years|yr|yrs|ans|an|Jahre|Jahren|año|años|ano|anos)'],
  experience: [
    '(experience|exp|expérience|Erfahrung|Berufserfahrung|Praxiserfahrung|experiencia|experiência)',
    'work experience',
  ],
};

export interface RequirementCue {
  kind: 'requirement';
  cue: Cue;
}

/** Every requirement cue, for an index of its own or one shared with other dictionaries. */
export const REQUIREMENT_ENTRIES: PhraseEntry<RequirementCue>[] = (Object.entries(CUES) as [Cue, string[]][]).flatMap(
  ([cue, patterns]) =>
    // Acronyms in capitals (MBA, CPA) only in capitals: "cpa" and "ms" may be other words.
    patterns.flatMap(expandPhrase).map((text) => ({
      text,
      value: { kind: 'requirement' as const, cue },
      exactCase: /^[A-Z]{2,}$/.test(text),
    })),
);
const INDEX = new PhraseIndex(REQUIREMENT_ENTRIES);

/** "Experience" may follow "years" by this many words: "5 years of relevant professional experience". */
const EXPERIENCE_REACH = 5;

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Labels are read whole: "MS or PhD in biostatistics, computer science" rather than "PhD in". A degree takes the
 * degrees offered beside it ("BS/MS", "Bachelor's or Master's degree") and the field it is in, up to a clause's end;
 * a certification the acronyms before it ("BLS and ACLS certification") and what it certifies ("Certified Kubernetes
 * Administrator", "certification in project management").
 */
const DEGREE_NAMES = new Set([
  'bs',
  'ba',
  'ms',
  'ma',
  'bsc',
  'msc',
  'mba',
  'phd',
  'md',
  'meng',
  'beng',
  'bachelor',
  "bachelor's",
  'bachelors',
  'master',
  "master's",
  'masters',
  'doctorate',
  'bac+2',
  'bac+3',
  'bac+4',
  'bac+5',
  'licence',
  'bachelorabschluss',
  'masterabschluss',
  'diplom',
  'licenciatura',
  'máster',
  'mestrado',
  'bacharelado',
]);
/** Words that join two degrees offered as one requirement. */
const ALTERNATIVES = new Set(['or', 'and', 'ou', 'et', 'oder', 'und', 'o', 'y', 'e']);
/** Words that bring in what a degree or certification is in: "in", "en", "em", "der" (Studium der Informatik). */
const FIELD_OPENERS = new Set(['in', 'of', 'en', 'em', 'der', 'des', 'im', 'de', 'als', 'as']);
/** Words that end a field: "… computer science, or a related field", "… engineering and 5 years". */
const FIELD_ENDS = new Set([
  'or',
  'and',
  'with',
  'plus',
  'preferred',
  'required',
  'is',
  'are',
  'from',
  'a',
  'an',
  'ou',
  'et',
  'avec',
  'oder',
  'und',
  'mit',
  'sowie',
  'o',
  'y',
  'con',
  'e',
  'com',
]);
const FIELD_WORDS = 8;
const ACRONYMS_BEFORE = 3;

interface CueHit {
  cue: Cue;
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
}

/** "5+ years … experience": a number right before a years word, an experience word shortly after. */
function experienceAt(words: Words, cues: CueHit[], i: number): Requirement | undefined {
  const years = cues[i] as CueHit;
  const number = years.firstWord - 1;
  const { text, starts, ends } = words;
  if (number < 0 || !isDigit(text.charCodeAt(starts[number] as number))) return undefined;
  const experience = cues
    .slice(i + 1)
    .find((hit) => hit.cue === 'experience' && hit.firstWord - years.lastWord <= EXPERIENCE_REACH);
  if (!experience) return undefined;
  // "3-5 years": quote the range from its first number.
  const from = number > 0 && isDigit(text.charCodeAt(starts[number - 1] as number)) ? number - 1 : number;
  const joined = from < number && text[ends[from] as number] === '-';
  return { kind: 'experience', text: text.slice(starts[joined ? from : number], experience.end) };
}

/** The words' text, lower-cased, and its spans: what the label rules look at. */
const wordAt = (words: Words, i: number) =>
  words.text.slice(words.starts[i] as number, words.ends[i] as number).toLowerCase();
const between = (words: Words, i: number) => words.text.slice(words.ends[i] as number, words.starts[i + 1] as number);
/** Words `i` and `i + 1` are apart only by spaces on one line. */
const spaced = (words: Words, i: number) => /^[ \t\u00a0-]+$/.test(between(words, i));
const isAcronym = (words: Words, i: number) =>
  /^[A-Z]{2,}[0-9+]*$/.test(words.text.slice(words.starts[i] as number, words.ends[i] as number));
const isApostrophe = (gap: string) => gap === "'" || gap === '’';

/** The first word of a degree name that ends at word `i` ("MS"; "Master" of "Master's"), or -1. */
function degreeEndingAt(words: Words, i: number): number {
  if (i < 0) return -1;
  const name = wordAt(words, i);
  if (name === 's' && i > 0 && isApostrophe(between(words, i - 1))) {
    return DEGREE_NAMES.has(`${wordAt(words, i - 1)}'s`) ? i - 1 : -1;
  }
  return DEGREE_NAMES.has(name) ? i : -1;
}

/** The last word of a degree name that starts at word `i` ("s" of "Master's"), or -1. */
function degreeStartingAt(words: Words, i: number): number {
  if (i >= words.count) return -1;
  const possessive = i + 1 < words.count && isApostrophe(between(words, i)) && wordAt(words, i + 1) === 's';
  if (possessive && DEGREE_NAMES.has(`${wordAt(words, i)}'s`)) return i + 1;
  return DEGREE_NAMES.has(wordAt(words, i)) ? i : -1;
}

/** How two offered degrees are joined: "/" or ", " (one word on), or "or", "and", "ou" … (two words on). */
function joinAfter(words: Words, i: number): number {
  if (i + 1 >= words.count) return -1;
  const gap = between(words, i);
  if (gap === '/' || /^, ?$/.test(gap)) return i + 1;
  const joined = spaced(words, i) && ALTERNATIVES.has(wordAt(words, i + 1)) && i + 2 < words.count;
  return joined && spaced(words, i + 1) ? i + 2 : -1;
}

/** The first word of degrees offered before the one at `first`: "MS or" before "PhD", "BS/" before "MS". */
function degreesBefore(words: Words, first: number): number {
  let start = first;
  for (;;) {
    const slash = start > 0 && (between(words, start - 1) === '/' || /^, ?$/.test(between(words, start - 1)));
    const joined = start > 1 && spaced(words, start - 1) && spaced(words, start - 2);
    const before = slash
      ? degreeEndingAt(words, start - 1)
      : joined && ALTERNATIVES.has(wordAt(words, start - 1))
        ? degreeEndingAt(words, start - 2)
        : -1;
    if (before < 0) return start;
    start = before;
  }
}

/** The last word of degrees offered after the one ending at `last`: "or Master's degree" after "Bachelor's". */
function degreesAfter(words: Words, last: number): number {
  let end = last;
  for (;;) {
    const next = joinAfter(words, end);
    const named = next < 0 ? -1 : degreeStartingAt(words, next);
    if (named < 0) return end;
    end = named;
    if (end + 1 < words.count && spaced(words, end) && /^(?:degree|degrees|diploma)$/.test(wordAt(words, end + 1))) {
      end += 1;
    }
  }
}

/** The last word of what a requirement is in: "in biostatistics, computer science", up to the clause's end. */
function fieldAfter(words: Words, last: number): number {
  let end = last;
  if (!FIELD_OPENERS.has(wordAt(words, last))) {
    if (last + 1 >= words.count || !spaced(words, last) || !FIELD_OPENERS.has(wordAt(words, last + 1))) return last;
    end = last + 1;
  }
  const opener = end;
  for (let i = end + 1; i < words.count && i - opener <= FIELD_WORDS; i++) {
    const gap = between(words, i - 1);
    if (!/^(?:[ \t\u00a0/&'’-]|, ?)+$/.test(gap) || FIELD_ENDS.has(wordAt(words, i))) break;
    end = i;
  }
  return end > opener ? end : last;
}

/** The certification label around [first, last]: acronyms before ("BLS and ACLS"), what follows "Certified". */
function certificationAround(words: Words, first: number, last: number): [number, number] {
  let start = first;
  for (let n = 0; n < ACRONYMS_BEFORE && start > 0 && spaced(words, start - 1); n++) {
    if (isAcronym(words, start - 1)) start -= 1;
    else if (start > 1 && ALTERNATIVES.has(wordAt(words, start - 1)) && isAcronym(words, start - 2)) start -= 2;
    else break;
  }
  let end = fieldAfter(words, last);
  if (end === last && /^certified|zertifiziert|certifiée?$/i.test(wordAt(words, last))) {
    while (end + 1 < words.count && end - last < ACRONYMS_BEFORE + 1 && spaced(words, end)) {
      const next = words.text[words.starts[end + 1] as number] ?? '';
      if (next === next.toLowerCase()) break;
      end += 1;
    }
  }
  // "PMP certification": an acronym cue takes the certification word after it.
  if (end === last && isAcronym(words, last) && last + 1 < words.count && spaced(words, last)) {
    if (
      /^(?:certification|certified|certificate|license|licence|zertifizierung|certificación|certificação)$/.test(
        wordAt(words, last + 1),
      )
    ) {
      end = last + 1;
    }
  }
  return [start, end];
}

/** The first requirement of each kind `text` states, in order of appearance. */
export function findRequirements(text: string): Requirement[] {
  const words = scanWords(text);
  return requirementsFromHits(words, INDEX.findAll(words));
}

/** findRequirements from the hits of an index that holds REQUIREMENT_ENTRIES among others. */
export function requirementsFromHits(words: Words, hits: PhraseHits<{ kind: string }>): Requirement[] {
  const cues: CueHit[] = [];
  for (let i = 0; i < hits.count; i++) {
    const value = hits.values[i];
    if (value?.kind !== 'requirement') continue;
    cues.push({
      cue: (value as RequirementCue).cue,
      start: hits.starts[i] as number,
      end: hits.ends[i] as number,
      firstWord: hits.firstWords[i] as number,
      lastWord: hits.lastWords[i] as number,
    });
  }
  const found: Requirement[] = [];
  const add = (requirement: Requirement | undefined) => {
    if (requirement && !found.some((r) => r.kind === requirement.kind)) found.push(requirement);
  };
  const label = (kind: RequirementKind, [first, last]: [number, number]) => ({
    kind,
    text: words.text.slice(words.starts[first], words.ends[last]),
  });
  for (let i = 0; i < cues.length; i++) {
    const hit = cues[i] as CueHit;
    if (hit.cue === 'years') add(experienceAt(words, cues, i));
    else if (found.some((r) => r.kind === hit.cue)) continue;
    else if (hit.cue === 'degree') {
      const offered = degreesAfter(words, hit.lastWord);
      add(label('degree', [degreesBefore(words, hit.firstWord), fieldAfter(words, offered)]));
    } else if (hit.cue === 'certification') {
      add(label('certification', certificationAround(words, hit.firstWord, hit.lastWord)));
    }
  }
  return found;
}
