import type { Posting } from '@/lib/posting';
import { readPay } from '@/lib/text/pay';
import { matchSkills } from '@/lib/text/skills';
import { readVacancy } from '@/lib/text/vacancy';

/**
 * What is read from a posting's text rather than from the page: the skills its description names, the pay it states
 * in words when the page's structured data gave none, and what it states about the vacancy. It runs where the
 * posting is scored (the background, the CLI), so the dictionaries and patterns stay out of the content scripts.
 * Pure and idempotent: a posting enriched twice is the posting enriched once.
 */
export function enrichPosting(posting: Posting): Posting {
  const description = posting.descriptionText;
  if (!description) return posting;
  let enriched = posting;
  const add = (fields: Partial<Posting>, evidence: Posting['evidence']) => {
    enriched = { ...enriched, ...fields, evidence: { ...enriched.evidence, ...evidence } };
  };
  // Lever and Workday count a skill the title names; LinkedIn reads its description alone, as its goldens pin.
  const text = posting.source === 'linkedin' ? description : `${posting.title}\n${description}`;
  const known = new Set(posting.skills.map((skill) => skill.toLowerCase()));
  const found = matchSkills(text).filter((skill) => !known.has(skill.toLowerCase()));
  if (found.length > 0) {
    add({ skills: [...posting.skills, ...found] }, { skills: posting.evidence.skills ?? 'text' });
  }
  const pay = posting.salary ? undefined : readPay(description);
  if (pay) add({ salary: pay }, { salary: 'text' });
  const vacancy = posting.vacancy ? undefined : readVacancy(description);
  if (vacancy) add({ vacancy }, { vacancy: 'text' });
  return enriched;
}
