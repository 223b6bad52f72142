import type { Posting } from '@/lib/posting';
import { DIRECT_ATS_SOURCES } from '@/lib/posting-keys';
import type { Factor } from '@/lib/score/types';
import { POINTS } from '@/lib/score/weights';

/** The employer's own applicant tracking system shows what it is hiring for now; a job board shows what was paid for. */
export function sourceFactor(posting: Posting): Factor {
  const direct = DIRECT_ATS_SOURCES.includes(posting.source);
  return {
    id: 'source',
    kind: 'source',
    label: direct ? `Direct ATS (${posting.source})` : `Job board (${posting.source})`,
    points: direct ? POINTS.source.directAts : POINTS.source.jobBoard,
  };
}
