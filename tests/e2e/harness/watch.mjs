// The watch of saved listings, driven from the service worker: its alarms set off at once (chrome.alarms, whose
// handler is the extension's own), its records read from the extension's IndexedDB, and the minute its rate limit
// waits skipped, as rounds a day apart never meet it. Used by the real-browser suite, the demo and the benchmark.
import { waitUntil } from './extension.mjs';

export const ROUND_ALARM = 'still-hiring:watch-round';
export const NEXT_ALARM = 'still-hiring:watch-next';

/**
 * One operation on the extension's database inside the service worker (one function, as the worker gets the
 * function's text): `get` a posting's watch record (or null), `count` the watch records, `skip-minute` to empty the
 * record of the requests sent in the last minute, which is what a minute's wait does to the watch's limit.
 */
function inDatabase(worker, operation, key) {
  return worker.evaluate(
    ([op, k]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('still-hiring');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const done = (value) => {
            db.close();
            resolve(value);
          };
          const failed = (error) => {
            db.close();
            reject(error);
          };
          const tx = db.transaction(
            op === 'skip-minute' ? 'meta' : 'watch',
            op === 'skip-minute' ? 'readwrite' : 'readonly',
          );
          tx.onerror = () => failed(tx.error);
          if (op === 'get') {
            const get = tx.objectStore('watch').get(k);
            get.onsuccess = () => done(get.result ?? null);
          } else if (op === 'count') {
            const count = tx.objectStore('watch').count();
            count.onsuccess = () => done(count.result);
          } else {
            const meta = tx.objectStore('meta');
            const get = meta.get('watch');
            get.onsuccess = () => meta.put({ ...(get.result ?? { pauses: {} }), sent: [] }, 'watch');
            tx.oncomplete = () => done(undefined);
          }
        };
      }),
    [operation, key],
  );
}

/** The watch record of the posting `key` ("linkedin:4400000093"), or null. */
export const watchRecord = (worker, key) => inDatabase(worker, 'get', key);

/** How many postings have a watch record: each gets one at its first check. */
export const watchedCount = (worker) => inDatabase(worker, 'count');

/** Empties the watch's record of the requests sent in the last minute, as a minute's wait would. */
export const skipMinute = (worker) => inDatabase(worker, 'skip-minute');

/** Sets off the alarm `name` now, as Chrome does when its time comes; resolves with the moment (worker's clock). */
export function setOff(worker, name) {
  return worker.evaluate((n) => {
    const now = Date.now();
    // The daily alarm keeps its period, as the watch created it.
    chrome.alarms.create(n, n.endsWith('round') ? { when: now, periodInMinutes: 1440 } : { when: now });
    return now;
  }, name);
}

/** A record's checks, without the milestones between them (a date moved, closed). */
export const checksOf = (record) => record.history.filter((e) => ['listed', 'gone', 'unknown'].includes(e.kind));

/** Starts a new daily round and waits until the posting `key` has had `count` checks in all; returns its record. */
export async function runRound(worker, key, count) {
  await skipMinute(worker);
  await setOff(worker, ROUND_ALARM);
  return waitUntil(
    () => watchRecord(worker, key),
    (record) => record !== null && checksOf(record).length >= count,
    { what: `check ${count} of ${key}` },
  );
}
