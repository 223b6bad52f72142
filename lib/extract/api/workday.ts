import { z } from 'zod';
import { closedByDate, htmlToText, normalizeEmploymentType, toIsoDate } from '@/lib/extract/common';
import { type WorkdayPostingKey, workdayPostingKey } from '@/lib/extract/urls';
import type { Posting } from '@/lib/posting';
import { type ApiMergeResult, draftFrom, gone, issueText, type SiteApi, unknown } from './shared';

/**
 * Workday's CXS API: GET /wday/cxs/{tenant}/{site}/job/{…} answers {jobPostingInfo, hiringOrganization, …}.
 * Response shape: /work/shared/fixtures/real/STRUCTURE.md §2.4.
 */

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

type WorkdayDetail = z.infer<typeof WorkdayDetail>;

/** A Workday CXS detail answer, checked; the employer check (lib/ats/) reads it too. */
export function parseWorkdayDetail(json: unknown): { ok: true; detail: WorkdayDetail } | { ok: false; error: string } {
  const parsed = WorkdayDetail.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: `The Workday API response is not a job posting (${issueText(parsed.error)}).` };
  }
  return { ok: true, detail: parsed.data };
}

/** Workday's CXS address of a posting's details: /wday/cxs/{tenant}/{site}/job/{…}. */
export function workdayDetailUrl(key: WorkdayPostingKey): string {
  const path = key.jobPath.split('/').map(encodeURIComponent).join('/');
  return `https://${key.host}/wday/cxs/${key.tenant}/${key.site}/job/${path}`;
}

function mergeWorkday(posting: Posting, json: unknown, now: Date): ApiMergeResult {
  const parsed = parseWorkdayDetail(json);
  if (!parsed.ok) return unknown(parsed.error);
  const info = parsed.detail.jobPostingInfo;
  const ownReqId = posting.requisitionId ?? workdayPostingKey(posting.url)?.requisitionId;
  if (info.jobReqId && ownReqId && info.jobReqId !== ownReqId) {
    return unknown(`The Workday API response is for another posting (requisition ${info.jobReqId}, not ${ownReqId}).`);
  }
  const next = draftFrom(posting);
  const posted = toIsoDate(info.startDate);
  next.set('posted', posted ? { kind: 'exact', date: posted } : undefined);
  const validThrough = toIsoDate(info.endDate, true);
  next.set('validThrough', validThrough);
  next.set('employmentType', normalizeEmploymentType(info.timeType));
  next.set('requisitionId', info.jobReqId?.trim() || undefined);
  next.setCompany(parsed.detail.hiringOrganization?.name);
  const locations = [info.location, ...(info.additionalLocations ?? [])].map((l) => l?.trim()).filter(Boolean);
  next.fill('locations', locations.length > 0 ? (locations as string[]) : undefined);
  // The CXS description starts with the bare title before its first paragraph.
  const description = info.jobDescription ? htmlToText(info.jobDescription) : '';
  next.setDescription(description.startsWith(info.title) ? description.slice(info.title.length).trim() : description);
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

export const WORKDAY_API: SiteApi = {
  name: "Workday's job API",
  request(posting) {
    // Only worth a request when the page gave no exact date ("Posted 30+ Days Ago").
    if (posting.posted?.kind === 'exact') return undefined;
    const key = workdayPostingKey(posting.url);
    return key ? { url: workdayDetailUrl(key) } : undefined;
  },
  merge: mergeWorkday,
  notFound: () => gone("Workday's job API no longer has this posting (it answered 404): it may have closed."),
};
