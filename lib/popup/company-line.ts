import type { TabResult } from '@/lib/messages';
import { companyHistoryNote } from '@/lib/score/company';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The company's history in one line: "12 postings seen · 3 reposts · typically up 41 days", or, when there is none
 * yet, the score's own note: "First time this browser sees Acme: no company history yet".
 */
export function companyLine({ posting, history, company }: Pick<TabResult, 'posting' | 'history' | 'company'>): string {
  const note = companyHistoryNote(posting, { posting: history, ...(company ? { company } : {}) });
  if (note || !company) return note ?? '';
  const parts = [
    plural(company.postingsObserved, 'posting seen', 'postings seen'),
    company.reposts === 0 ? 'no reposts' : plural(company.reposts, 'repost', 'reposts'),
  ];
  if (company.medianLifetimeDays !== null) {
    parts.push(`typically up ${plural(Math.round(company.medianLifetimeDays), 'day', 'days')}`);
  }
  return parts.join(' · ');
}
