import { expandPhrase, PhraseIndex } from '@/lib/text/phrases';

/**
 * The words that tell the extractive summary which sentence says what, in the five languages the extractors read:
 * a sentence that introduces the role, a heading the role's description follows, and where and how the job is
 * worked (pay is found by lib/text/pay.ts). Patterns use expandPhrase's "(a|b)" choices; one PhraseIndex finds them all in one scan.
 */

export type CueKind = 'role' | 'heading' | 'workplace';

const CUES: Record<CueKind, string[]> = {
  role: [
    "(we are|we're|are) (looking for|seeking|searching for|hiring)",
    '(is|are) (looking for|seeking|hiring)',
    '(looking for|seeking) (a|an)',
    "(you will|you'll) (be|join|lead|own|work|help|build)",
    'as (a|an|our)',
    'the (role|position) (is|involves|requires)',
    'responsible for',
    '(to join|join) (our|the)',
    '(nous recherchons|nous cherchons|recherchons|recherche|en tant que|vous serez|tu seras|vous rejoindrez|tu rejoindras)',
    '(wir suchen|suchen wir|als|du wirst|sie werden|in dieser Rolle|zur Verstärkung)',
    '(buscamos|estamos buscando|procuramos|estamos procurando|como|serás|você será|formarás parte|nesta função|en este rol)',
  ],
  heading: [
    '(about|the|your|this) (role|position|job|opportunity)',
    '(about the|the) (role|position|job|opportunity)',
    '(role|position|job) (overview|description|summary)',
    "what (you will|you'll|you) (do|be doing|will be doing)",
    "what (you will|you'll) (work on|own)",
    '(key|your|main|core) responsibilities',
    'responsibilities',
    'in this role',
    'a day in the life',
    '(le poste|votre rôle|ton rôle|vos missions|tes missions|missions|description du poste|ce que vous ferez)',
    '(ihre|deine) (Aufgaben|Rolle)',
    '(Aufgaben|die Stelle|Ihr Aufgabengebiet|dein Aufgabengebiet|Stellenbeschreibung)',
    '(tu rol|el puesto|sobre el puesto|funciones|responsabilidades|descripción del puesto)',
    '(o papel|sobre a vaga|a vaga|atividades|suas responsabilidades|descrição da vaga)',
  ],
  workplace: [
    '(remote|remotely|fully remote|remote-first|hybrid|on-site|onsite|on site|in-office|in office|in the office)',
    '(in-person|in person|work from home|work from anywhere|working from home|telecommute|telecommuting)',
    '(télétravail|à distance|hybride|sur site|en présentiel|présentiel)',
    '(Homeoffice|Home-Office|Home Office|mobiles Arbeiten|mobil arbeiten|vor Ort)',
    '(remoto|en remoto|híbrido|presencial|teletrabajo|desde casa|trabalho remoto|home office)',
  ],
};

export const CUE_INDEX = new PhraseIndex<CueKind>(
  (Object.entries(CUES) as [CueKind, string[]][]).flatMap(([kind, patterns]) =>
    patterns.flatMap(expandPhrase).map((text) => ({ text, value: kind })),
  ),
);
