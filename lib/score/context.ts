import type { History } from '@/lib/history';
import type { Posting } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { type EvergreenPhrase, evergreenIn } from '@/lib/text/evergreen';
import { type Requirement, requirementsIn } from '@/lib/text/requirements';
import { skillsIn } from '@/lib/text/skills';
import { scanWords } from '@/lib/text/tokens';

/** What every part of the score reads: the inputs, and the description analysed once. */
export interface ScoreContext {
  posting: Posting;
  history: History;
  settings: Settings;
  now: Date;
  text: TextFacts;
}

export interface TextFacts {
  /** Characters of description, trimmed; 0 when there is none. */
  descriptionLength: number;
  /** The site's own skill list and those the title and description name, each once. */
  skills: string[];
  requirements: Requirement[];
  evergreen?: EvergreenPhrase;
}

/** Title and description are scanned as one text: a title like "Talent Community" counts as much as the body. */
export function readText(posting: Posting): TextFacts {
  const description = posting.descriptionText?.trim() ?? '';
  const words = scanWords(description ? `${posting.title}\n${description}` : posting.title);
  const skills = [...posting.skills];
  const known = new Set(skills.map((skill) => skill.toLowerCase()));
  for (const skill of skillsIn(words)) {
    if (!known.has(skill.toLowerCase())) skills.push(skill);
    known.add(skill.toLowerCase());
  }
  const facts: TextFacts = { descriptionLength: description.length, skills, requirements: requirementsIn(words) };
  const evergreen = evergreenIn(words);
  if (evergreen) facts.evergreen = evergreen;
  return facts;
}
