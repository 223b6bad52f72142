import { EVERGREEN_ENTRIES, type EvergreenCue, type EvergreenPhrase, evergreenFromHits } from '@/lib/text/evergreen';
import { PhraseIndex } from '@/lib/text/phrases';
import {
  REQUIREMENT_ENTRIES,
  type Requirement,
  type RequirementCue,
  requirementsFromHits,
} from '@/lib/text/requirements';
import {
  SKILL_ENTRIES,
  type SkillForm,
  type SkillMention,
  skillMentionsFromHits,
  skillsFromHits,
} from '@/lib/text/skills';
import { scanWords } from '@/lib/text/tokens';

/**
 * Everything the score reads in a posting's text, in one scan and one dictionary pass: the skills, pipeline
 * wording and requirement dictionaries share one index. The answers are those of matchSkills, findEvergreenPhrase
 * and findRequirements but for one case: where phrases of two dictionaries start at the same word, the longer wins
 * ("MS Word" the skill over "MS" the degree), as it does within one dictionary.
 */

export interface TextAnalysis {
  skills: string[];
  requirements: Requirement[];
  evergreen?: EvergreenPhrase;
}

const INDEX = new PhraseIndex<SkillForm | EvergreenCue | RequirementCue>([
  ...SKILL_ENTRIES,
  ...EVERGREEN_ENTRIES,
  ...REQUIREMENT_ENTRIES,
]);

/** Skills, requirements and pipeline wording in `text`. */
export function analyzeText(text: string): TextAnalysis {
  const words = scanWords(text);
  const hits = INDEX.findAll(words);
  const analysis: TextAnalysis = {
    skills: skillsFromHits(words, hits),
    requirements: requirementsFromHits(words, hits),
  };
  const evergreen = evergreenFromHits(words, hits);
  if (evergreen) analysis.evergreen = evergreen;
  return analysis;
}

/** The skills and requirements of `text` with where each is written, for a summary that quotes those sentences. */
export interface LocatedAnalysis {
  skills: SkillMention[];
  /** Each with the UTF-16 position of its words. */
  requirements: (Requirement & { start: number })[];
}

/** analyzeText's skills (every mention) and requirements, located, from the same single scan. */
export function locateInText(text: string): LocatedAnalysis {
  const words = scanWords(text);
  const hits = INDEX.findAll(words);
  return {
    skills: skillMentionsFromHits(words, hits),
    // A requirement's words are the first of their kind in the text, so the first occurrence of its text is it.
    requirements: requirementsFromHits(words, hits).map((requirement) => ({
      ...requirement,
      start: text.indexOf(requirement.text),
    })),
  };
}
