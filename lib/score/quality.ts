import type { ScoreContext } from '@/lib/score/context';
import type { Factor } from '@/lib/score/types';
import { DESCRIPTION_CHARS, POINTS } from '@/lib/score/weights';

const { quality } = POINTS;

/** Whether the posting says where the job is; a remote job needs no place. */
export function hasLocation(context: ScoreContext): boolean {
  return context.posting.locations.length > 0 || context.posting.workplace === 'remote';
}

/** "has location, quality description (2590 chars)"; a list card has no description yet and loses nothing for it. */
export function qualityFactor(context: ScoreContext): Factor {
  const located = hasLocation(context);
  const parts = [located ? 'has location' : 'no location'];
  let points = located ? quality.location : quality.noLocation;
  const chars = context.text.descriptionLength;
  if (chars === 0) {
    const card = context.posting.view === 'card';
    parts.push(card ? 'list card: no description yet' : 'no description');
    points += card ? 0 : quality.noDescription;
  } else if (chars < DESCRIPTION_CHARS.short) {
    parts.push(`short description (${chars} chars)`);
    points += quality.shortDescription;
  } else if (chars < DESCRIPTION_CHARS.quality) {
    parts.push(`description (${chars} chars)`);
    points += quality.description;
  } else {
    parts.push(`quality description (${chars} chars)`);
    points += quality.qualityDescription;
  }
  return { id: 'quality', kind: 'quality', label: parts.join(', '), points };
}
