import type { IDBPTransaction } from 'idb';
import type { Source } from '@/lib/posting';
import { SOURCES } from '@/lib/posting-keys';
import { BAND_IDS, type BandId } from '@/lib/settings-defaults';
import { allRequests, type StillHiringDB, type StoreName } from './db';
import { isStoredPosting } from './guard';
import { WEB_ADDRESS } from './schema';
import type { LastScore, PostingMarks, StoredPosting } from './types';

/**
 * The saved listings, kept a second time in the `meta` store as a few large values, so that a store opened just
 * now (the popup opens one each time it opens) can search them without reading 10,000 records one by one.
 *
 * Why this shape, measured in Chromium at 10,000 saved out of 50,000 postings (lib/store/bench.ts in a page):
 * - IndexedDB pays per record, not per byte: the bySaved index's getAll took 110–130 ms, its getAllKeys alone
 *   over 100 ms, a getAll of 10,000 small records in a store of their own still about 95 ms. A few large values
 *   come back far faster, so the listings are split over CHUNKS values, by a hash of the key.
 * - Reading a value costs per item inside it, property names included: 10,000 listings as objects took 18–21 ms
 *   to read, as rows (arrays, fields by position) 9–11 ms, as JSON text of rows 12–14 ms with the parse. So a
 *   chunk is an array of rows, turned back into listings here (2–3 ms).
 * - 1 to 16 chunks read in 9–11 ms, 64 in 25–33 ms; a change rewrites its whole chunk: with 16, saving a listing
 *   (which patches one chunk) took 0.6 ms.
 *
 * It is a cache with no authority: every transaction that changes a saved listing either patches it (when it
 * passes the records it wrote) or deletes it, and any doubt on reading (an older layout, a missing chunk, a row
 * of the wrong shape) makes the store read the postings again and write a new one (saved-cache.ts).
 */

/** Raised whenever the row layout changes: a snapshot of another layout is ignored and rebuilt. */
export const SNAPSHOT_FORMAT = 2;
export const CHUNKS = 16;
const HEADER = 'savedSnapshot';
const CHUNK_PREFIX = 'savedSnapshot/';
/** Every chunk, of this layout or an older one: the keys from 'savedSnapshot/' on. Made when used, as prune's. */
const allChunks = () => IDBKeyRange.bound(CHUNK_PREFIX, `${CHUNK_PREFIX}\uffff`);

type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<StillHiringDB, StoreName[], Mode>;

interface Header {
  format: number;
  /** The saved-listings revision (saved-cache.ts) the chunks reflect. */
  revision: number;
  /** Problems met while building it (damaged postings skipped), reported again by each store that reads it. */
  problems: string[];
}

type ScoreRow = [
  value: number,
  bandId: BandId,
  bandLabel: string,
  ghostWarning: boolean,
  topReason: string | null,
  scoredAt: string,
];

/** A saved listing by position; absent optional fields are null. The key is made from the source and id. */
export type Row = [
  source: Source,
  id: string,
  url: string,
  title: string,
  titleKey: string,
  company: string | null,
  companyKey: string | null,
  locations: string[],
  locationKey: string,
  postedAt: string | null,
  firstSeen: string,
  lastSeen: string,
  timesSeen: number,
  sightings: string[],
  repostOf: string[] | null,
  lastScore: ScoreRow | null,
  savedAt: string,
  marks: MarksRow | null,
];
const ROW_LENGTH = 18;

type MarksRow = [viewed: string | null, applied: string | null, reposted: string | null];

const chunkKey = (index: number) => `${CHUNK_PREFIX}${String(index).padStart(2, '0')}`;

/** Which chunk holds a listing: a string hash of its key (FNV-1a), so a change touches one chunk only. */
export function chunkOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % CHUNKS;
}

/** `posting` as a row; only saved listings are kept. */
export function encodeRow(posting: StoredPosting & { saved: { at: string } }): Row {
  const score = posting.lastScore;
  return [
    posting.source,
    posting.id,
    posting.url,
    posting.title,
    posting.titleKey,
    posting.company ?? null,
    posting.companyKey ?? null,
    posting.locations,
    posting.locationKey,
    posting.postedAt ?? null,
    posting.firstSeen,
    posting.lastSeen,
    posting.timesSeen,
    posting.sightings,
    posting.repostOf ?? null,
    score
      ? [score.value, score.bandId, score.bandLabel, score.ghostWarning, score.topReason ?? null, score.scoredAt]
      : null,
    posting.saved.at,
    posting.marks
      ? [posting.marks.viewed ?? null, posting.marks.applied ?? null, posting.marks.reposted ?? null]
      : null,
  ];
}

/** Listings are shared by every caller of the store's cache, so nothing in them may change. */
export function freezeListing(posting: StoredPosting): StoredPosting {
  Object.freeze(posting.locations);
  Object.freeze(posting.sightings);
  if (posting.repostOf) Object.freeze(posting.repostOf);
  if (posting.lastScore) Object.freeze(posting.lastScore);
  if (posting.saved) Object.freeze(posting.saved);
  if (posting.marks) Object.freeze(posting.marks);
  return Object.freeze(posting);
}

const sources: ReadonlySet<unknown> = new Set(SOURCES);
const bands: ReadonlySet<unknown> = new Set(BAND_IDS);
const isString = (v: unknown): v is string => typeof v === 'string';
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function decodeScore(v: unknown): LastScore | null | undefined {
  if (v === null) return null;
  if (!Array.isArray(v) || v.length !== 6) return undefined;
  const value: unknown = v[0];
  const bandId: unknown = v[1];
  const bandLabel: unknown = v[2];
  const ghostWarning: unknown = v[3];
  const topReason: unknown = v[4];
  const scoredAt: unknown = v[5];
  if (typeof value !== 'number' || !(value >= 0 && value <= 100) || !bands.has(bandId) || !isText(bandLabel)) {
    return undefined;
  }
  if (typeof ghostWarning !== 'boolean' || !(topReason === null || isString(topReason)) || !isString(scoredAt)) {
    return undefined;
  }
  const score: LastScore = { value, bandId: bandId as BandId, bandLabel, ghostWarning, scoredAt };
  if (topReason !== null) score.topReason = topReason;
  return score;
}

function decodeMarks(v: unknown): PostingMarks | null | undefined {
  if (v === null) return null;
  if (!Array.isArray(v) || v.length !== 3 || !v.every((date) => date === null || isString(date))) return undefined;
  const [viewed, applied, reposted] = v as MarksRow;
  const marks: PostingMarks = {};
  if (viewed !== null) marks.viewed = viewed;
  if (applied !== null) marks.applied = applied;
  if (reposted !== null) marks.reposted = reposted;
  return marks;
}

/** A listing being built from a row: its fields set one by one, optional ones only when present. */
type Draft = { -readonly [K in keyof StoredPosting]?: StoredPosting[K] };

/**
 * The listing a row holds, frozen; undefined when the row is not of this layout. The rows were made from records
 * that passed the full check (guard.ts) when they were read or written, so this checks types and the address
 * only, not every date's format: about 2 ms for 10,000 rows, where the full check costs 8–9 ms in Chromium, a
 * third of the search's budget. Enough that a tampered row can neither crash a search nor link elsewhere than
 * the web. Fields are read by index and set by plain assignments: destructuring, slicing the row or spreading
 * optional fields each made it five to seven times slower on rows fresh from IndexedDB.
 */
export function decodeRow(row: unknown): StoredPosting | undefined {
  if (!Array.isArray(row) || row.length !== ROW_LENGTH) return undefined;
  const fields: readonly unknown[] = row;
  const source = fields[0];
  const id = fields[1];
  const url = fields[2];
  const title = fields[3];
  const titleKey = fields[4];
  const company = fields[5];
  const companyKey = fields[6];
  const locations = fields[7];
  const locationKey = fields[8];
  const postedAt = fields[9];
  const firstSeen = fields[10];
  const lastSeen = fields[11];
  const timesSeen = fields[12];
  const sightings = fields[13];
  const repostOf = fields[14];
  const savedAt = fields[16];
  if (!sources.has(source) || !isText(id) || !isString(url) || !WEB_ADDRESS.test(url) || !isText(title)) {
    return undefined;
  }
  if (!isString(titleKey) || !(company === null || isText(company)) || !(companyKey === null || isText(companyKey))) {
    return undefined;
  }
  if (!isTexts(locations) || !isString(locationKey) || !(postedAt === null || isString(postedAt))) return undefined;
  if (
    !isString(firstSeen) ||
    !isString(lastSeen) ||
    typeof timesSeen !== 'number' ||
    !Number.isSafeInteger(timesSeen)
  ) {
    return undefined;
  }
  if (timesSeen < 1 || !isStrings(sightings) || !(repostOf === null || isTexts(repostOf)) || !isString(savedAt)) {
    return undefined;
  }
  const lastScore = decodeScore(fields[15]);
  const marks = decodeMarks(fields[17]);
  if (lastScore === undefined || marks === undefined) return undefined;
  // In normalizeRecord's order, absent optional fields left out, as in the record itself.
  const draft: Draft = { key: `${source}:${id}`, source: source as Source, id, url, title, titleKey };
  if (company !== null) draft.company = company;
  if (companyKey !== null) draft.companyKey = companyKey;
  draft.locations = locations;
  draft.locationKey = locationKey;
  if (postedAt !== null) draft.postedAt = postedAt;
  draft.firstSeen = firstSeen;
  draft.lastSeen = lastSeen;
  draft.timesSeen = timesSeen;
  draft.sightings = sightings;
  if (repostOf !== null) draft.repostOf = repostOf;
  if (lastScore !== null) draft.lastScore = lastScore;
  draft.saved = { at: savedAt };
  if (marks !== null) draft.marks = marks;
  // Every required field is set above.
  return freezeListing(draft as StoredPosting);
}

function isHeader(v: unknown): v is Header {
  if (typeof v !== 'object' || v === null) return false;
  const { format, revision, problems } = v as Record<string, unknown>;
  return format === SNAPSHOT_FORMAT && typeof revision === 'number' && isStrings(problems);
}

/** The listings as of `revision`, or undefined when the snapshot is missing, of another revision or damaged. */
export async function readSnapshot(
  tx: Tx<IDBTransactionMode>,
  revision: number,
): Promise<{ postings: StoredPosting[]; problems: string[] } | undefined> {
  const meta = tx.objectStore('meta');
  const header = await meta.get(HEADER);
  if (!isHeader(header) || header.revision !== revision) return undefined;
  const chunks = await allRequests(
    Array.from({ length: CHUNKS }, (_, i) => chunkKey(i)),
    (key) => meta.get(key),
  );
  const postings: StoredPosting[] = [];
  for (const chunk of chunks) {
    if (!Array.isArray(chunk)) return undefined;
    for (const row of chunk) {
      const posting = decodeRow(row);
      if (!posting) return undefined;
      postings.push(posting);
    }
  }
  return { postings, problems: header.problems };
}

const isSaved = (p: StoredPosting): p is StoredPosting & { saved: { at: string } } => p.saved !== undefined;

/** Replaces the snapshot with `postings` (valid records, as read from the postings store) as of `revision`. */
export async function writeSnapshot(
  tx: Tx<'readwrite'>,
  revision: number,
  postings: readonly StoredPosting[],
  problems: readonly string[],
): Promise<void> {
  const chunks: Row[][] = Array.from({ length: CHUNKS }, () => []);
  for (const posting of postings) if (isSaved(posting)) chunks[chunkOf(posting.key)]?.push(encodeRow(posting));
  const meta = tx.objectStore('meta');
  const header: Header = { format: SNAPSHOT_FORMAT, revision, problems: [...problems] };
  await allRequests<() => Promise<unknown>, unknown>(
    [
      // Chunks of an older layout may be more than CHUNKS: none must be left to be read with these.
      () => meta.delete(allChunks()),
      () => meta.put(header, HEADER),
      ...chunks.map((rows, i) => () => meta.put(rows, chunkKey(i))),
    ],
    (write) => write(),
  );
}

/**
 * Brings a snapshot of revision `from` up to `to` by replacing the rows of the records just `written` (saved or
 * not), in the writer's own transaction: a change rewrites its chunk, about 1/16 of the snapshot. False, with
 * nothing changed, when there is no snapshot of revision `from` to patch or a written record fails the check.
 */
export async function patchSnapshot(
  tx: Tx<'readwrite'>,
  from: number,
  to: number,
  written: readonly StoredPosting[],
): Promise<boolean> {
  if (!written.every(isStoredPosting)) return false;
  const meta = tx.objectStore('meta');
  const header = await meta.get(HEADER);
  if (!isHeader(header) || header.revision !== from) return false;
  const byChunk = new Map<number, StoredPosting[]>();
  for (const posting of written) {
    const index = chunkOf(posting.key);
    const group = byChunk.get(index);
    if (group) group.push(posting);
    else byChunk.set(index, [posting]);
  }
  const indexes = [...byChunk.keys()];
  const chunks = await allRequests(indexes, (index) => meta.get(chunkKey(index)));
  const isRows = (chunk: unknown): chunk is unknown[][] => Array.isArray(chunk) && chunk.every(Array.isArray);
  if (!chunks.every(isRows)) return false;
  const next = chunks.map((chunk, i) => {
    const rows = new Map(chunk.map((row) => [`${row[0]}:${row[1]}`, row]));
    for (const posting of byChunk.get(indexes[i] as number) ?? []) {
      if (isSaved(posting)) rows.set(posting.key, encodeRow(posting));
      else rows.delete(posting.key);
    }
    return [...rows.values()];
  });
  await allRequests<() => Promise<unknown>, unknown>(
    [
      ...next.map((rows, i) => () => meta.put(rows, chunkKey(indexes[i] as number))),
      () => meta.put({ ...header, revision: to }, HEADER),
    ],
    (write) => write(),
  );
  return true;
}

/** Deletes the snapshot, header and chunks: the next search rebuilds it. Also what "clear all data" needs. */
export async function dropSnapshot(tx: Tx<'readwrite'>): Promise<void> {
  const meta = tx.objectStore('meta');
  await allRequests([HEADER, allChunks()], (keys) => meta.delete(keys));
}
