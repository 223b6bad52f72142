import type { Posting } from '@/lib/posting';
import { DIRECT_ATS_SOURCES, postingSourceName } from '@/lib/posting-keys';
import type { Factor } from '@/lib/score/types';
import { POINTS } from '@/lib/score/weights';

/**
 * The employer's own applicant tracking system (or career site) shows what it is hiring for now; a job board shows
 * what was paid for.
 */
export function sourceFactor(posting: Posting): Factor {
  // A career site the user turned on is the employer's own site too, though not an ATS: it says so by its host.
  const own = posting.source === 'career-site';
  const direct = own || DIRECT_ATS_SOURCES.includes(posting.source);
  const label = own
    ? postingSourceName(posting.source, posting.url)
    : direct
      ? `Direct ATS (${posting.source})`
      : `Job board (${posting.source})`;
  return {
    id: 'source',
    kind: 'source',
    label,
    points: direct ? POINTS.source.directAts : POINTS.source.jobBoard,
  };
}
