import type { Vacancy } from '@/lib/posting';

/**
 * The statement a posting makes about its vacancy, as laws now ask for one:
 *   New York: "THIS POSTING IS FOR A CURRENT VACANCY AND THE EMPLOYER INTENDS TO FILL THIS POSITION BY (DATE)",
 *     "... NO SOONER THAN (DATE)", "THIS POSTING IS NOT FOR A CURRENT VACANCY, BUT THE EMPLOYER IS SEEKING RESUMES";
 *   Ontario (since 2026-01-01), New Jersey, California: whether the posting is for an existing vacancy, in English
 *     ("This posting is for an existing vacancy") and, in Ontario, French ("Ce poste vise à pourvoir un poste vacant
 *     existant", "Cette offre ne concerne pas un poste vacant").
 * Case and line breaks do not matter (the description's markup is already text). The background reads it
 * (lib/extract/enrich.ts); the quote is the whole sentence.
 */

const SUBJECT_EN = String.raw`(?:(?:this|the)(?:\s+job)?\s+(?:posting|position|role|job|opening|vacancy|advert(?:isement)?|ad|requisition)|this)`;
const STATEMENT_EN = new RegExp(
  String.raw`\b${SUBJECT_EN}\s+(?:is|does)(?<not>\s+not|n['’]t)?\s+(?:(?:for|to\s+fill|represent|relate\s+to|concern)\s+)?(?:an?\s+)?(?:existing|current)\s+(?:vacancy|vacant\s+position|open\s+position)`,
  'iu',
);
/** Said without a subject of its own: "… and is not for an existing vacancy", "no current vacancy exists". */
const DENIAL_EN =
  /\b(?:(?:is|are)\s+not\s+(?:for\s+)?an?\s+(?:existing|current)\s+vacancy|no\s+(?:existing|current)\s+vacancy\s+(?:exists|is\s+open))/iu;
/** New York's second half, after "… for a current vacancy": "and the employer intends to fill this position by". */
const FILL_EN =
  /^\s*,?\s*(?:and\s+)?the\s+employer\s+intends\s+to\s+fill\s+(?:this|the)\s+(?:position|role|vacancy)\s+(?<when>by|no\s+sooner\s+than)\s+/iu;

const SUBJECT_FR = String.raw`(?:(?:ce(?:tte|t)?|le\s+présent|la\s+présente)\s+(?:offre(?:\s+d['’]emploi)?|poste|affichage|annonce)|il)`;
const STATEMENT_FR = new RegExp(
  String.raw`(?<![\p{L}])${SUBJECT_FR}\s+(?<not>ne\s+|n['’]\s*)?(?:est|concerne|vise(?:\s+à\s+pourvoir)?|porte\s+sur|s['’]agit)\s+(?<pas>pas\s+)?(?:(?:d['’]\s*|de\s+|à\s+pourvoir\s+)?(?:un\s+)?poste\s+)?(?:actuellement\s+)?vacant(?![\p{L}])(?:\s+existant)?`,
  'iu',
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
/** "January 15, 2027", "15 January 2027", "01/15/2027" (month first, as in New York), "2027-01-15". */
const DATES = [
  new RegExp(String.raw`^${MONTH}\s+${DAY},?\s+(?<year>\d{4})`, 'iu'),
  new RegExp(String.raw`^${DAY}\s+(?:of\s+)?${MONTH},?\s+(?<year>\d{4})`, 'iu'),
  /^(?<month>\d{1,2})\/(?<day>\d{1,2})\/(?<year>\d{4}|\d{2})(?!\d)/u,
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)/u,
];

/** A sentence is not quoted beyond this many characters either side of the statement. */
const REACH = 200;

/** The day a date at the start of `text` names, as midnight UTC, and its length; undefined when it names none. */
function dateAt(text: string): { iso: string; length: number } | undefined {
  for (const pattern of DATES) {
    const found = pattern.exec(text);
    const { month: m, day: d, year: y } = found?.groups ?? {};
    if (!found || !m || !d || !y) continue;
    const month = /^\d+$/.test(m) ? Number(m) - 1 : MONTHS.indexOf(m.slice(0, 3).toLowerCase());
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    const ms = Date.UTC(year, month, Number(d));
    const date = new Date(ms);
    // Date.UTC rolls 31 April over to 1 May: a day that does not exist is no date.
    if (date.getUTCMonth() !== month || date.getUTCDate() !== Number(d)) return undefined;
    return { iso: date.toISOString(), length: found[0].length };
  }
  return undefined;
}

/** The whole sentence around [start, end): back to the line or sentence start, on to its full stop. */
function sentence(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - REACH), start);
  const opening = Math.max(before.search(/[.!?]\s[^.!?]*$/), before.lastIndexOf('\n'));
  const from = start - before.length + (opening >= 0 ? opening + 1 : 0);
  const after = text.slice(end, end + REACH);
  // The sentence goes on over a line break only into a line that carries it on in lower case.
  const close = after.search(/[.!?](?=\s|$)|\n(?!\s*\p{Ll})/u);
  const to = close < 0 ? end + after.length : end + close + (/[.!?]/.test(after[close] ?? '') ? 1 : 0);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

interface Found {
  at: number;
  vacancy: Vacancy;
}

function english(text: string): Found | undefined {
  const found = STATEMENT_EN.exec(text);
  if (!found) {
    const denial = DENIAL_EN.exec(text);
    if (!denial) return undefined;
    const end = denial.index + denial[0].length;
    return { at: denial.index, vacancy: { current: false, text: sentence(text, denial.index, end) } };
  }
  const current = found.groups?.not === undefined;
  let end = found.index + found[0].length;
  const vacancy: Vacancy = { current, text: '' };
  const fill = current ? FILL_EN.exec(text.slice(end)) : null;
  if (fill) {
    const date = dateAt(text.slice(end + fill[0].length));
    end += fill[0].length + (date?.length ?? 0);
    if (date && /^by$/i.test(fill.groups?.when ?? '')) vacancy.fillBy = date.iso;
    else if (date) vacancy.fillFrom = date.iso;
  }
  vacancy.text = sentence(text, found.index, end);
  return { at: found.index, vacancy };
}

function french(text: string): Found | undefined {
  const found = STATEMENT_FR.exec(text);
  if (!found) return undefined;
  const denied = found.groups?.not !== undefined && found.groups?.pas !== undefined;
  const end = found.index + found[0].length;
  return { at: found.index, vacancy: { current: !denied, text: sentence(text, found.index, end) } };
}

/** Every statement names the vacancy ("vacancy", "vacant"): only the text around that word is read. */
const KEYWORD = /vacan/gi;
/** How far before and after the word a statement reaches: its subject, New York's fill-by clause and day. */
const STATEMENT_BEFORE = 120;
const STATEMENT_AFTER = 160;

/** What the description states about its vacancy: the first statement, in either language; undefined if none. */
export function readVacancy(text: string): Vacancy | undefined {
  for (const keyword of text.matchAll(KEYWORD)) {
    // The window starts at the line or sentence start before the word, so the quote is the same as in the whole text.
    const from = Math.max(0, keyword.index - STATEMENT_BEFORE - REACH);
    const window = text.slice(from, Math.min(text.length, keyword.index + STATEMENT_AFTER + REACH));
    const en = english(window);
    const fr = french(window);
    const first = en && fr ? (en.at <= fr.at ? en : fr) : (en ?? fr);
    if (first) return first.vacancy;
  }
  return undefined;
}
