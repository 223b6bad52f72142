import { IDBFactory } from 'fake-indexeddb';
import { Posting, type PostingInput } from '@/lib/posting';
import type { Score } from '@/lib/score/types';
import type { BandId } from '@/lib/settings-defaults';
import { openStore } from '@/lib/store';

export const DAY_MS = 86_400_000;
export const staleDays = 60;

/** A store on its own in-memory IndexedDB, so tests never share state. */
export function freshStore() {
  return openStore({ name: 'test', factory: new IDBFactory() });
}

export function posting(overrides: Partial<PostingInput> = {}): Posting {
  const id = overrides.id ?? 'abc';
  return Posting.parse({
    source: 'lever',
    id,
    url: `https://jobs.lever.co/acme/${id}`,
    title: 'Senior Engineer',
    company: 'Acme, Inc.',
    locations: ['Paris'],
    ...overrides,
  });
}

export function daysAfter(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS);
}

export function score(value: number, bandId: BandId, ghostWarning = false): Score {
  return {
    value,
    band: { id: bandId, name: bandId, min: 0, max: 100, label: `${bandId} label` },
    confidence: { value: 80, level: 'High' },
    factors: [
      { id: 'base', kind: 'base', label: 'Base', points: 50 },
      { id: 'fresh', kind: 'freshness', label: 'Posted 3 days ago', points: 20 },
      { id: 'short', kind: 'quality', label: 'Short description', points: -5 },
    ],
    ghostSignals: [],
    ghostWarning,
    notes: [],
  };
}
