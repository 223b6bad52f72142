import type { PostingHistory } from '@/lib/history';
import type { CardResult, TabResult } from '@/lib/messages';
import { type Posting, type PostingInput, parsePosting } from '@/lib/posting';
import type { Score } from '@/lib/score/types';

/** Small, valid values for the message, background and badge tests. */

export function makePosting(overrides: Partial<PostingInput> = {}): Posting {
  const parsed = parsePosting({
    source: 'lever',
    id: '0c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    url: 'https://jobs.lever.co/acme/0c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    title: 'Senior Platform Engineer',
    company: 'Acme',
    locations: ['Berlin, Germany'],
    employmentType: 'full-time',
    workplace: 'hybrid',
    experienceLevel: 'senior',
    descriptionText: 'Build the platform.',
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.posting;
}

export function makeScore(overrides: Partial<Score> = {}): Score {
  return {
    value: 72,
    band: { id: 'likely', name: 'Likely Active', min: 65, max: 79, label: 'Likely Active (65–79)' },
    confidence: { value: 90, level: 'High' },
    factors: [
      { id: 'base', kind: 'base', label: 'Base score', points: 50 },
      { id: 'fresh', kind: 'freshness', label: 'Posted 3 days ago', points: 15 },
      { id: 'vague', kind: 'quality', label: 'short description (120 chars)', points: -5 },
      { id: 'ats', kind: 'source', label: 'Direct ATS (lever)', points: 12 },
    ],
    ghostSignals: [],
    ghostWarning: false,
    notes: [],
    ...overrides,
  };
}

export const GHOST_SCORE: Score = makeScore({
  value: 28,
  band: { id: 'ghost', name: 'Likely Ghost', min: 0, max: 34, label: 'Likely Ghost (0–34)' },
  ghostSignals: [
    { id: 'stale', severity: 'moderate', reason: 'Posted over 60 days ago' },
    { id: 'closed', severity: 'severe', reason: 'Says "no longer accepting applications"' },
  ],
  ghostWarning: true,
});

export function makeHistory(overrides: Partial<PostingHistory> = {}): PostingHistory {
  return {
    firstSeen: '2025-03-01T08:00:00.000Z',
    lastSeen: '2025-03-04T20:00:00.000Z',
    timesSeen: 3,
    sightings: ['2025-03-01T08:00:00.000Z', '2025-03-02T08:00:00.000Z', '2025-03-04T20:00:00.000Z'],
    repostsSeen: 0,
    ...overrides,
  };
}

export function makeResult(overrides: Partial<TabResult> = {}): TabResult {
  return { posting: makePosting(), score: makeScore(), history: makeHistory(), saved: false, ...overrides };
}

/** A job-list card's answer: nothing hidden, no marks, no keyword, unless `overrides` say so. */
export function makeCardResult(overrides: Partial<CardResult> = {}): CardResult {
  return {
    source: 'linkedin',
    id: '4400000101',
    score: makeScore(),
    blocked: false,
    hidden: false,
    marks: { viewed: false, applied: false, reposted: false },
    keywords: [],
    ...overrides,
  };
}
