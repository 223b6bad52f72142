import { z } from 'zod';
import { htmlToText, normalizeEmploymentType, normalizeWorkplace, toIsoDate } from '@/lib/extract/common';
import { ashbyPostingKey } from '@/lib/extract/urls';
import type { Posting } from '@/lib/posting';
import { type ApiFailure, type ApiMergeResult, draftFrom, gone, issueText, type SiteApi, unknown } from './shared';

/**
 * Ashby's public posting API: GET api.ashbyhq.com/posting-api/job-board/{org} answers the board's listed postings,
 * `{apiVersion, jobs: [{id, title, publishedAt, isListed, workplaceType, employmentType, location, …}]}`; there is
 * no endpoint for one posting. A posting missing from the board has closed, or was never listed (an unlisted
 * posting is reachable by its link alone). Response shape: /work/shared/fixtures/real/STRUCTURE.md §5.
 */

const AshbyJob = z.looseObject({
  id: z.string().min(1),
  title: z.string().min(1),
  publishedAt: z.string().nullish(),
  workplaceType: z.string().nullish(),
  employmentType: z.string().nullish(),
  location: z.string().nullish(),
  secondaryLocations: z.array(z.looseObject({ location: z.string().nullish() })).nullish(),
  descriptionHtml: z.string().nullish(),
});

const AshbyBoard = z.looseObject({ jobs: z.array(z.unknown()) });

/** The postings an Ashby board answer lists; the employer check (lib/ats/) reads it too. */
export function ashbyBoardJobs(json: unknown): { ok: true; jobs: unknown[] } | ApiFailure {
  const board = AshbyBoard.safeParse(json);
  if (!board.success) return unknown(`The Ashby API response is not a job board (${issueText(board.error)}).`);
  return { ok: true, jobs: board.data.jobs };
}

/** The board's entry for posting `id` (a lower-case uuid), or undefined when the board does not list it. */
export function findAshbyJob(jobs: readonly unknown[], id: string): unknown {
  return jobs.find(
    (item) => typeof item === 'object' && item !== null && String((item as { id?: unknown }).id).toLowerCase() === id,
  );
}

function mergeAshby(posting: Posting, json: unknown): ApiMergeResult {
  const board = ashbyBoardJobs(json);
  if (!board.ok) return board;
  const entry = findAshbyJob(board.jobs, posting.id);
  const org = ashbyPostingKey(posting.url)?.org ?? '';
  if (!entry) {
    return gone(
      `Ashby's job board "${org}" does not list this posting: it has closed, or the employer left it unlisted.`,
    );
  }
  const parsed = AshbyJob.safeParse(entry);
  if (!parsed.success) return unknown(`The Ashby API response's posting is not readable (${issueText(parsed.error)}).`);
  const job = parsed.data;
  const next = draftFrom(posting);
  const published = toIsoDate(job.publishedAt ?? undefined);
  next.set('posted', published ? { kind: 'exact', date: published } : undefined);
  const locations = [job.location, ...(job.secondaryLocations ?? []).map((place) => place.location)]
    .map((location) => location?.trim())
    .filter((location): location is string => Boolean(location));
  next.fill('locations', locations.length > 0 ? locations : undefined);
  next.fill('workplace', normalizeWorkplace(job.workplaceType));
  next.fill('employmentType', normalizeEmploymentType(job.employmentType));
  next.setDescription(job.descriptionHtml ? htmlToText(job.descriptionHtml) || undefined : undefined);
  return next.finish('Ashby');
}

export const ASHBY_API: SiteApi = {
  name: "Ashby's posting API",
  request(posting) {
    const key = ashbyPostingKey(posting.url);
    if (!key) return undefined;
    return { url: `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(key.org)}` };
  },
  merge: (posting, json) => mergeAshby(posting, json),
  notFound(posting) {
    const org = ashbyPostingKey(posting.url)?.org ?? '';
    return unknown(
      `Ashby's posting API does not know the job board "${org}" (it answered 404), so the exact posted date could not be looked up.`,
    );
  },
};
