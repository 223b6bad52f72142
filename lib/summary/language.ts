/**
 * Whether a description is written in English, the one language the on-device summary is asked for (a posting in
 * another language gets the key lines of its own words instead). Counts the commonest short words of English and of
 * the other four languages the extractors read; a bilingual posting, with as much of another language, is not.
 */

const WORD = /[\p{L}']+/gu;
const ENGLISH = new Set('the and to of in you we our for with is are will be your as this that or an'.split(' '));
const OTHERS = new Set(
  'le la les des et du un une vous nous pour dans est avec der die das und ist wir sie mit für ein eine el los las del y para con una somos o os da do em com uma são'.split(
    ' ',
  ),
);
/** Words looked at: enough to tell, few enough to stay cheap on a long posting. */
const SAMPLE = 600;

export function looksEnglish(text: string): boolean {
  let english = 0;
  let other = 0;
  let seen = 0;
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    else if (OTHERS.has(lower)) other++;
    if (++seen >= SAMPLE) break;
  }
  return english >= 5 && english >= 3 * other;
}
