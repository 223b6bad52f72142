import { linkedInJobIdFromUrl } from '@/lib/extract/urls';
import type { Applicants, Workplace } from '@/lib/posting';

/**
 * The labels LinkedIn prints on a job's top card and on list cards, read in English, French, German, Spanish and
 * Portuguese. Pure functions of a string: the DOM side (lib/extract/linkedin.ts, linkedin-cards.ts) decides which
 * text to hand over. Phrases seen in the real samples are English and French (tests/fixtures/linkedin/README.md);
 * the German, Spanish and Portuguese ones follow LinkedIn's published UI wording as far as we know it.
 */

/** Not inside a word: JS's \b only knows ASCII letters, and these languages have accents. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

/** The phrase anywhere in the text, as a whole word or words. */
function phrase(alternatives: readonly string[]): RegExp {
  return new RegExp(`${START}(?:${alternatives.join('|')})${END}`, 'iu');
}

/** The phrase as the whole label, give or take punctuation around it ("Viewed", "· Applied"). */
function label(alternatives: readonly string[]): RegExp {
  return new RegExp(`^[\\s·•|,.:()-]*(?:${alternatives.join('|')})[\\s·•|,.:()-]*$`, 'iu');
}

/** Non-breaking and narrow spaces as plain spaces, runs of whitespace as one: "87&nbsp;candidats". */
function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------
// Applicants

/** "1,234", "1 234", "1.234" (a separator before exactly three digits groups thousands) or plain "87". */
const NUMBER = '\\d{1,3}(?:[,. ]\\d{3})+|\\d+';

const APPLICANT_NOUNS = [
  'applicants?',
  'applications?',
  'people clicked apply',
  'person clicked apply',
  'candidats?',
  'candidatures?',
  'candidates?',
  'personnes? (?:ont|a) cliqué sur (?:« ?)?postuler',
  'Bewerber(?:innen|n)?',
  'Bewerbungen',
  'Bewerbung',
  'Personen haben auf (?:„|")?Bewerben(?:“|")? geklickt',
  'solicitantes?',
  'solicitudes?',
  'personas? (?:hicieron|ha hecho) clic en (?:«|")?solicitar',
  'candidatos?',
  'candidaturas?',
  'pessoas? clicaram em (?:«|")?candidatar-se',
].join('|');

const OVER = ['over', 'more than', 'plus de', 'mehr als', 'über', 'más de', 'mas de', 'mais de', 'acima de'].join('|');
const FIRST = ['first', 'premiers?', 'premières?', 'ersten', 'primeros', 'primeras', 'primeiros', 'primeiras'].join(
  '|',
);

/** "Be among the first 25 applicants", "Soyez parmi les 25 premiers candidats", "Seja um dos 25 primeiros candidatos". */
const AMONG = ['be among the', 'soyez parmi les', 'gehören Sie zu den', 'sé (?:uno )?de los', 'seja um dos'].join('|');
const EARLY_APPLICANTS = new RegExp(
  `${START}(?:(?:${AMONG}) )?(?:(?:${FIRST}) (?<before>${NUMBER})|(?<after>${NUMBER}) (?:${FIRST})) (?:${APPLICANT_NOUNS})${END}`,
  'iu',
);
/** "Over 100 applicants", "100+ applicants", "87 candidats", "Mehr als 100 Bewerber", "100 people clicked apply". */
const APPLICANT_COUNT = new RegExp(
  `${START}(?:(?<over>${OVER}) )?(?<n>${NUMBER})(?<plus>\\+)? (?:${APPLICANT_NOUNS})${END}`,
  'iu',
);

function toCount(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const count = Number(digits.replace(/[,. ]/g, ''));
  return Number.isSafeInteger(count) ? count : undefined;
}

export interface ApplicantsReading {
  applicants: Applicants;
  /**
   * "Be among the first 25 applicants": fewer than 25 have applied. Stored as `{count: 25, atLeast: false}`, an upper
   * bound, with this flag set so the posting's `earlyApplicant` flag says what the count means.
   */
  early: boolean;
}

/** The applicant count a label states, or undefined when the text states none. */
export function parseApplicants(text: string): ApplicantsReading | undefined {
  const spaced = normalizeSpaces(text);
  const early = EARLY_APPLICANTS.exec(spaced);
  if (early) {
    const count = toCount(early.groups?.before ?? early.groups?.after);
    if (count !== undefined) return { applicants: { count, atLeast: false, text: early[0] }, early: true };
  }
  const match = APPLICANT_COUNT.exec(spaced);
  const count = toCount(match?.groups?.n);
  if (!match || count === undefined) return undefined;
  const atLeast = match.groups?.over !== undefined || match.groups?.plus !== undefined;
  return { applicants: { count, atLeast, text: match[0] }, early: false };
}

// ---------------------------------------------------------------------------------------------------
// Closed

const CLOSED = phrase([
  'no longer accepting applications',
  "n['’]accepte plus (?:de )?candidatures?",
  "n['’]accepte plus les candidatures",
  'nimmt keine Bewerbungen mehr an',
  'keine Bewerbungen mehr',
  'ya no se aceptan solicitudes',
  'ya no acepta solicitudes',
  'não aceita mais candidaturas',
  'nao aceita mais candidaturas',
  'não está mais aceitando candidaturas',
]);

/** The "no longer accepting applications" phrase as the page words it, or undefined when the text has none. */
export function closedPhrase(text: string): string | undefined {
  return CLOSED.exec(normalizeSpaces(text))?.[0];
}

// ---------------------------------------------------------------------------------------------------
// Flags

const PROMOTED = phrase([
  'promoted(?: by (?:hirer|the hirer|company))?',
  "promue?(?: par (?:l['’]employeur|le recruteur|l['’]entreprise))?",
  'gesponsert',
  'promocionad[oa]',
  'promovid[oa]',
]);

/** LinkedIn's labels for a hirer who is looking at applications now; "Actively Hiring" on guest cards means the same. */
const ACTIVELY_REVIEWING = phrase([
  'actively reviewing (?:applicants|applications)',
  'actively recruiting',
  'actively hiring',
  'recrutement actif',
  'examine activement les candidatures',
  'candidatures examinées activement',
  'Bewerbungen werden aktiv geprüft',
  'prüft aktiv Bewerbungen',
  'aktive Personalsuche',
  'stellt aktiv ein',
  'revisando solicitudes activamente',
  'revisión activa de solicitudes',
  'contratación activa',
  'contratando activamente',
  'analisando candidaturas ativamente',
  'recrutando ativamente',
  'contratando ativamente',
  'recrutamento ativo',
]);

const EASY_APPLY = phrase([
  'easy apply',
  'candidature simplifiée',
  'einfach bewerben',
  'solicitud sencilla',
  'candidatura simplificada',
]);

/** Guest cards' "Be an early applicant" benefit badge. */
const EARLY_APPLICANT_BADGE = phrase([
  'be an early applicant',
  'soyez parmi les premiers (?:candidats|à postuler)',
  'candidatez parmi les premiers',
  'gehören Sie zu den ersten Bewerbern',
  'bewerben Sie sich als eine?r? der Ersten',
  'sé (?:uno )?de los primeros en (?:solicitar|postularte)',
  'seja um dos primeiros a se candidatar',
]);

const VIEWED = label(['viewed', 'vue?', 'angesehen', 'visto', 'vista', 'visualizad[oa]']);

/** "Applied", also with a time ("Applied 3 days ago", "Candidature envoyée il y a 3 jours") as the detail pane shows it. */
const APPLIED =
  /^[\s·•]*(?:applied|candidature envoyée|candidaté|beworben|solicitado|solicitud enviada|inscrito|candidatura enviada|candidatou-se|candidatado)(?:[\s·•]+(?:\d|on |il y a|vor|hace|há).*)?$/iu;

export function isPromoted(text: string): boolean {
  return PROMOTED.test(normalizeSpaces(text));
}

export function isActivelyReviewing(text: string): boolean {
  return ACTIVELY_REVIEWING.test(normalizeSpaces(text));
}

export function isEasyApply(text: string): boolean {
  return EASY_APPLY.test(normalizeSpaces(text));
}

export function isEarlyApplicantBadge(text: string): boolean {
  return EARLY_APPLICANT_BADGE.test(normalizeSpaces(text));
}

/** A list card's "Viewed" state. The whole label must match: "Vu" or "Visto" inside other text means nothing. */
export function isViewed(text: string): boolean {
  return VIEWED.test(normalizeSpaces(text));
}

/** A list card's or top card's "Applied" state; the label starts the text. */
export function isApplied(text: string): boolean {
  return APPLIED.test(normalizeSpaces(text));
}

// ---------------------------------------------------------------------------------------------------
// Salary and workplace

/** A figure with a currency or a pay period: "$120K/yr - $150K/yr", "45 000 € par an", "50 €/h". */
const SALARY_HINT = /\d.*(?:[$€£¥₹₩₪]|\/\s*(?:yr|hr|h|an|mo)\b|\b(?:per|par|pro|por) )|[$€£¥₹₩₪]\s*\d/iu;

/** Whether a short label is a pay figure rather than a place or a level. */
export function looksLikeSalary(text: string): boolean {
  return SALARY_HINT.test(normalizeSpaces(text));
}

const WORKPLACE_LABELS: readonly [Workplace, RegExp][] = [
  ['onsite', label(['on-site', 'on site', 'onsite', 'sur site', 'sur place', 'vor Ort', 'presencial', 'no local'])],
  ['hybrid', label(['hybrid', 'hybride', 'híbrido', 'híbrida', 'hibrido', 'hibrida'])],
  ['remote', label(['remote', 'télétravail', 'teletravail', 'à distance', 'a distance', 'en remoto', 'remot[oa]'])],
];

/** The workplace type a label names ("On-site", "Hybride", "En remoto"); the label must be just that. */
export function parseWorkplace(text: string): Workplace | undefined {
  const spaced = normalizeSpaces(text);
  return WORKPLACE_LABELS.find(([, pattern]) => pattern.test(spaced))?.[0];
}

/**
 * A logged-in list card's location carries the workplace type in parentheses: "Lille, Hauts-de-France, France
 * (Hybride)". Parentheses that name no workplace type stay part of the location.
 */
export function splitWorkplaceSuffix(text: string): { location: string; workplace?: Workplace } {
  const spaced = normalizeSpaces(text);
  const match = /^(.*\S)\s*\(([^()]+)\)$/u.exec(spaced);
  const workplace = match ? parseWorkplace(match[2] ?? '') : undefined;
  if (!match || !workplace) return { location: spaced };
  return { location: match[1] ?? '', workplace };
}

// ---------------------------------------------------------------------------------------------------
// Job ids

/** "urn:li:jobPosting:4461353862" (also fsd_/fs_normalized_ urns) → "4461353862"; a bare numeric id passes through. */
export function jobIdFromUrn(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim() ?? '';
  if (/^\d{5,}$/.test(trimmed)) return trimmed;
  return /^urn:li:(?:fsd_|fs_normalized_)?jobPosting:(\d{5,})$/i.exec(trimmed)?.[1];
}

/**
 * The job id a link points at: "/jobs/view/…-4185843819?…", "…/jobs/collections/similar-jobs/?currentJobId=3784292969".
 * Relative links resolve against `base`, the page's address.
 */
export function jobIdFromLink(
  href: string | null | undefined,
  base: string | URL = 'https://www.linkedin.com/',
): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  return linkedInJobIdFromUrl(url);
}
