import type { History } from '@/lib/history';
import type { Posting } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { analyzeText } from '@/lib/text/analysis';
import type { EvergreenPhrase } from '@/lib/text/evergreen';
import type { Requirement } from '@/lib/text/requirements';

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
  const analysis = analyzeText(description ? `${posting.title}\n${description}` : posting.title);
  const facts: TextFacts = {
    descriptionLength: description.length,
    skills: posting.skills.length === 0 ? analysis.skills : union(posting.skills, analysis.skills),
    requirements: analysis.requirements,
  };
  if (analysis.evergreen) facts.evergreen = analysis.evergreen;
  return facts;
}

/** The site's skills, then the ones found that it did not list (compared without case). */
function union(listed: string[], found: string[]): string[] {
  const known = new Set(listed.map((skill) => skill.toLowerCase()));
  return [...listed, ...found.filter((skill) => !known.has(skill.toLowerCase()))];
}
