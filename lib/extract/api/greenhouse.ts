import { z } from 'zod';
import { decodeEntities, htmlToText, normalizeWorkplace, parseSalaryText, toIsoDate } from '@/lib/extract/common';
import { greenhousePostingKey } from '@/lib/extract/urls';
import type { Posting } from '@/lib/posting';
import { type ApiFailure, type ApiMergeResult, draftFrom, gone, issueText, type SiteApi, unknown } from './shared';

/**
 * Greenhouse's Job Board API: GET boards-api.greenhouse.io/v1/boards/{board}/jobs/{id} answers one job post, and
 * …/jobs?content=true the board's `{jobs: […], meta}`; an unknown job post or board answers 404. EU-hosted boards
 * (job-boards.eu.greenhouse.io) are served by the same API host. Response shape: /work/shared/fixtures/real/
 * STRUCTURE.md §4. `first_published` is when the job post went up; `updated_at` moves on every edit, so it is not
 * a posted date. `content` is the description as entity-escaped HTML.
 */

const GreenhouseJob = z.looseObject({
  id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
  title: z.string().min(1),
  first_published: z.string().nullish(),
  company_name: z.string().nullish(),
  requisition_id: z.union([z.string(), z.number()]).nullish(),
  location: z.looseObject({ name: z.string().nullish() }).nullish(),
  content: z.string().nullish(),
  metadata: z.array(z.looseObject({ name: z.string().nullish(), value: z.unknown() })).nullish(),
});
type GreenhouseJob = z.infer<typeof GreenhouseJob>;

const GreenhouseBoard = z.looseObject({ jobs: z.array(z.unknown()) });

/**
 * The job post the answer holds for `id`: the answer itself, or its entry in a board's list. The employer check
 * (lib/ats/) reads it too.
 */
export function pickGreenhouseJob(
  json: unknown,
  id: string,
  board: string | undefined,
): { job: GreenhouseJob } | ApiFailure {
  const list = GreenhouseBoard.safeParse(json);
  if (list.success) {
    const entry = list.data.jobs.find(
      (item) => typeof item === 'object' && item !== null && String((item as { id?: unknown }).id) === id,
    );
    if (!entry) return gone(`The Greenhouse board${board ? ` "${board}"` : ''} does not list job post ${id}.`);
    json = entry;
  }
  const parsed = GreenhouseJob.safeParse(json);
  if (!parsed.success) return unknown(`The Greenhouse API response is not a job post (${issueText(parsed.error)}).`);
  if (String(parsed.data.id) !== id) {
    return unknown(`The Greenhouse API response is for another job post (${parsed.data.id}, not ${id}).`);
  }
  return { job: parsed.data };
}

/** The board's "Workplace Type" custom field ("Hybrid", "Remote", "On-site"), when it has one. */
function workplaceOf(job: GreenhouseJob) {
  const field = job.metadata?.find((entry) => entry.name?.trim().toLowerCase() === 'workplace type');
  return typeof field?.value === 'string' ? normalizeWorkplace(field.value) : undefined;
}

/** The pay range Greenhouse's pay transparency block puts in the content (`<div class="pay-range">…</div>`). */
function payRangeOf(html: string) {
  const block = /<div[^>]*class="[^"]*\bpay-range\b[^"]*"[^>]*>([\s\S]*?)<\/div>/i.exec(html)?.[1];
  return block ? parseSalaryText(htmlToText(block)) : undefined;
}

function mergeGreenhouse(posting: Posting, json: unknown): ApiMergeResult {
  const board = greenhousePostingKey(posting.url)?.board;
  const picked = pickGreenhouseJob(json, posting.id, board);
  if (!('job' in picked)) return picked;
  const { job } = picked;
  const next = draftFrom(posting);
  const published = toIsoDate(job.first_published ?? undefined);
  next.set('posted', published ? { kind: 'exact', date: published } : undefined);
  next.setCompany(job.company_name ?? undefined);
  const location = job.location?.name?.trim();
  next.fill('locations', location ? [location] : undefined);
  next.fill('workplace', workplaceOf(job));
  const requisition = job.requisition_id === null || job.requisition_id === undefined ? '' : String(job.requisition_id);
  next.fill('requisitionId', requisition.trim() || undefined);
  const html = job.content ? decodeEntities(job.content) : '';
  next.fill('salary', payRangeOf(html));
  next.setDescription(htmlToText(html) || undefined);
  return next.finish('Greenhouse');
}

export const GREENHOUSE_API: SiteApi = {
  name: "Greenhouse's Job Board API",
  request(posting) {
    const board = greenhousePostingKey(posting.url)?.board;
    if (!board) return undefined;
    return { url: `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(board)}/jobs/${posting.id}` };
  },
  merge: (posting, json) => mergeGreenhouse(posting, json),
  notFound(posting) {
    const board = greenhousePostingKey(posting.url)?.board ?? '';
    return gone(
      `Greenhouse's Job Board API has no job post ${posting.id} on the board "${board}" (it answered 404): the job has closed.`,
    );
  },
  board: {
    request(posting) {
      const board = greenhousePostingKey(posting.url)?.board;
      return board ? { url: `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(board)}` } : undefined;
    },
    notFound(posting) {
      const board = greenhousePostingKey(posting.url)?.board ?? '';
      return unknown(
        `Greenhouse's Job Board API does not know the board "${board}" (it answered 404), so the exact posted date could not be looked up.`,
      );
    },
  },
};
