import {
  cleanText,
  closedByDate,
  finishPosting,
  firstMatch,
  htmlToText,
  inferExperienceLevel,
  isObject,
  type JsonObject,
  normalizeEmploymentType,
  parseSalaryText,
  readJsonLdJobPosting,
  toIsoDate,
} from '@/lib/extract/common';
import { readApplyMethod, unwrapApplyUrl } from '@/lib/extract/linkedin-apply';
import {
  everyMatch,
  firstText,
  LINKEDIN_AUTHWALL,
  POSTING_SELECTORS as S,
  SCREEN_READER_ONLY,
  visibleText,
} from '@/lib/extract/linkedin-selectors';
import {
  type ApplicantsReading,
  closedPhrase,
  isActivelyReviewing,
  isEasyApply,
  isPromoted,
  jobIdFromLink,
  jobIdFromUrn,
  looksLikeSalary,
  parseApplicants,
  parseWorkplace,
} from '@/lib/extract/linkedin-text';
import { isLinkedInJobList, linkedInJobIdFromUrl } from '@/lib/extract/urls';
import type {
  Evidence,
  ExtractResult,
  Posting,
  PostingField,
  PostingFlags,
  PostingInput,
  Workplace,
} from '@/lib/posting';
import { isRepostText, parseRelativeTime } from '@/lib/text/relative-time';

/**
 * LinkedIn's job posting: a job view (guest or logged in), a guest jobPosting fragment, or the detail pane of a list
 * page (/jobs/search, /jobs/collections) for the job its `currentJobId` selects.
 *
 * Sources from the most trusted down, the first one to give a field keeps it: JSON-LD JobPosting, the JSON LinkedIn
 * embeds in `<code>` comments, the selector registry (linkedin-selectors.ts), then text patterns (linkedin-text.ts)
 * over the top card. Evidence: 'json-ld' and 'embedded-json' for structured data; 'dom' for a value an element the
 * registry names for that field holds; 'text' for a value a text pattern found, relative times included; 'url' for
 * the id taken from the address.
 */

export function canonicalJobUrl(id: string): string {
  return `https://www.linkedin.com/jobs/view/${id}/`;
}

type DraftFields = Partial<Omit<PostingInput, 'source' | 'id' | 'url' | 'view' | 'flags' | 'evidence'>>;
type DraftField = keyof DraftFields & PostingField;

/** A posting being assembled from several sources; shared with the list-card extractor. */
export class PostingDraft {
  readonly fields: DraftFields = {};
  readonly flags: PostingFlags = {};
  readonly evidence: Partial<Record<PostingField, Evidence>> = {};

  /** Keeps the first value found for a field; empty lists count as nothing found. */
  set<K extends DraftField>(field: K, value: DraftFields[K] | undefined, evidence: Evidence): void {
    if (value === undefined || this.fields[field] !== undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    this.fields[field] = value;
    this.evidence[field] = evidence;
  }

  flag(name: keyof PostingFlags, value: boolean | undefined, evidence: Evidence): void {
    if (value === undefined || this.flags[name] !== undefined) return;
    this.flags[name] = value;
    this.evidence.flags ??= evidence;
  }

  applicants(reading: ApplicantsReading | undefined, evidence: Evidence): void {
    if (!reading) return;
    this.set('applicants', reading.applicants, evidence);
    if (reading.early) this.flag('earlyApplicant', true, evidence);
  }

  /** The validated posting, or a sentence naming the first missing or bad field. */
  build(id: string, idEvidence: Evidence, view: Posting['view']): ExtractResult {
    // Last, so a level the page states wins; from the title otherwise, as on Lever and Workday.
    this.set('experienceLevel', inferExperienceLevel(this.fields.title), 'text');
    const posting = { ...this.fields, source: 'linkedin' as const, id, url: canonicalJobUrl(id), view };
    return finishPosting({ ...posting, flags: this.flags, evidence: { ...this.evidence, id: idEvidence } }, 'LinkedIn');
  }
}

// ---------------------------------------------------------------------------------------------------
// Page kind and job id

function isAuthWall(document: Document): boolean {
  const pageKey = document.querySelector('meta[name="pageKey"]')?.getAttribute('content')?.trim() ?? '';
  if ((LINKEDIN_AUTHWALL.pageKeys as readonly string[]).includes(pageKey)) return true;
  const title = cleanText(document.title) ?? '';
  return LINKEDIN_AUTHWALL.titles.some((pattern) => pattern.test(title));
}

/**
 * The JSON inside a `<code>` element's `<!--…-->` comment (or its plain text), when it parses. With `mentioning`, a
 * body that does not contain that text is skipped unparsed: logged-in pages carry megabytes of such JSON.
 */
function codeJson(code: Element, mentioning?: string): unknown {
  const comment = Array.from(code.childNodes).find((node) => node.nodeType === 8);
  const raw = (comment ? (comment as Comment).data : code.textContent)?.trim() ?? '';
  if (!raw || (mentioning !== undefined && !raw.includes(mentioning))) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The id the page or pane itself shows, from the most to the least direct carrier. */
function pageJobId(root: ParentNode): { id: string; evidence: Evidence } | undefined {
  const code = firstMatch(root, S.jobIdCode)?.element;
  const fromCode = code ? codeJson(code) : undefined;
  const codeId =
    typeof fromCode === 'string' || typeof fromCode === 'number' ? jobIdFromUrn(String(fromCode)) : undefined;
  if (codeId) return { id: codeId, evidence: 'embedded-json' };
  const urn = firstMatch(root, S.jobIdUrn)?.element.getAttribute('data-semaphore-content-urn');
  const attribute = firstMatch(root, S.jobIdAttribute)?.element.getAttribute('data-job-id');
  const link = firstMatch(root, S.jobIdLink)?.element.getAttribute('href');
  const id = jobIdFromUrn(urn) ?? jobIdFromUrn(attribute) ?? jobIdFromLink(link);
  return id ? { id, evidence: 'dom' } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Structured data

function jsonJobId(node: JsonObject): string | undefined {
  for (const key of ['entityUrn', 'dashEntityUrn', 'jobPostingUrn', 'jobPostingId']) {
    const value = node[key];
    const id = typeof value === 'string' || typeof value === 'number' ? jobIdFromUrn(String(value)) : undefined;
    if (id) return id;
  }
  return undefined;
}

/** A job posting object for `id` anywhere in the embedded data (LinkedIn's `{data, included: […]}` payloads). */
function findJobObject(value: unknown, id: string, budget: { nodes: number }, depth = 0): JsonObject | undefined {
  if (depth > 8 || budget.nodes-- <= 0) return undefined;
  const children = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
  if (isObject(value) && typeof value.title === 'string' && jsonJobId(value) === id) return value;
  for (const child of children) {
    if (typeof child !== 'object' || child === null) continue;
    const found = findJobObject(child, id, budget, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const WORKPLACE_URNS: Record<string, Workplace> = { '1': 'onsite', '2': 'remote', '3': 'hybrid' };

function jsonString(value: unknown): string | undefined {
  return typeof value === 'string' ? cleanText(value) : undefined;
}

function jsonDate(value: unknown): string | undefined {
  return typeof value === 'number' && value > 0 ? toIsoDate(value) : undefined;
}

/** The fields of an embedded job object: title, place, list dates, applies, state, workplace, type, level, text. */
function readEmbeddedJob(draft: PostingDraft, job: JsonObject): void {
  const e: Evidence = 'embedded-json';
  draft.set('title', jsonString(job.title), e);
  const company = isObject(job.companyDetails) ? job.companyDetails.companyResolutionResult : undefined;
  draft.set('company', jsonString(job.companyName) ?? (isObject(company) ? jsonString(company.name) : undefined), e);
  const location = jsonString(job.formattedLocation);
  draft.set('locations', location ? [location] : undefined, e);
  const listed = jsonDate(job.listedAt);
  const original = jsonDate(job.originalListedAt);
  const first = original ?? listed;
  draft.set('posted', first ? { kind: 'exact', date: first } : undefined, e);
  const relisted = listed && original && Date.parse(listed) - Date.parse(original) > 86_400_000;
  if (relisted || job.repostedJob === true) draft.set('reposted', relisted ? { date: listed } : {}, e);
  if (typeof job.applies === 'number' && Number.isSafeInteger(job.applies) && job.applies >= 0) {
    draft.set('applicants', { count: job.applies, atLeast: false }, e);
  }
  if (job.jobState === 'CLOSED' || jsonDate(job.closedAt))
    draft.set('closed', { reason: 'LinkedIn lists the job as closed' }, e);
  draft.set('validThrough', jsonDate(job.expireAt), e);
  const workplaces = Array.isArray(job.workplaceTypes) ? job.workplaceTypes : [];
  const urn = workplaces
    .map((type) => /(\d)$/.exec(jsonString(type) ?? '')?.[1])
    .find((digit) => digit && WORKPLACE_URNS[digit]);
  draft.set('workplace', urn ? WORKPLACE_URNS[urn] : job.workRemoteAllowed === true ? 'remote' : undefined, e);
  const employment = jsonString(job.formattedEmploymentStatus) ?? jsonString(job.employmentStatus);
  draft.set('employmentType', normalizeEmploymentType(employment), e);
  draft.set('experienceLevel', inferExperienceLevel(jsonString(job.formattedExperienceLevel)), e);
  const description = isObject(job.description) ? job.description.text : undefined;
  draft.set('descriptionText', typeof description === 'string' ? description.trim() || undefined : undefined, e);
  const apply = readApplyMethod(job.applyMethod);
  draft.set('applyUrl', apply.url, e);
  draft.flag('easyApply', apply.easyApply, e);
}

function readStructured(draft: PostingDraft, document: Document, scope: ParentNode, id: string, now: Date): void {
  const ld = readJsonLdJobPosting(scope);
  if (ld) {
    const e: Evidence = 'json-ld';
    draft.set('title', ld.title, e);
    draft.set('company', ld.company, e);
    draft.set('locations', ld.locations, e);
    draft.set('posted', ld.posted, e);
    draft.set('validThrough', ld.validThrough, e);
    draft.set('employmentType', ld.employmentType, e);
    draft.set('workplace', ld.workplace, e);
    draft.set('salary', ld.salary, e);
    draft.set('requisitionId', ld.requisitionId, e);
    draft.set('descriptionText', ld.descriptionText, e);
    draft.set('closed', closedByDate(ld.validThrough, now), e);
  }
  const budget = { nodes: 200_000 };
  for (const code of everyMatch(document, S.embeddedJson)) {
    const job = findJobObject(codeJson(code, id), id, budget);
    if (job) {
      readEmbeddedJob(draft, job);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Selectors and text patterns

/** Text owners in the top card's lines: a change of owner is a segment boundary, like the "·" between them. */
const SEGMENT_OWNER = 'a, .tvm__text, p, li, button, figcaption, h1, h2, h3, h4';

/**
 * "Location · 2 weeks ago · Over 100 applicants" as separate segments. Company links and screen-reader copies are
 * left out; LinkedIn sometimes puts no "·" between two labels, so each label element starts a new segment.
 */
function segmentsOf(container: Element): string[] {
  const parts: string[] = [];
  let owner: Element | undefined;
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) {
        const element = child as Element;
        if (!element.matches(SCREEN_READER_ONLY) && !element.matches('a[href*="/company/"]')) walk(element);
      } else if (child.nodeType === 3) {
        const closest = child.parentElement?.closest(SEGMENT_OWNER);
        const next = closest && container.contains(closest) ? closest : container;
        if (next !== owner) parts.push('·');
        owner = next;
        parts.push(child.nodeValue ?? '');
      }
    }
  };
  walk(container);
  return parts
    .join('')
    .split(/[·•]/)
    .map((part) => cleanText(part))
    .filter((part): part is string => part !== undefined);
}

/** What one segment of a top card line says, if it is one of the labels LinkedIn puts there. */
function readSegment(draft: PostingDraft, segment: string, now: Date): boolean {
  const closed = closedPhrase(segment);
  if (closed) {
    draft.set('closed', { reason: closed }, 'text');
    return true;
  }
  const applicants = parseApplicants(segment);
  if (applicants) {
    draft.applicants(applicants, 'text');
    return true;
  }
  const posted = parseRelativeTime(segment, now);
  const reposted = isRepostText(segment);
  if (reposted) draft.set('reposted', { text: segment }, 'text');
  draft.set('posted', posted, 'text');
  const promoted = isPromoted(segment);
  const reviewing = isActivelyReviewing(segment);
  if (promoted) draft.flag('promoted', true, 'text');
  if (reviewing) draft.flag('activelyReviewing', true, 'text');
  return posted !== undefined || reposted || promoted || reviewing;
}

/** Reads labelled segments; the first segment of a description line, when it is no label, is the location. */
function readSegments(draft: PostingDraft, segments: string[], now: Date, withLocation: boolean): void {
  segments.forEach((segment, index) => {
    const label = readSegment(draft, segment, now);
    if (withLocation && index === 0 && !label) draft.set('locations', [segment], 'dom');
  });
}

/** A label's own words: the aria-hidden copy when the element pairs it with a screen-reader sentence. */
function labelText(element: Element): string | undefined {
  const shown = element.querySelector('span[aria-hidden="true"]');
  return (shown && visibleText(shown)) ?? visibleText(element);
}

/** Insight labels: "Sur site", "Temps plein", "Confirmé", "Remote", "$120K/yr - $150K/yr". */
function readInsightLabels(draft: PostingDraft, scope: ParentNode): void {
  for (const element of everyMatch(scope, S.insightLabels)) {
    const text = labelText(element);
    if (!text) continue;
    const workplace = parseWorkplace(text);
    const employment = normalizeEmploymentType(text);
    if (workplace) draft.set('workplace', workplace, 'dom');
    else if (employment) draft.set('employmentType', employment, 'dom');
    else if (looksLikeSalary(text)) draft.set('salary', parseSalaryText(text), 'dom');
    else draft.set('experienceLevel', inferExperienceLevel(text), 'dom');
  }
}

const SENIORITY_LABEL =
  /seniority|niveau hi[ée]rarchique|karrierestufe|erfahrungsstufe|nivel de (?:antig[üu]edad|experiencia)|n[íi]vel de experi[êe]ncia/i;
const EMPLOYMENT_LABEL =
  /employment type|type d['’]emploi|besch[äa]ftigungsverh[äa]ltnis|tipo de empleo|tipo de emprego/i;

/** The guest page's criteria list: "Seniority level" → "Mid-Senior level", "Employment type" → "Full-time". */
function readCriteria(draft: PostingDraft, scope: ParentNode): void {
  for (const item of everyMatch(scope, S.criteriaItem)) {
    const name = firstText(item, S.criteriaLabel)?.text ?? '';
    const value = firstText(item, S.criteriaValue)?.text;
    if (SENIORITY_LABEL.test(name)) draft.set('experienceLevel', inferExperienceLevel(value), 'dom');
    if (EMPLOYMENT_LABEL.test(name)) draft.set('employmentType', normalizeEmploymentType(value), 'dom');
  }
}

/** Plain text with paragraphs kept, without the "About the job" heading LinkedIn puts above it. */
function descriptionText(element: Element): string | undefined {
  const copy = element.cloneNode(true) as Element;
  for (const heading of Array.from(copy.querySelectorAll(':scope > h2'))) heading.remove();
  return htmlToText(copy) || undefined;
}

/**
 * The page's own skills list ("Apache Spark · Git · …"), once each. Those the description names are added where
 * the posting is scored (enrichPosting), after these.
 */
function readSkills(draft: PostingDraft, scope: ParentNode): void {
  const listed = everyMatch(scope, S.skills).flatMap((element) =>
    (visibleText(element) ?? '').split(/[·•]/).map((skill) => cleanText(skill) ?? ''),
  );
  const seen = new Set<string>();
  const skills = listed.filter((skill) => {
    const key = skill.toLowerCase();
    if (!skill || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  draft.set('skills', skills, 'dom');
}

function readApplyButton(draft: PostingDraft, scope: ParentNode): void {
  const button = firstMatch(scope, S.applyButton)?.element;
  if (!button) return;
  // Guest buttons say "Apply" either way; the tracking name tells apply-on-LinkedIn ("onsite") from offsite.
  const tracking = button.getAttribute('data-tracking-control-name') ?? '';
  const words = `${visibleText(button) ?? ''} ${button.getAttribute('aria-label') ?? ''}`;
  const easy = /offsite/.test(tracking) ? false : /onsite/.test(tracking) || isEasyApply(words);
  draft.flag('easyApply', easy, 'dom');
}

/** "Apply on company website": the hidden `code#applyUrl` of guest pages, else the apply link's own address. */
function readApplyUrl(draft: PostingDraft, scope: ParentNode): void {
  const code = firstMatch(scope, S.applyUrlCode)?.element;
  const value = code ? codeJson(code) : undefined;
  draft.set('applyUrl', unwrapApplyUrl(typeof value === 'string' ? value : code?.textContent), 'embedded-json');
  draft.set('applyUrl', unwrapApplyUrl(firstMatch(scope, S.offsiteApplyLink)?.element.getAttribute('href')), 'dom');
}

function readSelectors(draft: PostingDraft, scope: ParentNode, now: Date): void {
  draft.set('title', firstText(scope, S.title)?.text, 'dom');
  const company = firstText(scope, S.company)?.text;
  draft.set('company', company, 'dom');
  const location = firstText(scope, S.location)?.text;
  draft.set('locations', location ? [location] : undefined, 'dom');
  const closed = firstText(scope, S.closed)?.text;
  if (closed) draft.set('closed', { reason: closedPhrase(closed) ?? closed }, 'dom');
  const feedback = closedPhrase(firstText(scope, S.closedFeedback)?.text ?? '');
  draft.set('closed', feedback ? { reason: feedback } : undefined, 'dom');
  const posted = firstText(scope, S.posted)?.text;
  if (posted && isRepostText(posted)) draft.set('reposted', { text: posted }, 'text');
  draft.set('posted', posted ? parseRelativeTime(posted, now) : undefined, 'text');
  draft.applicants(parseApplicants(firstText(scope, S.applicants)?.text ?? ''), 'dom');
  const line = firstMatch(scope, S.descriptionLine)?.element;
  const segments = line ? segmentsOf(line).filter((segment) => segment !== company) : [];
  readSegments(draft, segments, now, true);
  readInsightLabels(draft, scope);
  readCriteria(draft, scope);
  draft.set('salary', parseSalaryText(firstText(scope, S.salary)?.text), 'dom');
  readApplyButton(draft, scope);
  readApplyUrl(draft, scope);
  const description = firstMatch(scope, S.description)?.element;
  draft.set('descriptionText', description ? descriptionText(description) : undefined, 'dom');
  readSkills(draft, scope);
}

// ---------------------------------------------------------------------------------------------------

/** Reads the posting a LinkedIn page shows; `{ok: false}` with a sentence when it shows none. */
export function extractLinkedIn(document: Document, url: string, now: Date): ExtractResult {
  if (isAuthWall(document)) {
    return { ok: false, reason: 'LinkedIn showed its sign-in page instead of the job. Sign in to LinkedIn to see it.' };
  }
  const list = isLinkedInJobList(url);
  const scope: ParentNode = (list && firstMatch(document, S.detailPane)?.element) || document;
  const urlId = linkedInJobIdFromUrl(url);
  const shown = pageJobId(scope) ?? pageJobId(document);
  if (list && urlId && shown && shown.id !== urlId) {
    return { ok: false, reason: `The job details still show job ${shown.id}, not the selected job ${urlId}.` };
  }
  const id = urlId ? { id: urlId, evidence: 'url' as const } : shown;
  if (!id) return { ok: false, reason: 'This LinkedIn page shows no job: no job id in its address or content.' };

  const draft = new PostingDraft();
  readStructured(draft, document, scope, id.id, now);
  readSelectors(draft, scope, now);
  const topCard = firstMatch(scope, S.topCard)?.element;
  if (topCard) readSegments(draft, segmentsOf(topCard), now, false);

  return draft.build(id.id, id.evidence, 'page');
}
