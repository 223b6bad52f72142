import { type PhraseEntry, type PhraseHits, PhraseIndex, phraseKey } from '@/lib/text/phrases';
import { SKILL_DICTIONARY } from '@/lib/text/skills-dictionary';
import { scanWords, type Words } from '@/lib/text/tokens';

/**
 * Finds the skills a job description names: every form of every skill in one PhraseIndex (one scan of the text,
 * whatever the dictionary's size). Forms that are also ordinary words ("Go", "R", "Swift") need context as well.
 */

export interface SkillForm {
  kind: 'skill';
  skill: string;
  /** A "?" form: also needs a list of skills around it, or words that make it a skill ("written in", "developer"). */
  needsContext: boolean;
}

function* entries(): Generator<PhraseEntry<SkillForm>> {
  for (const list of Object.values(SKILL_DICTIONARY)) {
    for (const entry of list) {
      const colon = entry.indexOf(': ');
      const skill = colon < 0 ? entry : entry.slice(0, colon);
      const listed = colon < 0 ? [] : entry.slice(colon + 2).split(', ');
      if (!listed.some((written) => phraseKey(written.replace(/^[=?]/, '')) === phraseKey(skill))) listed.push(skill);
      for (const written of listed) {
        const mark = written[0];
        const marked = mark === '=' || mark === '?';
        yield {
          text: marked ? written.slice(1) : written,
          value: { kind: 'skill', skill, needsContext: mark === '?' },
          exactCase: marked,
        };
      }
    }
  }
}

/** Every form of every skill, for an index of its own or one shared with other dictionaries. */
export const SKILL_ENTRIES: PhraseEntry<SkillForm>[] = [...entries()];
const INDEX = new PhraseIndex(SKILL_ENTRIES);

/** What may stand between two items of a list: "Java, Python and Go", "C/C++", "- Go\n- Rust". */
const LIST_GAP = /^[\s,;/&|()•·*-]*(?:(?:and|or|as well as|et|ou|und|oder|y|o|e)[\s,;/&|()•·*-]+)?$/i;
const MAX_LIST_GAP = 16;
const SKILL_BEFORE =
  /(?:written in|experience (?:in|with)|proficien(?:cy|t) (?:in|with)|knowledge of|programming in|coding in|fluen(?:cy|t) in|expertise in|skilled in|familiarity with|background in)[\s(]*$/i;
const SKILL_AFTER =
  /^[\s(]*(?:developers?|engineers?|engineering|programming|programmers?|language|lang|code|codebases?|services|development|applications?|certifications?|certified|framework)\b/i;

type Hits = PhraseHits<{ kind: string }>;

const isSkill = (hits: Hits, i: number) => hits.values[i]?.kind === 'skill';

/** Whether the text between hit `from`'s end and hit `to`'s start is a list separator ("Java, Python and Go"). */
function listed(text: string, hits: Hits, from: number, to: number): boolean {
  if (from < 0 || to >= hits.count) return false;
  const start = hits.ends[from] as number;
  const end = hits.starts[to] as number;
  return end - start <= MAX_LIST_GAP && LIST_GAP.test(text.slice(start, end));
}

/** "Go" in "Java, Python and Go", "written in Go" or "Go developer"; never in "Go-to-market" or "Let's Go!". */
function inContext(text: string, hits: Hits, i: number): boolean {
  const start = hits.starts[i] as number;
  const end = hits.ends[i] as number;
  if (text[end] === '-') return false;
  let before = i - 1;
  while (before >= 0 && !isSkill(hits, before)) before--;
  let after = i + 1;
  while (after < hits.count && !isSkill(hits, after)) after++;
  return (
    listed(text, hits, before, i) ||
    listed(text, hits, i, after) ||
    SKILL_BEFORE.test(text.slice(Math.max(0, start - 32), start)) ||
    SKILL_AFTER.test(text.slice(end, end + 24))
  );
}

/** The canonical names of the skills `text` names, in order of first appearance, each once. */
export function matchSkills(text: string): string[] {
  const words = scanWords(text);
  return skillsFromHits(words, INDEX.findAll(words));
}

/** matchSkills from the hits of an index that holds SKILL_ENTRIES, perhaps among other dictionaries' entries. */
export function skillsFromHits(words: Words, hits: Hits): string[] {
  return [...new Set(skillMentionsFromHits(words, hits).map((mention) => mention.skill))];
}

/** Where a skill is named: the canonical name and the UTF-16 position of the words naming it. */
export interface SkillMention {
  skill: string;
  start: number;
}

/** Every mention skillsFromHits would count, each occurrence of a skill included, left to right. */
export function skillMentionsFromHits(words: Words, hits: Hits): SkillMention[] {
  const mentions: SkillMention[] = [];
  for (let i = 0; i < hits.count; i++) {
    if (!isSkill(hits, i)) continue;
    const { skill, needsContext } = hits.values[i] as SkillForm;
    if (needsContext && !inContext(words.text, hits, i)) continue;
    mentions.push({ skill, start: hits.starts[i] as number });
  }
  return mentions;
}

/** How many distinct skills the dictionary knows. */
export const SKILL_COUNT = new Set(Object.values(SKILL_DICTIONARY).flatMap((list) => list.map((e) => e.split(': ')[0])))
  .size;
