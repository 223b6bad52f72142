import { expandPhrase, type PhraseHit, PhraseIndex } from '@/lib/text/phrases';
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
    '(BS|BA|MS|BSc|MSc|MBA|PhD|Ph.D|doctorate)',
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

const INDEX = new PhraseIndex(
  (Object.entries(CUES) as [Cue, string[]][]).flatMap(([cue, patterns]) =>
    // Acronyms in capitals (BS, MS, CPA) only in capitals: "ms" and "ba" are other words too.
    patterns.flatMap(expandPhrase).map((text) => ({ text, value: cue, exactCase: /^[A-Z]{2,}$/.test(text) })),
  ),
);

/** "Experience" may follow "years" by this many words: "5 years of relevant professional experience". */
const EXPERIENCE_REACH = 5;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** "5+ years … experience": a number right before a years word, an experience word shortly after. */
function experienceAt(words: Words, hits: PhraseHit<Cue>[], i: number): Requirement | undefined {
  const years = hits[i] as PhraseHit<Cue>;
  const number = years.firstWord - 1;
  if (number < 0 || !isDigit(words.text.charCodeAt(words.starts[number] as number))) return undefined;
  const experience = hits
    .slice(i + 1)
    .find((hit) => hit.value === 'experience' && hit.firstWord - years.lastWord <= EXPERIENCE_REACH);
  if (!experience) return undefined;
  // "3-5 years": quote the range from its first number.
  const from = number > 0 && isDigit(words.text.charCodeAt(words.starts[number - 1] as number)) ? number - 1 : number;
  const joined = from < number && words.text[words.ends[from] as number] === '-';
  return { kind: 'experience', text: words.text.slice(words.starts[joined ? from : number], experience.end) };
}

/** The first requirement of each kind `text` states, in order of appearance. */
export function findRequirements(text: string): Requirement[] {
  return requirementsIn(scanWords(text));
}

/** findRequirements on a text already scanned. */
export function requirementsIn(words: Words): Requirement[] {
  const hits = INDEX.findAll(words);
  const found: Requirement[] = [];
  const add = (requirement: Requirement | undefined) => {
    if (requirement && !found.some((r) => r.kind === requirement.kind)) found.push(requirement);
  };
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as PhraseHit<Cue>;
    if (hit.value === 'years') add(experienceAt(words, hits, i));
    else if (hit.value === 'degree' || hit.value === 'certification') {
      add({ kind: hit.value, text: words.text.slice(hit.start, hit.end) });
    }
  }
  return found;
}
