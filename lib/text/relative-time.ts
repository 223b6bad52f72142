import type { DatePrecision, Posted } from '@/lib/posting';

/**
 * Reads the relative dates job sites show ("Posted 3 Days Ago", "il y a 2 semaines", "vor 1 Tag", "hace 2 semanas",
 * "há 3 dias") into a date range, in English, French, German, Spanish and Portuguese.
 *
 * The rule for the range: sites floor the elapsed time, so "N units ago" means the age is at least N and less than
 * N + 1 units: `latest` = now - N units, `earliest` = now - (N + 1) units. "Today", "yesterday" and "just now" read as
 * "0 days", "1 day" and "0 minutes ago". An open form ("30+ days ago", "more than 30 days ago") has no `earliest`.
 * A month counts 30 days and a year 365. Seconds are reported with minute precision, the finest there is.
 */

export type RangePosted = Extract<Posted, { kind: 'range' }>;

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const UNIT_MS: Record<Unit, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

const UNIT_PRECISION: Record<Unit, DatePrecision> = {
  second: 'minute',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

interface Language {
  /** Words that mean "posted" or "reposted" and may precede the phrase; they become part of the matched text. */
  posted: string;
  /** Words meaning "posted" that follow a day word instead: Workday's German "Heute ausgeschrieben". */
  postedAfter?: string;
  /** "3 days ago" puts the marker after the amount; "il y a 3 jours" before it. */
  agoBefore?: string;
  agoAfter?: string;
  /** Words meaning one: "an hour ago", "il y a une heure". */
  one: string;
  /** "more than 30 days ago" is as open as "30+ days ago". */
  moreThan: string;
  /** Unit words, longest alternatives first; a trailing abbreviation dot is allowed. */
  units: Record<Unit, string>;
  today: string;
  yesterday: string;
  justNow: string;
}

const ENGLISH: Language = {
  posted: 're-?posted|posted|published|listed',
  agoAfter: 'ago',
  one: 'an|a|one',
  moreThan: 'more than|over',
  units: {
    second: 'seconds|second|secs|sec|s',
    minute: 'minutes|minute|mins|min|m',
    hour: 'hours|hour|hrs|hr|h',
    day: 'days|day|d',
    week: 'weeks|week|wks|wk|w',
    month: 'months|month|mos|mo|mths|mth',
    year: 'years|year|yrs|yr|y',
  },
  today: 'today',
  yesterday: 'yesterday',
  justNow: 'just now|moments ago',
};

const LANGUAGES: Language[] = [
  ENGLISH,
  {
    posted: 'republiée?s?|publiée?s?|mise? en ligne',
    agoBefore: 'il y a|depuis',
    one: 'une|un',
    moreThan: 'plus de',
    units: {
      second: 'secondes|seconde|sec|s',
      minute: 'minutes|minute|min|mn',
      hour: 'heures|heure|h',
      day: 'jours|jour|j',
      week: 'semaines|semaine|sem',
      month: 'mois',
      year: 'années|année|ans|an',
    },
    today: "aujourd['’]hui",
    yesterday: 'hier',
    justNow: "à l['’]instant|à l['’]heure",
  },
  {
    posted: 'erneut gepostet|erneut veröffentlicht|gepostet|veröffentlicht|eingestellt|ausgeschrieben',
    postedAfter: 'ausgeschrieben|veröffentlicht|gepostet|eingestellt',
    agoBefore: 'vor',
    one: 'einer|einem|einen|ein',
    moreThan: 'mehr als|über',
    units: {
      second: 'sekunden|sekunde|sek',
      minute: 'minuten|minute|min',
      hour: 'stunden|stunde|std',
      day: 'tagen|tage|tag',
      week: 'wochen|woche',
      month: 'monaten|monate|monat',
      year: 'jahren|jahre|jahr',
    },
    today: 'heute',
    yesterday: 'gestern',
    justNow: 'gerade eben|soeben',
  },
  {
    posted: 'publicado de nuevo|volvió a publicarse|republicado|publicado',
    agoBefore: 'hace',
    one: 'una|un',
    moreThan: 'más de',
    units: {
      second: 'segundos|segundo|seg',
      minute: 'minutos|minuto|min',
      hour: 'horas|hora|h',
      day: 'días|dias|día|dia|d',
      week: 'semanas|semana|sem',
      month: 'meses|mes',
      year: 'años|año',
    },
    today: 'hoy',
    yesterday: 'ayer',
    justNow: 'justo ahora|ahora mismo|hace un momento',
  },
  {
    posted: 'anunciado novamente|publicado novamente|republicado|anunciado|publicado',
    agoBefore: 'há',
    agoAfter: 'atrás',
    one: 'uma|um',
    moreThan: 'mais de',
    units: {
      second: 'segundos|segundo|seg',
      minute: 'minutos|minuto|min',
      hour: 'horas|hora|h',
      day: 'dias|dia|d',
      week: 'semanas|semana|sem',
      month: 'meses|mês|mes',
      year: 'anos|ano',
    },
    today: 'hoje',
    yesterday: 'ontem',
    justNow: 'agora mesmo|agora há pouco|agora',
  },
];

const UNITS = Object.keys(UNIT_MS) as Unit[];

/** Not inside a word: JS's \b only knows ASCII letters, and these languages have accents. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
/** A segment of a card's text: "Lille · 3d · 87 applicants". A bare "3d" or "today" counts only as a whole segment. */
const SEGMENT_START = '(?<=^|[·•|\\n]\\s*)\\s*';
const SEGMENT_END = '(?=\\s*(?:[·•|\\n]|$))';

interface Pattern {
  regex: RegExp;
  read: (match: RegExpExecArray) => { amount: number; open: boolean; unit: Unit } | undefined;
}

function unitGroup(units: Record<Unit, string>): string {
  return UNITS.map((unit) => `(?<${unit}>${units[unit]})`).join('|');
}

function unitOf(match: RegExpExecArray): Unit | undefined {
  return UNITS.find((unit) => match.groups?.[unit] !== undefined);
}

function amountPattern(lang: Language): string {
  return `(?:(?<more>${lang.moreThan})\\s+)?(?:(?<n>\\d+)(?<plus>\\+)?\\s*|(?<one>${lang.one})\\s+)`;
}

function readAmount(match: RegExpExecArray) {
  const unit = unitOf(match);
  if (!unit) return undefined;
  const groups = match.groups ?? {};
  const amount = groups.n === undefined ? 1 : Number(groups.n);
  return { amount, open: groups.plus !== undefined || groups.more !== undefined, unit };
}

function patternsFor(lang: Language): Pattern[] {
  const posted = `(?:(?:${lang.posted})\\s+)?`;
  const units = `(?:${unitGroup(lang.units)})\\.?`;
  const patterns: Pattern[] = [];
  if (lang.agoBefore) {
    const source = `${START}${posted}(?:${lang.agoBefore})\\s+${amountPattern(lang)}${units}${END}`;
    patterns.push({ regex: new RegExp(source, 'iu'), read: readAmount });
  }
  if (lang.agoAfter) {
    const source = `${START}${posted}${amountPattern(lang)}${units}\\s+(?:${lang.agoAfter})${END}`;
    patterns.push({ regex: new RegExp(source, 'iu'), read: readAmount });
  }
  const day = (amount: number, unit: Unit) => () => ({ amount, open: false, unit });
  const word = (words: string, read: Pattern['read']): Pattern[] => [
    { regex: new RegExp(`${START}(?:${lang.posted})\\s+(?:${words})${END}`, 'iu'), read },
    { regex: new RegExp(`${SEGMENT_START}(?:${words})${SEGMENT_END}`, 'iu'), read },
    ...(lang.postedAfter
      ? [{ regex: new RegExp(`${START}(?:${words})\\s+(?:${lang.postedAfter})${END}`, 'iu'), read }]
      : []),
  ];
  patterns.push(...word(lang.today, day(0, 'day')));
  patterns.push(...word(lang.yesterday, day(1, 'day')));
  patterns.push(...word(lang.justNow, day(0, 'minute')));
  return patterns;
}

/** Abbreviations without "ago" ("3d", "2w", "5 mins", "1 hr"): only as a whole segment, where nothing else fits. */
const BARE_ABBREVIATION: Pattern = {
  regex: new RegExp(`${SEGMENT_START}(?<n>\\d+)(?<plus>\\+)?\\s*(?:${unitGroup(ENGLISH.units)})${SEGMENT_END}`, 'iu'),
  read: readAmount,
};

const PATTERNS: Pattern[] = [...LANGUAGES.flatMap(patternsFor), BARE_ABBREVIATION];

/** The posting time a relative phrase in `text` describes, or undefined when `text` holds none. */
export function parseRelativeTime(text: string, now: Date): RangePosted | undefined {
  let best: { match: RegExpExecArray; pattern: Pattern } | undefined;
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(text);
    if (match && (!best || match.index < best.match.index)) best = { match, pattern };
  }
  if (!best) return undefined;
  const amount = best.pattern.read(best.match);
  if (!amount) return undefined;
  const unitMs = UNIT_MS[amount.unit];
  const nowMs = now.getTime();
  const latest = new Date(nowMs - amount.amount * unitMs).toISOString();
  const range: RangePosted = {
    kind: 'range',
    text: best.match[0].trim(),
    latest,
    precision: UNIT_PRECISION[amount.unit],
  };
  if (!amount.open) range.earliest = new Date(nowMs - (amount.amount + 1) * unitMs).toISOString();
  return range;
}

const REPOST_LABEL = new RegExp(
  `${START}(?:re-?posted|republiée?s?|erneut (?:gepostet|veröffentlicht)|publicado de nuevo|volvió a publicarse|republicado|anunciado novamente|publicado novamente)${END}`,
  'iu',
);

/** Whether a site's label says the posting was reposted: "Reposted 2 weeks ago", "Republié il y a 3 jours". */
export function isRepostText(text: string): boolean {
  return REPOST_LABEL.test(text);
}
