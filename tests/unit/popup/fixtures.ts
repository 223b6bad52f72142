import { IDBFactory } from 'fake-indexeddb';
import type { CompanyHistory, PostingHistory } from '@/lib/history';
import type { TabResult } from '@/lib/messages';
import { Posting, type PostingInput } from '@/lib/posting';
import type { Score } from '@/lib/score/types';
import { BAND_NAMES, type BandId } from '@/lib/settings-defaults';
import { openStore } from '@/lib/store';

export const NOW = new Date('2026-03-20T12:00:00.000Z');
const DAY_MS = 86_400_000;

export const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY_MS);

/** A store on its own in-memory IndexedDB, so no two tests share data. */
export function freshStore() {
  return openStore({ name: `pages-test-${crypto.randomUUID()}`, factory: new IDBFactory() });
}

export function posting(overrides: Partial<PostingInput> = {}): Posting {
  const id = overrides.id ?? 'abc';
  return Posting.parse({
    source: 'lever',
    id,
    url: `https://jobs.lever.co/acme/${id}`,
    title: 'Senior Engineer',
    company: 'Acme',
    locations: ['Paris'],
    ...overrides,
  });
}

const RANGES: Record<BandId, [number, number]> = {
  active: [80, 100],
  likely: [65, 79],
  uncertain: [50, 64],
  stale: [35, 49],
  ghost: [0, 34],
};

export function score(value: number, bandId: BandId, extra: Partial<Score> = {}): Score {
  const [min, max] = RANGES[bandId];
  return {
    value,
    band: { id: bandId, name: BAND_NAMES[bandId], min, max, label: `${BAND_NAMES[bandId]} (${min}–${max})` },
    confidence: { value: 90, level: 'High' },
    factors: [
      { id: 'base', kind: 'base', label: 'Base score', points: 50 },
      { id: 'freshness', kind: 'freshness', label: 'Posted 3 days ago', points: 20 },
      { id: 'quality', kind: 'quality', label: 'Short description (300 chars)', points: -5 },
    ],
    ghostSignals: [],
    ghostWarning: false,
    notes: [],
    ...extra,
  };
}

export function history(overrides: Partial<PostingHistory> = {}): PostingHistory {
  return {
    firstSeen: daysBefore(10).toISOString(),
    lastSeen: NOW.toISOString(),
    timesSeen: 4,
    sightings: [daysBefore(10), daysBefore(6), daysBefore(6), NOW].map((d) => d.toISOString()),
    repostsSeen: 0,
    ...overrides,
  };
}

export function company(overrides: Partial<CompanyHistory> = {}): CompanyHistory {
  return {
    key: 'acme',
    name: 'Acme',
    postingsObserved: 12,
    postingsSeenLast14Days: 5,
    reposts: 3,
    medianLifetimeDays: 41,
    staleShare: 0.2,
    ...overrides,
  };
}

export function tabResult(overrides: Partial<TabResult> = {}): TabResult {
  return { posting: posting(), score: score(72, 'likely'), history: history(), saved: false, ...overrides };
}
