import { parseWorkdayDetail, workdayDetailUrl } from '@/lib/extract/api/workday';
import { isObject, toIsoDate } from '@/lib/extract/common';
import { workdayPostingKey } from '@/lib/extract/urls';
import { type AtsAdapter, isNotFound, sameTitle } from './adapter';

/**
 * Workday's CXS API (STRUCTURE.md §2.4): GET /wday/cxs/{tenant}/{site}/job/{…} answers the posting's details, with
 * `posted` and `canApply` false once it is closed, or 404 when the posting is gone. POST …/jobs searches the
 * employer's board, where a repost of the same title shows under a new requisition.
 */

/** Board searches return this many postings a page; a repost of the title is among the first ones. */
const SEARCH_LIMIT = 20;

export const workdayAdapter: AtsAdapter = {
  request(link) {
    const key = workdayPostingKey(link.url);
    return key ? { url: workdayDetailUrl(key) } : undefined;
  },

  read(link, status, json) {
    if (isNotFound(status)) return { state: 'gone', reason: 'Workday answers that the posting does not exist (404)' };
    const parsed = parseWorkdayDetail(json);
    if (!parsed.ok) return { state: 'unknown', reason: parsed.error };
    const info = parsed.detail.jobPostingInfo;
    const own = workdayPostingKey(link.url)?.requisitionId;
    if (info.jobReqId && own && info.jobReqId !== own) {
      return { state: 'unknown', reason: `Workday answered for another posting (${info.jobReqId}, not ${own})` };
    }
    if (info.posted === false) return { state: 'gone', reason: 'Workday says the posting is no longer posted' };
    if (info.canApply === false) return { state: 'gone', reason: 'Workday says it no longer accepts applications' };
    const posted = toIsoDate(info.startDate);
    return { state: 'listed', title: info.title, ...(posted ? { posted } : {}) };
  },

  boardRequest(link, title) {
    const key = workdayPostingKey(link.url);
    if (!key) return undefined;
    const body = JSON.stringify({ appliedFacets: {}, limit: SEARCH_LIMIT, offset: 0, searchText: title });
    return { url: `https://${key.host}/wday/cxs/${key.tenant}/${key.site}/jobs`, method: 'POST', body };
  },

  findRepost(link, title, json) {
    const key = workdayPostingKey(link.url);
    const postings = isObject(json) && Array.isArray(json.jobPostings) ? json.jobPostings : [];
    if (!key) return undefined;
    // The board's externalPath ("/job/…/{title}_{reqId}") replaces the posting's own, after its site.
    const base = new URL(link.url);
    const prefix = base.pathname.slice(0, base.pathname.indexOf('/job/'));
    for (const item of postings) {
      if (!isObject(item) || typeof item.title !== 'string' || typeof item.externalPath !== 'string') continue;
      if (!sameTitle(item.title, title) || !item.externalPath.startsWith('/job/')) continue;
      const url = `${base.origin}${prefix}${item.externalPath}`;
      const found = URL.canParse(url) ? workdayPostingKey(url) : undefined;
      if (found && found.key !== key.key) return { ats: 'workday', url: new URL(url).href };
    }
    return undefined;
  },
};
