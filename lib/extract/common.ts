import type {
  EmploymentType,
  ExperienceLevel,
  ExtractResult,
  Posted,
  Posting,
  PostingInput,
  Salary,
  Workplace,
} from '@/lib/posting';

/**
 * Pure helpers every site extractor shares: reading selectors, cleaning text, turning HTML into text,
 * reading a JSON-LD JobPosting, and normalising the free-text labels sites show (employment type,
 * seniority, salary). Nothing here throws on bad input; a missing or unreadable value is `undefined`.
 */

// ---------------------------------------------------------------------------------------------------
// Selector registry

export interface SelectorMatch {
  element: Element;
  /** The selector that found it, so a test can tell which fallback is still alive. */
  selector: string;
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element found by the first selector (in order) that finds anything. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): SelectorMatch | undefined {
  for (const selector of selectors) {
    const element = safeQueryAll(root, selector)[0];
    if (element) return { element, selector };
  }
  return undefined;
}

/** Every element found by the first selector (in order) that finds anything. */
export function allMatches(
  root: ParentNode,
  selectors: readonly string[],
): { elements: Element[]; selector: string } | undefined {
  for (const selector of selectors) {
    const elements = safeQueryAll(root, selector);
    if (elements.length > 0) return { elements, selector };
  }
  return undefined;
}

/** Whitespace collapsed and trimmed; undefined when nothing is left. */
export function cleanText(text: string | null | undefined): string | undefined {
  const cleaned = text?.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

/** The cleaned text of the first element the selectors find. */
export function textOf(root: ParentNode, selectors: readonly string[]): string | undefined {
  return cleanText(firstMatch(root, selectors)?.element.textContent);
}

/** `<meta property|name=… content=…>` from the document head, cleaned. */
export function metaContent(root: ParentNode, key: string): string | undefined {
  const element = firstMatch(root, [`meta[property="${key}"]`, `meta[name="${key}"]`])?.element;
  return cleanText(element?.getAttribute('content'));
}

// ---------------------------------------------------------------------------------------------------
// HTML to text

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ntilde: 'ñ',
};

/**
 * Decodes numeric and common named character references. A table rather than the DOM because the
 * background service worker and the CLI's API path have no DOMParser.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// Private-use characters mark breaks while tags are stripped; they never occur in job text.
const PARAGRAPH = '\ue000';
const LINE = '\ue001';
const BLOCK_TAGS =
  'p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|dl|table|thead|tbody|tfoot|tr|blockquote|pre|hr|figure|form|fieldset|address';
const LINE_TAGS = 'li|dt|dd|br|td|th|caption|figcaption';

/**
 * Text of an HTML string or an element, keeping what a reader sees as structure: paragraphs and headings are
 * separated by a blank line, list items and `<br>` start a new line. Entities are decoded and the rest of the
 * whitespace collapsed. Works on strings without a DOM, so the background and the CLI can use it too.
 */
export function htmlToText(htmlOrElement: string | Element): string {
  const html = typeof htmlOrElement === 'string' ? htmlOrElement : htmlOrElement.innerHTML;
  const marked = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), PARAGRAPH)
    .replace(new RegExp(`<(?:${LINE_TAGS})\\b[^>]*>`, 'gi'), LINE)
    .replace(/<\/?[a-z!][^>]*(?:>|$)/gi, '');
  const text = decodeEntities(marked)
    .replace(/[ \t\f\v\u00a0\u202f]+/g, ' ')
    .replace(/ ?[\ue000\ue001][\ue000\ue001 ]*/g, (run: string) => (run.includes(PARAGRAPH) ? '\n\n' : '\n'));
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------------
// Dates

/**
 * An ISO date-time from a structured date. A bare day ("2024-09-24") is midnight UTC, or the last
 * millisecond of that day with `endOfDay` (a posting "valid through" a day is open all that day).
 */
export function toIsoDate(value: unknown, endOfDay = false): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const ms = Date.parse(`${text}T00:00:00.000Z`);
    if (Number.isNaN(ms)) return undefined;
    return new Date(endOfDay ? ms + 86_399_999 : ms).toISOString();
  }
  const ms = typeof value === 'number' ? value : Date.parse(text);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

// ---------------------------------------------------------------------------------------------------
// Label normalisation

/** Lower case without accents or underscores, for matching labels in several languages. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/_/g, ' ');
}

const EMPLOYMENT_PATTERNS: readonly [EmploymentType, RegExp][] = [
  [
    'internship',
    /\b(interns?|internship|stage|stagiaire|praktikum|praktikant|werkstudent|practicas|pasantia|becario|estagio|estagiario|trainee|apprentice(ship)?|alternance|co-?op)\b/,
  ],
  ['part-time', /\b(part[\s-]?time|temps partiel|teilzeit|tiempo parcial|media jornada|meio periodo|tempo parcial)\b/],
  ['contract', /\b(contract|contractor|freelance|freelancer|cdd|befristet|contrato|contratista|contratado)\b/],
  ['temporary', /\b(temporary|temp|interim|seasonal|saisonnier|aushilfe|temporal|temporario|per diem)\b/],
  [
    'full-time',
    /\b(full[\s-]?time|permanent|cdi|temps plein|temps complet|vollzeit|unbefristet|tiempo completo|jornada completa|indefinido|tempo integral)\b/,
  ],
];

/**
 * The employment type of a label in English, French, German, Spanish or Portuguese, or a schema.org value
 * ("FULL_TIME"). The narrower kinds win: "Full-time internship" is an internship.
 */
export function normalizeEmploymentType(text: string | null | undefined): EmploymentType | undefined {
  if (!text) return undefined;
  const folded = fold(text);
  return EMPLOYMENT_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0];
}

const WORKPLACE_PATTERNS: readonly [Workplace, RegExp][] = [
  ['hybrid', /\b(hybrid|hybride|hibrido|hibrida)\b/],
  [
    'remote',
    /\b(remote|fully remote|work from home|wfh|telecommute|teletravail|a distance|remoto|remota|fernarbeit|homeoffice|home office|mobiles arbeiten)\b/,
  ],
  ['onsite', /\b(on[\s-]?site|in[\s-]?office|in person|sur site|presentiel|vor ort|presencial|no local)\b/],
];

/** The workplace kind of a label ("Hybrid", "On-site", "Télétravail", "Remoto"); hybrid wins over its parts. */
export function normalizeWorkplace(text: string | null | undefined): Workplace | undefined {
  if (!text) return undefined;
  const folded = fold(text);
  return WORKPLACE_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0];
}

/**
 * Checked in order, so the most specific reading wins: an "Associate Director" is a director, a
 * "Mid-Senior level" label (LinkedIn's; "Confirmé" in French, "Pleno" or "Pleno-sênior" in Portuguese) is mid rather
 * than senior, and a role noun (manager) outranks a seniority adjective (senior).
 */
const LEVEL_PATTERNS: readonly [ExperienceLevel, RegExp][] = [
  [
    'intern',
    /\b(interns?|internship|stage|stagiaire|praktikum|praktikant|werkstudent|practicas|pasantia|becario|estagio|estagiario|trainee|apprentice|co-?op)\b/,
  ],
  [
    'director',
    /\b(director|directeur|directrice|direktor|directora|diretor|diretora|vice[\s-]president|s?vp|evp|head of|chief|cto|ceo|cfo|coo|cio|cadre dirigeant|geschaftsfuhr\w*|ejecutivo|executivo)\b|^executive$/,
  ],
  ['manager', /\b(manager|managers|gerente|leiter|leiterin|teamleiter)\b/],
  ['mid', /\b(mid[\s-]?senior|confirme|pleno([\s-]?senior)?|berufserfahren|algo de responsabilidad)\b/],
  ['staff', /\b(staff|principal|distinguished)\b/],
  ['senior', /\b(senior|sr|lead|experimente|erfahren|senior level|iii|iv)\b/],
  [
    'junior',
    /\b(junior|jr|entry[\s-]?level|graduate|new grad|associate|assoc|debutant|premier emploi|einsteiger\w*|berufseinsteiger\w*|sin experiencia|principiante|iniciante|assistente|nivel de entrada)\b/,
  ],
  ['mid', /\b(mid|mid[\s-]?level|intermediate|intermedio|ii)\b/],
];

/** The experience level a job title or a seniority label states, or undefined when it states none. */
export function inferExperienceLevel(text: string | null | undefined): ExperienceLevel | undefined {
  if (!text) return undefined;
  const folded = fold(text).trim();
  return LEVEL_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0];
}

// ---------------------------------------------------------------------------------------------------
// Salary

const CURRENCY_SYMBOLS: readonly [RegExp, string][] = [
  [/\b(?:CA|C)\$/, 'CAD'],
  [/\b(?:AU|A)\$/, 'AUD'],
  [/\bNZ\$/, 'NZD'],
  [/\bS\$/, 'SGD'],
  [/\bR\$/, 'BRL'],
  [/\bMX\$/, 'MXN'],
  [/\$/, 'USD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹/, 'INR'],
  [/¥/, 'JPY'],
  [/₩/, 'KRW'],
  [/₪/, 'ILS'],
];

const PERIOD_PATTERNS: readonly [NonNullable<Salary['period']>, RegExp][] = [
  ['hour', /\b(hr|hour|hourly|heure|stunde|hora)s?\b|\/\s*h\b/],
  ['day', /\b(day|daily|jour|tag|dia)s?\b/],
  ['week', /\b(wk|week|weekly|semaine|woche|semana)s?\b/],
  ['month', /\b(mo|month|monthly|mois|monat|mes|mensual|mensal)s?\b/],
  ['year', /\b(yr|year|yearly|annual|annually|annum|an|ans|jahr|ano|anual)s?\b|\bp\.?a\.?\b/],
];

/**
 * A number as written in a salary: "65,000.00", "65.000,00", "65 000", "168K", "275.1K" (`thousands`: a "K" follows).
 * Also the background's reader of pay in words (lib/text/pay.ts).
 */
export function parseAmount(raw: string, thousands: boolean): number | undefined {
  let digits = raw.replace(/[\s\u00a0\u202f]/g, '');
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    digits = digits.replace(decimal === ',' ? /\./g : /,/g, '').replace(',', '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const groups = digits.split(separator);
    const grouped = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
    digits = grouped && !thousands ? groups.join('') : groups.join('.');
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  return thousands ? Math.round(value * 1000) : value;
}

/**
 * A salary shown as text: "$65,000.00/yr - $75,000.00/yr", "€50K – €60K", "45 000 € par an", "Up to $30/hr".
 * A single figure is both the minimum and the maximum unless the text says "up to" or "from".
 */
export function parseSalaryText(text: string | null | undefined): Salary | undefined {
  const cleaned = cleanText(text);
  if (!cleaned) return undefined;
  const amounts: number[] = [];
  const pattern = /(\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)\s*([kK])?(?![\d%])/g;
  for (const match of cleaned.matchAll(pattern)) {
    const amount = parseAmount(match[1] ?? '', match[2] !== undefined);
    if (amount !== undefined) amounts.push(amount);
    if (amounts.length === 2) break;
  }
  const first = amounts[0];
  if (first === undefined) return undefined;
  const folded = fold(cleaned);
  const currency =
    CURRENCY_SYMBOLS.find(([pattern]) => pattern.test(cleaned))?.[1] ??
    cleaned.match(/\b(USD|EUR|GBP|CAD|AUD|CHF|INR|JPY|SEK|NOK|DKK|PLN|BRL|MXN|SGD|ILS|NZD|KRW)\b/)?.[1];
  const period = PERIOD_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0];
  const second = amounts[1];
  let min: number | undefined = first;
  let max: number | undefined = second ?? first;
  if (second !== undefined) {
    min = Math.min(first, second);
    max = Math.max(first, second);
  } else if (/\b(up to|jusqu|bis zu|hasta|ate)\b/.test(folded)) {
    min = undefined;
  } else if (/\b(from|starting at|a partir|ab|desde)\b/.test(folded)) {
    max = undefined;
  }
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(currency ? { currency } : {}),
    ...(period ? { period } : {}),
    text: cleaned,
  };
}

// ---------------------------------------------------------------------------------------------------
// JSON-LD JobPosting

export type JsonObject = Record<string, unknown>;

/** A JSON object (not an array, not null): what a parsed answer or a JSON-LD node must be before its fields are read. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(decodeEntities(value));
  if (typeof value === 'number') return String(value);
  return undefined;
}

function isJobPosting(node: JsonObject): boolean {
  return asArray(node['@type']).some((type) => type === 'JobPosting');
}

/** Every JobPosting node in a parsed JSON-LD value: arrays, `@graph` and `mainEntity` searched, depth-first. */
function collectJobPostingNodes(value: unknown, found: JsonObject[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) collectJobPostingNodes(item, found, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (isJobPosting(value)) {
    found.push(value);
    return;
  }
  collectJobPostingNodes(value['@graph'], found, depth + 1);
  collectJobPostingNodes(value.mainEntity, found, depth + 1);
}

/** Every JSON-LD JobPosting object on the page, in page order; scripts that are not valid JSON are skipped. */
export function findJsonLdJobPostings(root: ParentNode): JsonObject[] {
  const found: JsonObject[] = [];
  for (const script of safeQueryAll(root, 'script[type="application/ld+json" i]')) {
    try {
      collectJobPostingNodes(JSON.parse(script.textContent ?? ''), found);
    } catch {}
  }
  return found;
}

/** The first JSON-LD JobPosting object on the page; scripts that are not valid JSON are skipped. */
export function findJsonLdJobPosting(root: ParentNode): JsonObject | undefined {
  return findJsonLdJobPostings(root)[0];
}

/** What a JSON-LD JobPosting says, in Posting terms. Every field is optional; `locations` may be empty. */
export interface JobPostingFields {
  title?: string;
  company?: string;
  locations: string[];
  posted?: Extract<Posted, { kind: 'exact' }>;
  validThrough?: string;
  employmentType?: EmploymentType;
  workplace?: Workplace;
  salary?: Salary;
  requisitionId?: string;
  descriptionText?: string;
  /** The page the posting says it is on (`url`), as written. */
  url?: string;
}

/** "Locality, Region, Country" from a PostalAddress (or a plain string), skipping empty and repeated parts. */
function addressText(address: unknown): string | undefined {
  if (typeof address === 'string') return cleanText(address);
  if (!isObject(address)) return undefined;
  const country = isObject(address.addressCountry) ? address.addressCountry.name : address.addressCountry;
  const parts = [address.addressLocality, address.addressRegion, country]
    .map(stringOf)
    .filter((part): part is string => part !== undefined);
  const unique = parts.filter((part, i) => parts.indexOf(part) === i);
  return unique.length > 0 ? unique.join(', ') : undefined;
}

const SALARY_UNITS: Record<string, NonNullable<Salary['period']>> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
};

function numberOf(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value.replace(/,/g, '')) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** schema.org MonetaryAmount: `{currency, value: {minValue, maxValue | value, unitText}}`. */
function salaryOf(baseSalary: unknown): Salary | undefined {
  if (!isObject(baseSalary)) return undefined;
  const amount = isObject(baseSalary.value) ? baseSalary.value : baseSalary;
  const single = numberOf(isObject(baseSalary.value) ? amount.value : baseSalary.value);
  const min = numberOf(amount.minValue) ?? single;
  const max = numberOf(amount.maxValue) ?? single;
  if (min === undefined && max === undefined) return undefined;
  const currency = stringOf(baseSalary.currency);
  const unit = stringOf(amount.unitText) ?? stringOf(baseSalary.unitText) ?? '';
  const period = Object.hasOwn(SALARY_UNITS, unit.toUpperCase()) ? SALARY_UNITS[unit.toUpperCase()] : undefined;
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(currency ? { currency } : {}),
    ...(period ? { period } : {}),
  };
}

/** Reads a JobPosting node into Posting fields. */
export function jobPostingFields(node: JsonObject): JobPostingFields {
  const fields: JobPostingFields = { locations: [] };
  const title = stringOf(node.title);
  if (title) fields.title = title;
  const organization = asArray(node.hiringOrganization).find(isObject);
  const company = stringOf(organization?.name) ?? stringOf(node.hiringOrganization);
  if (company) fields.company = company;
  for (const place of asArray(node.jobLocation)) {
    const location = addressText(isObject(place) ? place.address : place);
    if (location && !fields.locations.includes(location)) fields.locations.push(location);
  }
  const posted = toIsoDate(node.datePosted);
  if (posted) fields.posted = { kind: 'exact', date: posted };
  const validThrough = toIsoDate(node.validThrough, true);
  if (validThrough) fields.validThrough = validThrough;
  const employmentType = asArray(node.employmentType)
    .map((type) => (typeof type === 'string' ? normalizeEmploymentType(type) : undefined))
    .find((type) => type !== undefined);
  if (employmentType) fields.employmentType = employmentType;
  if (asArray(node.jobLocationType).some((type) => typeof type === 'string' && /telecommute/i.test(type))) {
    fields.workplace = 'remote';
  }
  const salary = salaryOf(node.baseSalary);
  if (salary) fields.salary = salary;
  const identifier = asArray(node.identifier)[0];
  const requisitionId = isObject(identifier) ? stringOf(identifier.value) : stringOf(identifier);
  if (requisitionId) fields.requisitionId = requisitionId;
  const description = typeof node.description === 'string' ? htmlToText(node.description) : '';
  if (description) fields.descriptionText = description;
  const url = stringOf(node.url);
  if (url) fields.url = url;
  return fields;
}

/** The page's JSON-LD JobPosting read into Posting fields, or undefined when the page has none. */
export function readJsonLdJobPosting(root: ParentNode): JobPostingFields | undefined {
  const node = findJsonLdJobPosting(root);
  return node ? jobPostingFields(node) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Result

/** What an extractor gathered before validation: any field may still be missing. */
export type DraftPosting = { [K in keyof PostingInput]?: PostingInput[K] | undefined };

/** Drops keys whose value is undefined, so a posting carries only what was found. */
function compact(value: DraftPosting): DraftPosting {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** Closed when a structured closing date ("validThrough", Workday's endDate) is before `now`. */
export function closedByDate(validThrough: string | undefined, now: Date): { reason: string } | undefined {
  if (!validThrough || Date.parse(validThrough) >= now.getTime()) return undefined;
  return { reason: `The posting's closing date (${validThrough.slice(0, 10)}) has passed.` };
}

/** The sentence for a page that yields no valid posting, naming the site and the first missing or bad field. */
export function noPostingReason(siteName: string, field: string): string {
  return `This ${siteName} page has no readable job posting (${field} is missing or invalid); it may still be loading or may have been taken down.`;
}

const nonEmpty = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * Completes what an extractor gathered: the fields a posting cannot do without are checked and the empty defaults
 * filled. The rest is checked with the zod schema where the posting is received (the background, and
 * extractPosting for the CLI and the tests), so content scripts need not carry zod.
 */
export function finishPosting(draft: DraftPosting, siteName: string): ExtractResult {
  const found = compact(draft);
  const missing = (['id', 'title'] as const).find((field) => !nonEmpty(found[field]));
  if (missing) return { ok: false, reason: noPostingReason(siteName, missing) };
  if (typeof found.url !== 'string' || !URL.canParse(found.url))
    return { ok: false, reason: noPostingReason(siteName, 'url') };
  const posting = { view: 'page', locations: [], skills: [], flags: {}, evidence: {}, ...found };
  return { ok: true, posting: posting as Posting };
}
