import { z } from 'zod';
import { htmlToText, normalizeEmploymentType } from '@/lib/extract/common';
import { leverPostingKey } from '@/lib/extract/urls';
import type { Posting, Salary, Workplace } from '@/lib/posting';
import { type ApiFailure, type ApiMergeResult, draftFrom, gone, issueText, type SiteApi, unknown } from './shared';

/**
 * Lever's postings API: GET /v0/postings/{company}/{id} answers one object; /v0/postings/{company}?mode=json the
 * board's array. Response shape: /work/shared/fixtures/real/STRUCTURE.md §3.3.
 */

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

/** The posting `id` in a Lever answer (one posting, or a board array); the employer check (lib/ats/) reads it too. */
export function pickLeverPosting(json: unknown, id: string): { ok: true; api: LeverPosting } | ApiFailure {
  if (Array.isArray(json)) {
    const entry = json.find(
      (item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id,
    );
    if (!entry) return gone(`The Lever API response does not list this posting (${id}).`);
    json = entry;
  }
  const parsed = LeverPosting.safeParse(json);
  if (!parsed.success) return unknown(`The Lever API response is not a posting (${issueText(parsed.error)}).`);
  if (parsed.data.id !== id) {
    return unknown(`The Lever API response is for another posting (${parsed.data.id}, not ${id}).`);
  }
  return { ok: true, api: parsed.data };
}

function mergeLever(posting: Posting, json: unknown): ApiMergeResult {
  const picked = pickLeverPosting(json, posting.id);
  if (!('api' in picked)) return picked;
  const { api } = picked;
  const next = draftFrom(posting);
  next.set('posted', { kind: 'exact', date: new Date(api.createdAt).toISOString() });
  const allLocations = api.categories?.allLocations?.filter((l) => l.trim()) ?? [];
  const location = api.categories?.location?.trim();
  next.set('locations', allLocations.length > 0 ? allLocations : location ? [location] : undefined);
  next.set('employmentType', normalizeEmploymentType(api.categories?.commitment));
  next.set('workplace', LEVER_WORKPLACES[api.workplaceType?.toLowerCase() ?? '']);
  next.set('salary', leverSalary(api.salaryRange));
  next.setDescription(leverDescription(api));
  return next.finish('Lever');
}

export const LEVER_API: SiteApi = {
  name: "Lever's postings API",
  request(posting) {
    const key = leverPostingKey(posting.url);
    if (!key) return undefined;
    const host = key.eu ? 'api.eu.lever.co' : 'api.lever.co';
    return { url: `https://${host}/v0/postings/${encodeURIComponent(key.company)}/${key.id}` };
  },
  merge: (posting, json) => mergeLever(posting, json),
  notFound: (posting) =>
    gone(`Lever's postings API has no posting ${posting.id} (it answered 404): it may have closed.`),
};
