import type { Posting } from '@/lib/posting';
import { SOURCES } from '@/lib/posting-keys';
import { seededRandom } from '@/lib/seeded-random';
import { BAND_IDS } from '@/lib/settings-defaults';
import { bulkPut } from './bulk';
import { openDb } from './db';
import { openStore } from './index';
import { normalizeRecord } from './records';
import type { SavedQuery, Store, StoredPosting } from './types';

/**
 * The store's speed at a realistic size, runnable anywhere IndexedDB is: under Node on fake-indexeddb
 * (tests/bench/store.bench.ts) or inside Chromium on the real thing. No Node APIs here.
 */

export interface StoreBenchmarkSizes {
  postings: number;
  companies: number;
  saved: number;
  /** Timed runs of each operation; the median is reported. */
  samples: number;
}

export const DEFAULT_BENCH_SIZES: StoreBenchmarkSizes = {
  postings: 50_000,
  companies: 2_000,
  saved: 10_000,
  samples: 50,
};

export interface StoreBenchmarkResult {
  sizes: StoreBenchmarkSizes;
  /** Filling the store in one transaction, company figures included. */
  fillMs: number;
  /** recordSighting, which returns the posting's and the company's history. */
  recordSightingMedianMs: number;
  /** listSaved with a text, band or sort query over every saved listing, as a person typing runs it. */
  searchMedianMs: number;
  /** The same, when a saved listing has just been saved again, so the list is read again from IndexedDB. */
  searchAfterChangeMedianMs: number;
  /** The first search of a store opened just before (untimed), as the popup runs it each time it opens. */
  searchInNewStoreMedianMs: number;
  /**
   * The first search after a saved listing was seen again by another open store (the background), a change that
   * does not tell the saved-listings snapshot which record it wrote, so the whole list is read again.
   */
  searchAfterSightingMedianMs: number;
}

export interface PreparedStoreBenchmark {
  fillMs: number;
  /** One sighting: a posting seen before, or a new one of a known company. */
  sighting(): Promise<unknown>;
  /** One saved-listings query. */
  search(): Promise<unknown>;
  /** A change to a saved listing, which makes the next search read the list again. */
  changeSaved(): Promise<unknown>;
  /** Opens a new store (closing the one before); `searchInNewStore` searches in it. */
  openNewStore(): Promise<unknown>;
  searchInNewStore(): Promise<unknown>;
  /** A sighting of a saved listing recorded by another open store, as the background records them. */
  sightSavedElsewhere(): Promise<unknown>;
  dispose(): Promise<void>;
}

const DAY_MS = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00.000Z');
const LEVELS = ['Junior', 'Senior', 'Staff', 'Lead', 'Principal', 'Associate', 'Head of', 'Intern'];
const ROLES = [
  'Software Engineer',
  'Data Engineer',
  'Product Designer',
  'Product Manager',
  'Data Scientist',
  'Frontend Developer',
  'Backend Developer',
  'QA Analyst',
  'Sales Executive',
  'Account Manager',
  'Recruiter',
  'Marketing Manager',
  'Support Specialist',
  'DevOps Engineer',
  'Security Engineer',
  'Technical Writer',
  'Financial Analyst',
  'Office Manager',
  'Customer Success Manager',
  'Développeur Mobile',
];
const CITIES = ['Paris', 'Berlin', 'London', 'Remote', 'New York', 'Toronto', 'Madrid', 'Lisbon', 'München', 'Austin'];
const QUERIES: SavedQuery[] = [
  { text: 'senior engineer' },
  { text: 'company 12', sort: 'score' },
  { band: 'active', sort: 'score' },
  { text: 'developpeur', sort: 'posted' },
  {},
];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** `sizes.postings` records spread over `sizes.companies` companies; the first `sizes.saved` are saved and scored. */
export function syntheticPostings(sizes: StoreBenchmarkSizes, seed = 1): StoredPosting[] {
  const next = seededRandom(seed);
  return Array.from({ length: sizes.postings }, (_, i) => {
    const source = pick(SOURCES, next);
    const company = `Company ${i % sizes.companies}`;
    const firstSeen = new Date(NOW.getTime() - (1 + next() * 200) * DAY_MS);
    const lastSeen = new Date(Math.min(NOW.getTime(), firstSeen.getTime() + next() * 60 * DAY_MS));
    const value = Math.floor(next() * 101);
    const saved = i < sizes.saved;
    return normalizeRecord({
      key: `${source}:${i}`,
      source,
      id: String(i),
      url: `https://jobs.example.test/${source}/${i}`,
      title: `${pick(LEVELS, next)} ${pick(ROLES, next)}`,
      titleKey: '',
      company,
      locations: [pick(CITIES, next)],
      locationKey: '',
      ...(next() < 0.7 ? { postedAt: new Date(firstSeen.getTime() - next() * 30 * DAY_MS).toISOString() } : {}),
      firstSeen: firstSeen.toISOString(),
      lastSeen: lastSeen.toISOString(),
      timesSeen: 2,
      sightings: [firstSeen.toISOString(), lastSeen.toISOString()],
      ...(saved
        ? {
            lastScore: {
              value,
              bandId: BAND_IDS[4 - Math.min(4, Math.floor(value / 20))] ?? 'uncertain',
              bandLabel: 'benchmark',
              ghostWarning: value < 50,
              scoredAt: lastSeen.toISOString(),
            },
            saved: { at: lastSeen.toISOString() },
          }
        : {}),
    });
  });
}

function sightingOf(record: StoredPosting, id = record.id): Posting {
  return {
    source: record.source,
    id,
    url: record.url,
    view: 'page',
    title: record.title,
    ...(record.company === undefined ? {} : { company: record.company }),
    locations: record.locations,
    skills: [],
    flags: {},
    evidence: {},
  };
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Fills a fresh database and returns the operations to time, each cycling through varied inputs. */
export async function prepareStoreBenchmark(
  factory: IDBFactory,
  sizes: StoreBenchmarkSizes = DEFAULT_BENCH_SIZES,
): Promise<PreparedStoreBenchmark> {
  const name = `still-hiring-bench-${Math.random().toString(36).slice(2)}`;
  const records = syntheticPostings(sizes);
  const started = performance.now();
  const db = await openDb({ name, factory });
  await bulkPut(db, records);
  const fillMs = performance.now() - started;
  db.close();

  const store = await openStore({ name, factory });
  const background = await openStore({ name, factory });
  let newStore: Store | undefined;
  const next = seededRandom(2);
  const savedRecord = records.find((record) => record.saved) ?? records[0];
  if (!savedRecord) throw new Error('The benchmark needs at least one posting.');
  let sightings = 0;
  let searches = 0;
  let seenElsewhere = 0;
  return {
    fillMs,
    sighting: () => {
      const record = pick(records, next);
      // Every other sighting is a posting new to the store, so repost detection runs too.
      const posting = sightings++ % 2 === 0 ? sightingOf(record) : sightingOf(record, `new-${sightings}`);
      return store.recordSighting(posting, new Date(NOW.getTime() + sightings * 1000), { staleDays: 60 });
    },
    search: () => store.listSaved(QUERIES[searches++ % QUERIES.length]),
    changeSaved: () => store.setSaved(savedRecord.source, savedRecord.id, true, NOW),
    openNewStore: async () => {
      newStore?.close();
      newStore = await openStore({ name, factory });
    },
    searchInNewStore: () => (newStore ?? store).listSaved(QUERIES[searches++ % QUERIES.length]),
    sightSavedElsewhere: () =>
      background.recordSighting(sightingOf(savedRecord), new Date(NOW.getTime() + ++seenElsewhere * 1000), {
        staleDays: 60,
      }),
    dispose: async () => {
      store.close();
      background.close();
      newStore?.close();
      await deleteDatabase(factory, name);
    },
  };
}

/** Median duration of `samples` sequential runs, after a few untimed warm-up runs; `before` runs untimed each time. */
export async function medianMs(
  run: () => Promise<unknown>,
  samples: number,
  before?: () => Promise<unknown>,
): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await before?.();
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
}

export async function runStoreBenchmark(
  factory: IDBFactory,
  sizes: StoreBenchmarkSizes = DEFAULT_BENCH_SIZES,
): Promise<StoreBenchmarkResult> {
  const bench = await prepareStoreBenchmark(factory, sizes);
  try {
    return {
      sizes,
      fillMs: bench.fillMs,
      recordSightingMedianMs: await medianMs(bench.sighting, sizes.samples),
      searchMedianMs: await medianMs(bench.search, sizes.samples),
      searchAfterChangeMedianMs: await medianMs(bench.search, sizes.samples, bench.changeSaved),
      searchInNewStoreMedianMs: await medianMs(bench.searchInNewStore, sizes.samples, bench.openNewStore),
      searchAfterSightingMedianMs: await medianMs(bench.search, sizes.samples, bench.sightSavedElsewhere),
    };
  } finally {
    await bench.dispose();
  }
}
