import { parseAmount } from '@/lib/extract/common';
import type { Salary } from '@/lib/posting';

/**
 * Pay a description states in words: "The salary range for this position is $135,000 - $165,000 per year",
 * "entre 45 000 € et 55 000 € brut par an", "zwischen 60.000 und 75.000 € brutto jährlich", "$120k–$150k", in
 * USD, EUR, GBP, CAD, AUD, CHF, INR and BRL (symbols and codes), per year, month, week, day or hour, in English,
 * French, German, Spanish and Portuguese. The background reads it (lib/extract/enrich.ts) when the page's structured
 * data gave no salary; the patterns stay out of the content scripts.
 *
 * A figure counts as pay when it is money (a currency beside it or its range partner; no "million", no "%"), and
 * a pay word ("salary", "Gehalt", "rémunération") is nearer to it than any word of other money (revenue, funding,
 * a bonus, a budget, a 401(k) match); a range with a currency and a period ("$25 - $30 an hour") needs no pay word.
 * Every figure it gives is one written in the text, times the "k" or "lakh" written beside it.
 */

/** "$", "US$", "CA$", "€", "EUR", "Rs." … before a figure. */
const PREFIX = String.raw`(?<pre>(?:US|CA|C|AU|A|R)?\$|€|£|₹|(?<![\p{L}\d])(?:USD|EUR|GBP|CAD|AUD|CHF|INR|BRL|Rs\.?)(?![\p{L}]))`;
/**
 * "135,000", "95.000", "45 000", "120'000", "12,00,000" (lakh grouping), "18.50", "65.000,00", "120": one grouping
 * separator throughout, so "1.000 100 000" is two figures, not one.
 */
const FIGURE = String.raw`(?<figure>\d{1,3}(?<group>[,.'’\u00a0\u202f ])\d{3}(?:\k<group>\d{3})*(?:[.,]\d{1,2})?|\d{1,2}(?:,\d{2})+,\d{3}|\d+(?:[.,]\d{1,2})?)`;
/** "k", "thousand", "mil" (es, pt), "lakh", "LPA"; and the sizes of money that is not pay (revenue, funding). */
const SCALE = String.raw`(?:\s?(?<scale>[kK](?![\p{L}])|thousand\b|mil\b|lakhs?\b|lacs?\b|LPA\b|millions?\b|mio\.?|mn\b|[mM](?![\p{L}])|bn\b|billions?\b|[bB](?![\p{L}])|milliards?\b|mrd\.?|millones\b|milhões\b|crores?\b|cr\b))?`;
/** "€", "$ CA", "USD" … after a figure (or its scale). */
const SUFFIX = String.raw`(?:\s?(?<post>€|\$\s?CA(?:D)?(?![\p{L}])|\$|£|₹|(?<![\p{L}])(?:USD|EUR|GBP|CAD|AUD|CHF|INR|BRL|euros?|dollars?)(?![\p{L}])))?`;
/** Sticky: tried where a figure or its currency mark starts (see `figures`). */
const MONEY = new RegExp(`(?:${PREFIX}\\s?)?(?<![\\d.,'’])${FIGURE}(?![\\d%]|\\s?%)${SCALE}${SUFFIX}`, 'uy');
/** Runs of digits and the separators a figure groups them with (global: `figures` resets it before each scan). */
const DIGIT_RUNS = /\d[\d,.'’\u00a0\u202f ]*/g;
/** A character a figure of money may have beside it: a currency sign, a letter (a code, "k", "to"), a dash. */
const NEXT_TO_MONEY = /[$€£₹\p{L}\-–—~/]/u;
/** How far before and after a run of digits its currency mark, scale or range join is looked for. */
const HINT_REACH = 12;
/** A currency mark right before a figure: "$", "R$ ", "EUR ", "Rs. ". */
const MARK_BEFORE = /(?:[A-Z]{1,2}\$|\$|€|£|₹|USD|EUR|GBP|CAD|AUD|CHF|INR|BRL|Rs\.?)\s?$/;
/** After a run of digits: a currency, a scale, or a join to a second figure ("- ", "to ", "et ", "/year to "). */
const MONEY_AFTER =
  /^\s?(?:[kK€$£₹]|USD|EUR|GBP|CAD|AUD|CHF|INR|BRL|euro|dollar|lakh|lac|LPA|thousand|mil\b)|^\s*(?:[-–—~]|\/\s?[a-zäöüéñ]|(?:per|a|an) [a-z]|to |à |au |a |bis |y |e |et |und |and |hasta |até )/i;
/** Before a run of digits: the join from a first figure. */
const JOIN_BEFORE = /(?:[-–—~]|\bto|à|au|\ba|bis|\by|\be|et|und|and|hasta|até)\s*$/i;
/**
 * A description states pay only beside a currency or a pay word: without either, nothing is read (and fast). The
 * stems cover PAY_WORDS.
 */
const MAY_STATE_PAY =
  /[$€£₹]|USD|EUR|GBP|CAD|AUD|CHF|INR|BRL|Rs\.|euro|dollar|salar|salai|salá|pay|compens|wage|remun|rémun|earn|OTE|CTC|rate|taux|TJM|fixe|brut|gehalt|gehält|vergüt|lohn|entgelt|sueldo|retribu|ordenado/i;

const THOUSAND = /^(?:k|thousand|mil)$/i;
const LAKH = /^(?:lakhs?|lacs?|LPA)$/i;

const CURRENCIES: [RegExp, string][] = [
  [/^(?:CA\$|C\$|\$\s?CAD?)$/, 'CAD'],
  [/^(?:AU\$|A\$)$/, 'AUD'],
  [/^R\$$/, 'BRL'],
  [/^(?:US)?\$$/, 'USD'],
  [/^€$/, 'EUR'],
  [/^£$/, 'GBP'],
  [/^(?:₹|Rs\.?)$/, 'INR'],
  [/^euros?$/i, 'EUR'],
  [/^dollars?$/i, 'USD'],
];

/**
 * Between two figures of a range: "-", "to", "à", "bis", "a", "até" … or a conjunction ("and", "et", "und", "y",
 * "e") after "between", "entre", "zwischen". The first figure may carry its period: "$176,400/year to $243,600/year".
 */
const RANGE_JOIN =
  /^(?:\s*(?:\/|per\s|a\s|an\s)?\s*(?:year|yr|annum|month|mo|week|wk|day|hour|hr|h|an|mois|jour|heure|jahr|monat|stunde|año|mes|hora|ano|mês)\.?)?\s*(?:(?<dash>-|–|—|~|to|à|au|bis|a|hasta|até)|and|et|und|y|e)\s*$/iu;
const BETWEEN = /(?:between|entre|zwischen)\s*$/iu;

/**
 * The letters of the five languages, for word boundaries without the unicode flag: case-insensitive matching of many
 * words runs several times faster without it, and these languages need no letter beyond Latin-1 and œ.
 */
const LETTER = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ffœŒ';

/** A regex of whole words; read with `search` (the first) or `matchAll` (each), never with the stateful `test`. */
const word = (words: string) =>
  new RegExp(`(?<![${LETTER}\\d])(?:${words.replace(/ /g, '\\s+')})(?![${LETTER}])`, 'gi');

/** Words that say a figure is pay. */
const PAY_WORDS = word(
  [
    'salary|salaries|pay|pays|compensation|wage|wages|remuneration|earnings|earn|OTE|CTC|(?:hourly|day|daily) rate|rate of pay|pay rate',
    'salaire|salaires|rémunération|rémunéré|rémunérée|brut|brute|bruts|taux horaire|TJM|fixe',
    'gehalt|jahresgehalt|bruttojahresgehalt|monatsgehalt|zielgehalt|grundgehalt|fixgehalt|gehälter|vergütung',
    'lohn|stundenlohn|monatslohn|bruttolohn|entgelt|brutto',
    'salario|salarios|sueldo|remuneración|retribución|bruto|brutos|bruta|brutas',
    'salário|salários|remuneração|ordenado',
  ].join('|'),
);

/** Words of money that is not pay, before the figures or after them ("a $5,000 signing bonus"). */
const OTHER_MONEY = word(
  [
    'revenue|revenues|turnover|funding|funded|raised|raise|valuation|valued|invest[a-z]*|investors?|ARR|sales|budgets?',
    'allowance|stipend|reimburse[a-z]*|bonus|bonuses|signing|sign-on|relocation|referral|401\\s?\\(?k\\)?|match|matching',
    'grants?|donations?|assets|AUM|under management|customers|clients|users|spend|contracts?|deals?|accounts?|quota',
    "chiffre d['’]affaires|levée|levé|financement|prime|primes|subvention",
    'umsatz|finanzierung|zuschuss|prämie',
    'facturación|ingresos|financiación|presupuesto|bono|ventas',
    'receita|faturamento|financiamento|orçamento|bônus|vendas',
  ].join('|'),
);

/** Words of other money only before the figures: "an equity grant of $50,000", but "$150K–$300K + equity". */
const OTHER_MONEY_BEFORE = word('equity|stock|RSUs?|options');

/** Scales of money that is never a salary: "$50M in funding", "€2 billion revenue". */
const LARGE = /^(?:millions?|mio\.?|mn|[mM]|bn|billions?|[bB]|milliards?|mrd\.?|millones|milhões|crores?|cr)$/;

type Period = NonNullable<Salary['period']>;

/** Periods written right after the figures ("per year", "/hr", "brut par an") or in the pay word ("Jahresgehalt"). */
const PERIOD_WORDS: Record<Period, string> = {
  hour: "per hour|an hour|hourly|/\\s?h|/\\s?hr|/\\s?hour|de l['’]heure|par heure|l['’]heure|horaire|pro stunde|/\\s?std\\.?|stündlich|stundenlohn|por hora|/\\s?hora|la hora|a hora",
  day: 'per day|a day|daily|/\\s?day|par jour|/\\s?jour|/\\s?j|TJM|pro tag|/\\s?tag|tagessatz|por día|por dia|al día|/\\s?día|/\\s?dia|diario|diária',
  week: 'per week|a week|weekly|/\\s?wk|/\\s?week|par semaine|pro woche|wöchentlich|por semana|semanal',
  month:
    'per month|a month|monthly|/\\s?mo|/\\s?month|par mois|mensuel|mensuels|mensuelle|pro monat|monatlich|im monat|monatsgehalt|al mes|por mes|mensual|mensuales|por mês|ao mês|/\\s?mês|/\\s?mes|mensal|mensais',
  year: 'per year|per annum|a year|annual|annually|annualized|annualised|yearly|/\\s?yr|/\\s?year|p\\.?\\s?a\\.?|LPA|par an|par année|/\\s?an|annuel|annuels|annuelle|annuelles|pro jahr|jährlich|im jahr|/\\s?jahr|jahresgehalt|bruttojahresgehalt|al año|por año|anual|anuales|anuais|por ano|ao ano|/\\s?ano|/\\s?año',
};
/** One pattern for all of them, so the first period written is found in one pass; its named group says which. */
const PERIOD = new RegExp(
  `(?<![${LETTER}\\d])(?:${(Object.entries(PERIOD_WORDS) as [Period, string][])
    .map(([period, words]) => `(?<${period}>${words.replace(/ /g, '\\s+')})`)
    .join('|')})(?![${LETTER}])`,
  'i',
);

const UP_TO = /(?<![\p{L}])(?:up to|jusqu['’]à|bis zu|hasta|até)\s*$/iu;
const FROM = /(?<![\p{L}])(?:from|starting at|starts at|à partir de|ab|desde|a partir de)\s*$/iu;

/** How far, in characters, the words around a figure are read. */
const BEFORE = 160;
const AFTER = 60;
const PERIOD_REACH = 30;
/** A period this close after the figures is part of what they say: "$25 an hour", "75.000 € brutto jährlich". */
const PERIOD_QUOTED = 12;
/** The longest join of a range: " per year to ", " bis zu " … */
const MAX_JOIN = 24;
/** A range of money this large needs no pay word: "($150K–$300K + Equity)". */
const UNWORDED_SALARY = 10_000;
/** Two figures more than this far apart are not one range: "$60,000 and 25 days of holiday". */
const RANGE_SPREAD = 10;

interface Figure {
  start: number;
  end: number;
  value: number;
  scale?: string;
  currency?: string;
}

/** A figure as written: "65,000.00", "65.000,00", "65 000", "120'000", "12,00,000", "18.50"; undefined if unreadable. */
function amount(raw: string): number | undefined {
  if (/^\d+$/.test(raw)) return Number(raw) || undefined;
  // Swiss apostrophes and Indian lakh grouping ("12,00,000") become plain digits; the rest is a salary's number.
  let digits = raw.replace(/['’]/g, '');
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(digits)) digits = digits.replace(/,/g, '');
  const value = parseAmount(digits, false);
  return value !== undefined && value > 0 ? value : undefined;
}

function currencyOf(mark: string | undefined): string | undefined {
  if (!mark) return undefined;
  const trimmed = mark.trim();
  return CURRENCIES.find(([pattern]) => pattern.test(trimmed))?.[1] ?? trimmed.toUpperCase().replace(/\.$/, '');
}

/**
 * Every figure of money-like form in `text` that could be pay (not "$50M"), in order. The money pattern is tried only
 * where a run of digits starts, from the currency mark before it if there is one: run over a whole description it
 * would be tried at every character.
 */
function figures(text: string): Figure[] {
  const found: Figure[] = [];
  const runs = DIGIT_RUNS;
  runs.lastIndex = 0;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    const at = run.index;
    // Most numbers of a description stand between brackets, spaces and punctuation: "(123)", "5+ years", "4%".
    const beside = `${text.slice(Math.max(0, at - 3), at)}${text[runs.lastIndex] ?? ''}`;
    if (!NEXT_TO_MONEY.test(beside)) continue;
    const before = text.slice(Math.max(0, at - HINT_REACH), at);
    const mark = before.search(MARK_BEFORE);
    // A number with no currency, scale or range beside it ("(123)", "5+ years") is not looked at again.
    const after = text.slice(runs.lastIndex, runs.lastIndex + HINT_REACH);
    if (mark < 0 && !MONEY_AFTER.test(after) && !JOIN_BEFORE.test(before)) continue;
    const match = moneyAt(text, mark >= 0 ? at - before.length + mark : at, at);
    if (!match) continue;
    const end = match.index + match[0].length;
    // "1.000 100 000 $" is two figures: the next one starts where this one ends.
    runs.lastIndex = end;
    const groups = match.groups ?? {};
    const value = amount(groups.figure ?? '');
    if (value === undefined || (groups.scale && LARGE.test(groups.scale))) continue;
    const figure: Figure = { start: match.index, end, value };
    if (groups.scale) figure.scale = groups.scale;
    const currency = currencyOf(groups.pre ?? groups.post);
    if (currency) figure.currency = currency;
    found.push(figure);
  }
  return found;
}

/** The money pattern matched from `from` (a currency mark) or else from `at` (the digits), or null. */
function moneyAt(text: string, from: number, at: number): RegExpExecArray | null {
  for (const start of from < at ? [from, at] : [at]) {
    MONEY.lastIndex = start;
    const match = MONEY.exec(text);
    if (match) return match;
  }
  return null;
}

/** Where the sentence around [start, end) begins and ends, within reach: a full stop, a blank line, a bullet. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - BEFORE);
  const before = text.slice(from, start);
  const stop = Math.max(before.search(/[.!?;]\s[^.!?;]*$/), before.lastIndexOf('\n\n'), before.lastIndexOf('\n•'));
  if (stop >= 0) from += stop + 1;
  let to = Math.min(text.length, end + AFTER);
  const after = text.slice(end, to).search(/[.!?;](?:\s|$)|\n\n/);
  if (after >= 0) to = end + after;
  return { from, to };
}

/** Distance in characters from the figures to the nearest of `words` before (from `from`) or, unless `to` is
 * undefined, after them. */
function nearest(words: RegExp, text: string, from: number, start: number, end: number, to?: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const match of text.slice(from, start).matchAll(words)) {
    best = Math.min(best, start - (from + match.index + match[0].length));
  }
  const after = to === undefined ? -1 : text.slice(end, to).search(words);
  return after >= 0 ? Math.min(best, after) : best;
}

/** The period written after the figures (and where it ends), else in the words just before them. */
function periodOf(text: string, from: number, start: number, end: number, to: number) {
  const after = PERIOD.exec(text.slice(end, Math.min(to, end + PERIOD_REACH)));
  if (after) return { period: periodIn(after), at: after.index, end: end + after.index + after[0].length };
  const before = PERIOD.exec(text.slice(Math.max(from, start - PERIOD_REACH), start));
  return before ? { period: periodIn(before), at: Number.POSITIVE_INFINITY, end } : undefined;
}

/** Which period's words a PERIOD match is. */
function periodIn(match: RegExpExecArray): Period {
  return (Object.keys(PERIOD_WORDS) as Period[]).find((period) => match.groups?.[period] !== undefined) ?? 'year';
}

const multiplier = (scale: string | undefined) => {
  if (scale && THOUSAND.test(scale)) return 1000;
  if (scale && LAKH.test(scale)) return 100_000;
  return 1;
};

/** The two figures' values, their scales applied: in "$120-150k" the second's "k" is the first's too, unless the first
 * is already large ("$95,000 - 120k"). */
function values(first: Figure, last: Figure): [number, number] {
  const firstScale = first.scale || first.value >= 1000 ? first.scale : last.scale;
  return [first.value * multiplier(firstScale), last.value * multiplier(last.scale)];
}

/** The pay in the figures from `first` to `last`, or undefined when the words around them say it is not pay. */
function payAt(text: string, first: Figure, last: Figure): Salary | undefined {
  const range = first !== last;
  const currency = first.currency ?? last.currency;
  const { from, to } = sentenceAround(text, first.start, last.end);
  const cue = nearest(PAY_WORDS, text, from, first.start, last.end, to);
  const other = Math.min(
    nearest(OTHER_MONEY, text, from, first.start, last.end, to),
    nearest(OTHER_MONEY_BEFORE, text, from, first.start, last.end),
  );
  const written = periodOf(text, from, first.start, last.end, to);
  const lakhs = first.scale === 'LPA' || last.scale === 'LPA';
  const period = written?.period ?? (lakhs ? 'year' : undefined);
  const [low, high] = values(first, last);
  // No pay word and no other money's: a range of money with its period, or of a salary's size, is pay.
  const unworded = cue === Number.POSITIVE_INFINITY && other === cue;
  const salaryLike = range && currency !== undefined && (period !== undefined || low >= UNWORDED_SALARY);
  if (!(cue < other || (unworded && salaryLike))) return undefined;
  // Without a currency, only a range or a "k" says it is money: "Rémunération : 45-60k", "jusqu'à 100K".
  const thousands = first.scale !== undefined && THOUSAND.test(first.scale);
  if (!currency && !(range && (period || (low >= 1000 && high >= 1000))) && !thousands) return undefined;
  const salary: Salary = {};
  const lead = text.slice(from, first.start);
  if (range || !FROM.test(lead)) salary.max = Math.max(low, high);
  if (range || !UP_TO.test(lead)) salary.min = Math.min(low, high);
  if (currency) salary.currency = currency;
  if (period) salary.period = period;
  const quoted =
    written && written.at <= PERIOD_QUOTED && /^[\s\p{L}]*$/u.test(text.slice(last.end, last.end + written.at))
      ? written.end
      : last.end;
  // "between $148,200 and $239,800" is quoted with its "between": without it the "and" reads oddly.
  const opening = range ? BETWEEN.exec(lead) : null;
  salary.text = text.slice(first.start - (opening?.[0].length ?? 0), quoted).replace(/\s+/g, ' ');
  return salary;
}

/** Whether `next` closes a range that `first` opens: joined by a dash or "to", or "and" after "between". */
function closesRange(text: string, first: Figure, next: Figure | undefined): next is Figure {
  if (!next || next.start - first.end > MAX_JOIN) return false;
  const join = RANGE_JOIN.exec(text.slice(first.end, next.start));
  if (!join || (!join.groups?.dash && !BETWEEN.test(text.slice(Math.max(0, first.start - 12), first.start)))) {
    return false;
  }
  const [low, high] = values(first, next);
  return Math.max(low, high) <= RANGE_SPREAD * Math.min(low, high);
}

/**
 * A description states its pay among its first few figures of money; a page of thousands ("$1 - $1 - …") is not
 * read past these many, so reading stays within a millisecond whatever the page holds.
 */
const MAX_CANDIDATES = 64;

/** The first pay the description states, or undefined. Never throws. */
export function readPay(text: string): Salary | undefined {
  if (!MAY_STATE_PAY.test(text)) return undefined;
  const found = figures(text);
  let tried = 0;
  for (let i = 0; i < found.length && tried < MAX_CANDIDATES; i++) {
    const first = found[i] as Figure;
    const next = found[i + 1];
    if (closesRange(text, first, next)) {
      tried++;
      const pay = payAt(text, first, next);
      if (pay) return pay;
      i++;
    } else if (first.currency || (first.scale && THOUSAND.test(first.scale))) {
      tried++;
      const pay = payAt(text, first, first);
      if (pay) return pay;
    }
  }
  return undefined;
}
