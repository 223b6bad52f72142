import { savedCsv } from './csv';
import { openDb } from './db';
import { listHidden, setHidden } from './hidden';
import { getCompanyHistory, getPosting } from './lookups';
import { clearAll, counts, prune } from './maintenance';
import { Problems } from './read';
import { postingKey } from './records';
import { listSaved, setSaved } from './saved';
import { SavedCache } from './saved-cache';
import { recordScore } from './scores';
import { readSightings, recordSighting, recordSightings, refinePosting } from './sighting';
import { recordSummary } from './summaries';
import { exportJson, importChecked, importJson } from './transfer';
import type { OpenStoreOptions, Store } from './types';
import { closedListings, getWatch, linkWatch, recordCheck, updateWatchState, watchRecords, watchState } from './watch';

export { STORAGE_FULL_PROBLEM } from './faults';
export { parseExport } from './transfer';
export type {
  CheckedExport,
  CompanyRecord,
  ExportFile,
  HiddenJob,
  ImportResult,
  LastScore,
  OpenStoreOptions,
  PostingMarks,
  SavedQuery,
  SavedSort,
  SightingResult,
  Store,
  StoreCounts,
  StoredPosting,
  StoredSummary,
} from './types';
export type { CheckRecording, ClosedListing, WatchState } from './watch';

/**
 * The extension's memory of postings and companies, in IndexedDB in the extension's own origin. The background
 * and extension pages open it; content scripts never do (their IndexedDB would be the job site's).
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const db = await openDb(opts);
  const problems = new Problems();
  const savedCache = new SavedCache();
  return {
    recordSighting: (posting, now, { staleDays }) => recordSighting(db, problems, posting, now, staleDays),
    recordSightings: (postings, now, { staleDays }) => recordSightings(db, problems, postings, now, staleDays),
    readSightings: (postings, now, { staleDays }) => readSightings(db, problems, postings, now, staleDays),
    refinePosting: (posting, now) => refinePosting(db, problems, posting, now),
    recordScore: (source, id, score, now) => recordScore(db, problems, source, id, score, now),
    recordSummary: (source, id, summary) => recordSummary(db, problems, source, id, summary),
    getPosting: (source, id) => getPosting(db, problems, source, id),
    getCompanyHistory: (key, now, { staleDays }) => getCompanyHistory(db, problems, key, now, staleDays),
    setSaved: (source, id, saved, now) => setSaved(db, problems, source, id, saved, now),
    listSaved: (query) => listSaved(db, problems, savedCache, query),
    setHidden: (source, id, hidden, now) => setHidden(db, problems, source, id, hidden, now),
    listHidden: () => listHidden(db, problems),
    exportJson: (now, listSettings) => exportJson(db, problems, now, listSettings),
    exportSavedCsv: async () => savedCsv(await listSaved(db, problems, savedCache)),
    importJson: (text) => importJson(db, problems, text),
    importChecked: (file) => importChecked(db, problems, file),
    clearAll: () => clearAll(db),
    prune: (retentionDays, now) => prune(db, problems, retentionDays, now),
    counts: () => counts(db),
    recordCheck: (source, id, link, verdict, now, extra) =>
      recordCheck(db, problems, postingKey(source, id), link, verdict, now, extra),
    linkWatch: (source, id, link) => linkWatch(db, problems, postingKey(source, id), link),
    getWatch: (source, id) => getWatch(db, problems, postingKey(source, id)),
    watchRecords: () => watchRecords(db, problems),
    closedListings: () => closedListings(db, problems),
    watchState: () => watchState(db),
    updateWatchState: (change) => updateWatchState(db, change),
    problems: () => problems.list(),
    close: () => db.close(),
  };
}
