import type { ScoreContext } from '@/lib/score/context';
import type { Factor } from '@/lib/score/types';
import { POINTS } from '@/lib/score/weights';
import { formatSalary } from '@/lib/text/money';

const { specificity } = POINTS;

/** "4 skills", "6 skills, salary given: $135,000–$165,000 a year, asks for 5+ years of experience, MS or PhD in …". */
export function specificityFactor({ posting, text }: ScoreContext): Factor {
  const parts: string[] = [];
  let points = 0;
  const skills = text.skills.length;
  if (skills > 0) {
    parts.push(`${skills} skill${skills === 1 ? '' : 's'}`);
    points += specificity.perSkill * Math.min(skills, specificity.maxSkills);
  } else if (text.descriptionLength > 0 || posting.view === 'page') {
    parts.push('no skills named');
    points += specificity.noSkills;
  } else {
    parts.push('list card: skills unknown');
  }
  if (posting.salary) {
    parts.push(`salary given: ${formatSalary(posting.salary)}`);
    points += specificity.salary;
  }
  if (text.requirements.length > 0) {
    parts.push(`asks for ${text.requirements.map((r) => r.text).join(', ')}`);
    points += specificity.perRequirement * text.requirements.length;
  }
  return { id: 'specificity', kind: 'specificity', label: parts.join(', '), points };
}
