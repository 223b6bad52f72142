import { type DBSchema, type IDBPDatabase, type IDBPTransaction, wrap } from 'idb';
import type { WatchRecord } from '@/lib/watch/record';
import { upgrade } from './migrations';
import type { CompanyRecord, HiddenJob, OpenStoreOptions, StoredPosting } from './types';

export const DEFAULT_DB_NAME = 'still-hiring';
export const DB_VERSION = 4;

/** The current layout. Values are typed as written; reads still validate them (see read.ts). */
export interface StillHiringDB extends DBSchema {
  postings: {
    key: string;
    value: StoredPosting;
    indexes: {
      byCompany: string;
      byRole: [string, string, string];
      bySaved: string;
      byLastSeen: string;
    };
  };
  companies: { key: string; value: CompanyRecord };
  /** Checks of postings on their employer's ATS (watch.ts); the byClosed index holds only those that closed. */
  watch: { key: string; value: WatchRecord; indexes: { byClosed: string } };
  /**
   * Named values: the saved-listings revision (saved-cache.ts) and snapshot (saved-snapshot.ts). Typed unknown,
   * since each is checked when read back.
   */
  meta: { key: string; value: unknown };
  /** Jobs the user hid from job lists, by posting key. */
  hiddenJobs: { key: string; value: HiddenJob };
}

export type StoreName = 'postings' | 'companies' | 'meta' | 'hiddenJobs' | 'watch';
export type Db = IDBPDatabase<StillHiringDB>;
/** A transaction that may write any store: a normal readwrite one, or the upgrade's. */
export type WriteTx = IDBPTransaction<StillHiringDB, StoreName[], 'readwrite' | 'versionchange'>;
export type ReadWriteTx = IDBPTransaction<StillHiringDB, StoreName[], 'readwrite'>;
export type UpgradeTx = IDBPTransaction<StillHiringDB, StoreName[], 'versionchange'>;

/** Opens (creating or upgrading) the database through `factory`, which idb's openDB cannot take. */
export function openDb(opts: OpenStoreOptions = {}): Promise<Db> {
  const factory = opts.factory ?? indexedDB;
  const request = factory.open(opts.name ?? DEFAULT_DB_NAME, DB_VERSION);
  let upgradeError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    // An aborted upgrade is reported through the open request below.
    tx.done.catch(() => undefined);
    upgrade(wrap(request.result) as unknown as Db, event.oldVersion, tx).catch((error: unknown) => {
      // Leave the database at its old version rather than half migrated.
      upgradeError = error;
      tx.abort();
    });
  });
  return (wrap(request) as unknown as Promise<Db>).catch((error: unknown) => {
    throw upgradeError ?? error;
  });
}

/**
 * Runs `work` in one transaction and resolves once it has committed. `work` must await IndexedDB requests only:
 * awaiting anything else lets the transaction auto-commit early. On failure the transaction is aborted, so
 * nothing of it is written, and the error is rethrown.
 */
export async function inTransaction<Mode extends 'readonly' | 'readwrite', T>(
  db: Db,
  stores: StoreName[],
  mode: Mode,
  work: (tx: IDBPTransaction<StillHiringDB, StoreName[], Mode>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, mode);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    // The rejection of `done` is this same failure; handled here so it is not reported as unhandled.
    tx.done.catch(() => undefined);
    abortQuietly(tx);
    throw error;
  }
}

/**
 * Issues one request per item without waiting between them, then waits for all: far fewer round trips than
 * one await per request. If issuing one throws, the transaction aborts and the requests already issued fail with
 * it; their failures are handled here, so the caller sees the first error alone.
 */
export async function allRequests<T, R>(items: readonly T[], request: (item: T) => Promise<R>): Promise<R[]> {
  const pending: Promise<R>[] = [];
  try {
    for (const item of items) pending.push(request(item));
  } catch (error) {
    for (const issued of pending) issued.catch(() => undefined);
    throw error;
  }
  return Promise.all(pending);
}

function abortQuietly(tx: IDBPTransaction<StillHiringDB, StoreName[], IDBTransactionMode>): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed request, or already finished: either way nothing more to undo.
  }
}
