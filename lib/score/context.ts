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
  /** The site's own skill list, then those the title and the description name, each once. */
  skills: string[];
  requirements: Requirement[];
  evergreen?: EvergreenPhrase;
}

/** The title is read as well as the description: a title like "Talent Community" says as much as the body. */
export function readText(posting: Posting): TextFacts {
  const description = posting.descriptionText ?? '';
  const title = analyzeText(posting.title);
  const body = analyzeText(description);
  const facts: TextFacts = {
    descriptionLength: description.trim().length,
    skills: union(posting.skills, union(title.skills, body.skills)),
    requirements: [
      ...title.requirements,
      ...body.requirements.filter((found) => !title.requirements.some((r) => r.kind === found.kind)),
    ],
  };
  const evergreen = title.evergreen ?? body.evergreen;
  if (evergreen) facts.evergreen = evergreen;
  return facts;
}

/** The skills of `first`, then those of `then` it lacks (compared without case). */
function union(first: string[], then: string[]): string[] {
  if (first.length === 0) return then;
  if (then.length === 0) return first;
  const known = new Set(first.map((skill) => skill.toLowerCase()));
  return [...first, ...then.filter((skill) => !known.has(skill.toLowerCase()))];
}
