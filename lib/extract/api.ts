import { z } from 'zod';
import { closedByDate, htmlToText, normalizeEmploymentType, toIsoDate } from '@/lib/extract/common';
import { leverPostingKey, workdayPostingKey } from '@/lib/extract/urls';
import {
  type Evidence,
  type Posting,
  type PostingField,
  parsePosting,
  type Salary,
  type Workplace,
} from '@/lib/posting';
import { matchSkills } from '@/lib/text/skills';

/**
 * The job site's own public API for the posting being viewed. The background fetches the address live and the
 * CLI reads a saved answer; both pass it through `applyApiResponse`, so a saved file and a live answer merge
 * identically. Response shapes: /work/shared/fixtures/real/STRUCTURE.md §2.4 (Workday CXS) and §3.3 (Lever).
 */

/** The API address to ask for this posting, or undefined when the site has none or there is nothing to learn. */
export function apiRequestFor(posting: Posting): { url: string } | undefined {
  if (posting.source === 'lever') {
    const key = leverPostingKey(posting.url);
    if (!key) return undefined;
    const host = key.eu ? 'api.eu.lever.co' : 'api.lever.co';
    return { url: `https://${host}/v0/postings/${encodeURIComponent(key.company)}/${key.id}` };
  }
  if (posting.source === 'workday') {
    // Only worth a request when the page gave no exact date ("Posted 30+ Days Ago").
    if (posting.posted?.kind === 'exact') return undefined;
    const key = workdayPostingKey(posting.url);
    if (!key) return undefined;
    const path = key.jobPath.split('/').map(encodeURIComponent).join('/');
    return { url: `https://${key.host}/wday/cxs/${key.tenant}/${key.site}/job/${path}` };
  }
  return undefined;
}

export type ApiMergeResult = { ok: true; posting: Posting } | { ok: false; error: string };

// ---------------------------------------------------------------------------------------------------
// Lever: GET /v0/postings/{company}/{id} answers one object; /v0/postings/{company}?mode=json a board array.

const LeverPosting = z.looseObject({
  id: z.string().min(1),
  text: z.string().min(1),
  createdAt: z.number().int().positive(),
  workplaceType: z.string().optional(),
  categories: z
    .looseObject({
      commitment: z.string().optional(),
      location: z.string().optional(),
      allLocations: z.array(z.string()).optional(),
    })
    .optional(),
  salaryRange: z
    .looseObject({
      min: z.number().nonnegative().optional(),
      max: z.number().nonnegative().optional(),
      currency: z.string().optional(),
      interval: z.string().optional(),
    })
    .optional(),
  descriptionPlain: z.string().optional(),
  lists: z.array(z.looseObject({ text: z.string(), content: z.string() })).optional(),
  additionalPlain: z.string().optional(),
});
type LeverPosting = z.infer<typeof LeverPosting>;

const LEVER_WORKPLACES: Record<string, Workplace> = { hybrid: 'hybrid', remote: 'remote', onsite: 'onsite' };

/** "per-year-salary", "per-hour-wage", … */
function leverPeriod(interval: string | undefined): Salary['period'] {
  return (['hour', 'day', 'week', 'month', 'year'] as const).find((unit) => interval?.includes(unit));
}

function leverSalary(range: LeverPosting['salaryRange']): Salary | undefined {
  if (!range || (range.min === undefined && range.max === undefined)) return undefined;
  const period = leverPeriod(range.interval);
  return {
    ...(range.min !== undefined ? { min: range.min } : {}),
    ...(range.max !== undefined ? { max: range.max } : {}),
    ...(range.currency ? { currency: range.currency } : {}),
    ...(period ? { period } : {}),
  };
}

/** The posting's text as Lever's page lays it out: opening and body, each list with its heading, closing. */
function leverDescription(api: LeverPosting): string | undefined {
  const lists = (api.lists ?? []).map((list) => `${list.text.trim()}\n${htmlToText(`<ul>${list.content}</ul>`)}`);
  const text = [api.descriptionPlain, ...lists, api.additionalPlain]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n\n');
  return text || undefined;
}

function pickLeverPosting(json: unknown, id: string): { ok: true; api: LeverPosting } | { ok: false; error: string } {
  if (Array.isArray(json)) {
    const entry = json.find(
      (item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id,
    );
    if (!entry) return { ok: false, error: `The Lever API response does not list this posting (${id}).` };
    json = entry;
  }
  const parsed = LeverPosting.safeParse(json);
  if (!parsed.success)
    return { ok: false, error: `The Lever API response is not a posting (${issueText(parsed.error)}).` };
  if (parsed.data.id !== id) {
    return { ok: false, error: `The Lever API response is for another posting (${parsed.data.id}, not ${id}).` };
  }
  return { ok: true, api: parsed.data };
}

function mergeLever(posting: Posting, json: unknown): ApiMergeResult {
  const picked = pickLeverPosting(json, posting.id);
  if (!picked.ok) return picked;
  const { api } = picked;
  const next = draftFrom(posting);
  next.set('posted', { kind: 'exact', date: new Date(api.createdAt).toISOString() });
  const allLocations = api.categories?.allLocations?.filter((l) => l.trim()) ?? [];
  const location = api.categories?.location?.trim();
  next.set('locations', allLocations.length > 0 ? allLocations : location ? [location] : undefined);
  next.set('employmentType', normalizeEmploymentType(api.categories?.commitment));
  next.set('workplace', LEVER_WORKPLACES[api.workplaceType?.toLowerCase() ?? '']);
  next.set('salary', leverSalary(api.salaryRange));
  if (!posting.descriptionText) next.setDescription(leverDescription(api));
  return next.finish('Lever');
}

// ---------------------------------------------------------------------------------------------------
// Workday CXS: GET /wday/cxs/{tenant}/{site}/job/{…} answers {jobPostingInfo, hiringOrganization, …}.

const WorkdayDetail = z.looseObject({
  jobPostingInfo: z.looseObject({
    title: z.string().min(1),
    jobDescription: z.string().optional(),
    location: z.string().optional(),
    additionalLocations: z.array(z.string()).optional(),
    startDate: z.string().optional(),
    endDate: z.string().optional(),
    timeType: z.string().optional(),
    jobReqId: z.string().optional(),
    canApply: z.boolean().optional(),
    posted: z.boolean().optional(),
  }),
  hiringOrganization: z.looseObject({ name: z.string().optional() }).optional(),
});

/** Evidence at or above which a company name is already the employer's own (not the URL tenant). */
const STRUCTURED: readonly Evidence[] = ['ats-api', 'json-ld', 'embedded-json'];

function mergeWorkday(posting: Posting, json: unknown, now: Date): ApiMergeResult {
  const parsed = WorkdayDetail.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: `The Workday API response is not a job posting (${issueText(parsed.error)}).` };
  }
  const info = parsed.data.jobPostingInfo;
  const ownReqId = posting.requisitionId ?? workdayPostingKey(posting.url)?.requisitionId;
  if (info.jobReqId && ownReqId && info.jobReqId !== ownReqId) {
    return {
      ok: false,
      error: `The Workday API response is for another posting (requisition ${info.jobReqId}, not ${ownReqId}).`,
    };
  }
  const next = draftFrom(posting);
  const posted = toIsoDate(info.startDate);
  next.set('posted', posted ? { kind: 'exact', date: posted } : undefined);
  const validThrough = toIsoDate(info.endDate, true);
  next.set('validThrough', validThrough);
  next.set('employmentType', normalizeEmploymentType(info.timeType));
  next.set('requisitionId', info.jobReqId?.trim() || undefined);
  const company = parsed.data.hiringOrganization?.name?.trim();
  const companyEvidence = posting.evidence.company;
  if (!companyEvidence || !STRUCTURED.includes(companyEvidence)) next.set('company', company || undefined);
  if (posting.locations.length === 0) {
    const locations = [info.location, ...(info.additionalLocations ?? [])].map((l) => l?.trim()).filter(Boolean);
    next.set('locations', locations.length > 0 ? (locations as string[]) : undefined);
  }
  // The CXS description starts with the bare title before its first paragraph.
  const description = info.jobDescription ? htmlToText(info.jobDescription) : '';
  const withoutTitle = description.startsWith(info.title) ? description.slice(info.title.length).trim() : description;
  if (!posting.descriptionText) next.setDescription(withoutTitle);
  if (!posting.closed) {
    const refused = info.canApply === false || info.posted === false;
    next.set(
      'closed',
      refused
        ? { reason: "Workday's API says this posting no longer accepts applications." }
        : closedByDate(validThrough ?? posting.validThrough, now),
    );
  }
  return next.finish('Workday');
}

// ---------------------------------------------------------------------------------------------------

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'response';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

/** Collects API values over a posting; a value of undefined leaves the page's own value in place. */
function draftFrom(posting: Posting) {
  const draft: Record<string, unknown> = { ...posting, evidence: { ...posting.evidence } };
  const evidence = draft.evidence as Partial<Record<PostingField, Evidence>>;
  const set = <K extends PostingField>(field: K, value: Posting[K] | undefined): void => {
    if (value === undefined) return;
    draft[field] = value;
    evidence[field] = 'ats-api';
  };
  return {
    set,
    /** A description the page lacked, with the skills it names. */
    setDescription(text: string | undefined): void {
      if (!text) return;
      set('descriptionText', text);
      const skills = matchSkills(`${posting.title}\n${text}`);
      if (skills.length > 0) set('skills', skills);
    },
    finish(site: string): ApiMergeResult {
      const parsed = parsePosting(draft);
      if (parsed.ok) return parsed;
      return { ok: false, error: `The ${site} API response made the posting invalid (${parsed.error}).` };
    },
  };
}

/**
 * Merges the site API's answer for `posting` into it, marking what it supplied as 'ats-api'. A response that is
 * not the expected shape, or is for another posting, leaves the posting unchanged and says why.
 */
export function applyApiResponse(posting: Posting, json: unknown, now: Date): ApiMergeResult {
  if (posting.source === 'lever') return mergeLever(posting, json);
  if (posting.source === 'workday') return mergeWorkday(posting, json, now);
  return { ok: false, error: 'LinkedIn has no public job API, so there is no response to apply.' };
}
