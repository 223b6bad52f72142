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
  for (let i = 0; i < cues.length; i++) {
    const hit = cues[i] as CueHit;
    if (hit.cue === 'years') add(experienceAt(words, cues, i));
    else if (hit.cue === 'degree' || hit.cue === 'certification') {
      add({ kind: hit.cue, text: words.text.slice(hit.start, hit.end) });
    }
  }
  return found;
}
