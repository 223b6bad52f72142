import { rebuildCompanies } from './companies';
import type { Db, UpgradeTx } from './db';
import { Problems } from './read';
import { normalizeRecord } from './records';
import { StoredPostingSchema } from './schema';
import type { StoredPosting } from './types';

/**
 * Layout history. Each step takes the database from the version before it; a fresh install runs them all.
 *
 * v1: `postings` keyed by `source:id`, indexed byCompany. A record held the posting's fields, first and last
 *     seen, times seen, the last score and saved; no normalized title or location, no sighting dates.
 * v2: records gain titleKey, locationKey, sightings and repostOf; new indexes byRole (repost detection),
 *     bySaved and byLastSeen (saved listings and retention without scans); a `companies` store of running
 *     figures; a `meta` store for the saved-listings revision. Existing records are backfilled, their reposts
 *     detected and their companies computed.
 * v3: a `hiddenJobs` store (jobs hidden from job lists, keyed by posting key). Records may carry `marks` (viewed,
 *     applied, reposted), an optional field: nothing to backfill.
 * v4: a `watch` store of checks on the employers' ATS (watch.ts), keyed like postings, indexed byClosed.
 */
export async function upgrade(db: Db, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) await migrateToV2(db, tx);
  if (oldVersion < 3) db.createObjectStore('hiddenJobs', { keyPath: 'key' });
  if (oldVersion < 4) createV4(db);
}

function createV4(db: Db): void {
  db.createObjectStore('watch', { keyPath: 'key' }).createIndex('byClosed', 'closedAt');
}

function createV1(db: Db): void {
  db.createObjectStore('postings', { keyPath: 'key' }).createIndex('byCompany', 'companyKey');
}

/** A v1 record with the v2 fields added, or undefined when it is not a readable posting (then it is left as is). */
function toV2(v1: unknown): StoredPosting | undefined {
  if (typeof v1 !== 'object' || v1 === null) return undefined;
  const record = v1 as Record<string, unknown>;
  const parsed = StoredPostingSchema.safeParse({
    ...record,
    // Placeholders: normalizeRecord computes both from the title and locations.
    titleKey: '',
    locationKey: '',
    // v1 kept only the first and last sighting dates: they start the timeline.
    sightings: [record.firstSeen, record.lastSeen],
  });
  return parsed.success ? normalizeRecord(parsed.data) : undefined;
}

async function migrateToV2(db: Db, tx: UpgradeTx): Promise<void> {
  const postings = tx.objectStore('postings');
  postings.createIndex('byRole', ['companyKey', 'titleKey', 'locationKey']);
  postings.createIndex('bySaved', 'saved.at');
  postings.createIndex('byLastSeen', 'lastSeen');
  db.createObjectStore('companies', { keyPath: 'key' });
  db.createObjectStore('meta');

  const companies = new Set<string>();
  let cursor = await postings.openCursor();
  while (cursor) {
    const record = toV2(cursor.value);
    if (record) {
      await cursor.update(record);
      if (record.companyKey) companies.add(record.companyKey);
    }
    cursor = await cursor.continue();
  }
  // Damaged records stay untouched; the store reports them when it reads them.
  await rebuildCompanies(tx, companies, new Problems());
}
