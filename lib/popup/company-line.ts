import type { CompanyHistory } from '@/lib/history';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The company's history in one line: "12 postings seen · 3 reposts · typically up 41 days". */
export function companyLine(company: CompanyHistory | undefined): string {
  // The posting on screen is itself one of the postings observed, so one means this is all we know.
  if (!company || company.postingsObserved <= 1) return 'First time we see this company';
  const parts = [
    plural(company.postingsObserved, 'posting seen', 'postings seen'),
    company.reposts === 0 ? 'no reposts' : plural(company.reposts, 'repost', 'reposts'),
  ];
  if (company.medianLifetimeDays !== null) {
    parts.push(`typically up ${plural(Math.round(company.medianLifetimeDays), 'day', 'days')}`);
  }
  return parts.join(' · ');
}
