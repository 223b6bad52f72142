import { expandPhrase, type PhraseEntry, type PhraseHits, PhraseIndex } from '@/lib/text/phrases';
import { scanWords, type Words } from '@/lib/text/tokens';

/**
 * Wording that marks a posting as a talent pipeline rather than a vacancy: "join our talent community", "future
 * opportunities", "not a current vacancy", in English, French, German, Spanish and Portuguese. Words that also mean
 * other things ("pipeline" of sales or data, "Evergreen" the hospital) only count inside a hiring phrase.
 * Patterns use expandPhrase's "(a|b)" choices.
 */

export interface EvergreenPhrase {
  /** The words as the description writes them, for quoting. */
  phrase: string;
  /** It says outright there is no vacancy, rather than hinting at a pipeline. */
  explicit: boolean;
}

const EXPLICIT = [
  'not (a|an) (current|active|open|live|actual) (vacancy|opening|position|role|job)',
  'no (current|active) (vacancy|vacancies|opening|openings|position|positions|role|roles)',
  'this is not a job (posting|offer|opening)',
  'does not represent (a|an) (current|active|open|live) (vacancy|opening|position|role)',
  "n'est pas un poste (ouvert|à pourvoir)",
  'keine (aktuell|derzeit|) (offene|vakante) (Stelle|Position)',
  'no es una vacante (activa|actual|real)',
  'não é uma vaga (ativa|atual|real|aberta)',
];

const HINTS = [
  'join our talent (community|network|pool)',
  'talent (community|communities|network|pool|pipeline|database|bank)',
  '(candidate|hiring) pipeline',
  'pipeline (role|position|requisition|posting|opening|vacancy|job)',
  'pipeline of (talent|candidates|applicants)',
  'for (our|a|the) (future|talent|) pipeline',
  'future (opportunities|openings|vacancies|positions|roles|needs|hiring needs)',
  'for future consideration',
  'always accepting (applications|resumes|CVs|candidates)',
  "(we are|we're) always (looking|on the lookout) for (talented|great|exceptional|passionate|new|top|amazing|motivated|) (people|individuals|candidates|talent|professionals|team members)",
  "(we are|we're) always hiring",
  '(expression|expressions) of interest',
  'general (application|applications)',
  'evergreen (role|position|posting|requisition|job|opening|vacancy)',
  'register your interest',
  '(speculative|unsolicited) (application|applications)',
  'open application',
  'join our network',
  'vivier de (talents|candidats)',
  'communauté (de|des|) talents',
  '(candidature|candidatures) (spontanée|spontanées)',
  'opportunités futures',
  'postes futurs',
  'futures opportunités',
  "nous recrutons (en permanence|toute l'année)",
  'Talentpool',
  'Talentcommunity',
  '(Initiativbewerbung|Initiativbewerbungen)',
  'zukünftige (Stellen|Positionen|Vakanzen|Möglichkeiten)',
  'bolsa de (talento|talentos|empleo|trabajo)',
  'candidatura espontánea',
  'comunidad de (talento|talentos)',
  'futuras (oportunidades|vacantes|posiciones)',
  'banco de talentos',
  'candidatura espontânea',
  'comunidade de talentos',
  'oportunidades futuras',
];

export interface EvergreenCue {
  kind: 'evergreen';
  explicit: boolean;
}

/** Every pipeline phrase, for an index of its own or one shared with other dictionaries. */
export const EVERGREEN_ENTRIES: PhraseEntry<EvergreenCue>[] = [
  ...EXPLICIT.flatMap(expandPhrase).map((text) => ({ text, value: { kind: 'evergreen' as const, explicit: true } })),
  ...HINTS.flatMap(expandPhrase).map((text) => ({ text, value: { kind: 'evergreen' as const, explicit: false } })),
];
const INDEX = new PhraseIndex(EVERGREEN_ENTRIES);

/** The first talent-pipeline phrase in `text`, if any. */
export function findEvergreenPhrase(text: string): EvergreenPhrase | undefined {
  const words = scanWords(text);
  return evergreenFromHits(words, INDEX.findAll(words));
}

/** findEvergreenPhrase from the hits of an index that holds EVERGREEN_ENTRIES among others. */
export function evergreenFromHits(words: Words, hits: PhraseHits<{ kind: string }>): EvergreenPhrase | undefined {
  for (let i = 0; i < hits.count; i++) {
    const value = hits.values[i];
    if (value?.kind !== 'evergreen') continue;
    const phrase = words.text.slice(hits.starts[i], hits.ends[i]);
    return { phrase, explicit: (value as EvergreenCue).explicit };
  }
  return undefined;
}
