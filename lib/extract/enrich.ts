import type { Posting } from '@/lib/posting';
import { matchSkills } from '@/lib/text/skills';

/**
 * What is read from a posting's text rather than from the page: the skills its description names. It runs where
 * the posting is scored (the background, the CLI), so the skills dictionary stays out of the content scripts.
 * Pure and idempotent: a posting enriched twice is the posting enriched once.
 */
export function enrichPosting(posting: Posting): Posting {
  const description = posting.descriptionText;
  if (!description) return posting;
  // Lever and Workday count a skill the title names; LinkedIn reads its description alone, as its goldens pin.
  const text = posting.source === 'linkedin' ? description : `${posting.title}\n${description}`;
  const known = new Set(posting.skills.map((skill) => skill.toLowerCase()));
  const found = matchSkills(text).filter((skill) => !known.has(skill.toLowerCase()));
  if (found.length === 0) return posting;
  return {
    ...posting,
    skills: [...posting.skills, ...found],
    evidence: { ...posting.evidence, skills: posting.evidence.skills ?? 'text' },
  };
}
