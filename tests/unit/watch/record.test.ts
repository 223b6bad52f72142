import type { EmployerLink, Verdict } from '@/lib/ats/types';
import {
  afterCheck,
  byOldestCheck,
  CONFIRM_AFTER_MS,
  isDue,
  MAX_FAILURES,
  MAX_WATCH_HISTORY,
  newWatchRecord,
  type WatchRecord,
} from '@/lib/watch/record';

const START = new Date('2026-10-01T08:00:00Z');
const at = (minutes: number) => new Date(START.getTime() + minutes * 60_000);
const link: EmployerLink = { ats: 'lever', url: 'https://jobs.lever.co/acme/11111111-1111-4111-8111-111111111111' };
const repost: EmployerLink = { ats: 'lever', url: 'https://jobs.lever.co/acme/22222222-2222-4222-8222-222222222222' };

const listed = (posted?: string): Verdict => ({
  state: 'listed',
  title: 'Data Engineer',
  ...(posted ? { posted } : {}),
});
const gone: Verdict = { state: 'gone', reason: 'Lever answers 404' };
const offline: Verdict = { state: 'unknown', reason: 'Lever could not be reached' };

/** Runs checks in order, `minutes` apart from START, from a fresh record. */
function run(...checks: [minutes: number, verdict: Verdict, found?: EmployerLink][]): WatchRecord {
  return checks.reduce(
    (record, [minutes, verdict, found]) => afterCheck(record, verdict, at(minutes), found),
    newWatchRecord('lever:x', link),
  );
}

describe('afterCheck', () => {
  it('keeps a listed posting with its date and title, and notes when the date moves', () => {
    const record = run([0, listed('2026-09-01T00:00:00.000Z')], [1440, listed('2026-09-20T00:00:00.000Z')]);
    expect(record).toMatchObject({ state: 'listed', title: 'Data Engineer', postedAt: '2026-09-20T00:00:00.000Z' });
    expect(record.history.map((entry) => entry.kind)).toEqual(['listed', 'listed', 'date-changed']);
    expect(record.history[2]).toEqual({
      at: at(1440).toISOString(),
      kind: 'date-changed',
      from: '2026-09-01T00:00:00.000Z',
      to: '2026-09-20T00:00:00.000Z',
    });
  });

  it('closes a listing only on the second gone answer in a row, dated from the first', () => {
    const once = run([0, listed()], [1440, gone]);
    expect(once).toMatchObject({ state: 'gone', goneStreak: 1, goneSince: at(1440).toISOString() });
    expect(once.closedAt).toBeUndefined();
    expect(once.confirmAt).toBe(new Date(at(1440).getTime() + CONFIRM_AFTER_MS).toISOString());
    expect(once.retryAt).toBeUndefined();
    const twice = afterCheck(once, gone, at(1470));
    expect(twice.closedAt).toBe(at(1440).toISOString());
    expect(twice.history.at(-1)).toEqual({ at: at(1470).toISOString(), kind: 'closed', since: at(1440).toISOString() });
    // Later gone answers keep it closed from the same moment, with no second closing.
    const thrice = afterCheck(twice, gone, at(2880));
    expect(thrice.closedAt).toBe(at(1440).toISOString());
    expect(thrice.history.filter((entry) => entry.kind === 'closed')).toHaveLength(1);
  });

  it('never closes on failed checks, whatever their number, nor counts them between two gone answers', () => {
    let record = run([0, listed()]);
    for (let i = 1; i <= 10; i++) record = afterCheck(record, offline, at(i * 60));
    expect(record.state).toBe('listed');
    expect(record.closedAt).toBeUndefined();
    const interrupted = run([0, gone], [30, offline], [60, offline]);
    expect(interrupted).toMatchObject({ goneStreak: 1, failures: 2 });
    expect(interrupted.closedAt).toBeUndefined();
    expect(afterCheck(interrupted, gone, at(120)).closedAt).toBe(at(0).toISOString());
    // A listed answer in between starts the count again.
    expect(run([0, gone], [30, listed()], [60, gone]).closedAt).toBeUndefined();
  });

  it('waits longer after each failure, at least as long as a rate limit asks, and gives up for the round', () => {
    const first = run([0, offline]);
    expect(first.retryAt).toBe(at(10).toISOString());
    expect(first.checkedAt).toBeUndefined();
    expect(afterCheck(first, offline, at(10)).retryAt).toBe(at(30).toISOString());
    const limited = run([0, { state: 'unknown', reason: 'rate limit', retryAfterMs: 3 * 3_600_000 }]);
    expect(limited.retryAt).toBe(at(180).toISOString());
    let record = newWatchRecord('lever:x', link);
    for (let i = 0; i < MAX_FAILURES; i++) record = afterCheck(record, offline, at(i));
    expect(record.checkedAt).toBe(at(MAX_FAILURES - 1).toISOString());
    expect(afterCheck(record, listed(), at(100))).toMatchObject({ failures: 0 });
    expect(afterCheck(record, listed(), at(100)).retryAt).toBeUndefined();
  });

  it('follows a repost: the same title under a new id is listed, not closed', () => {
    const record = run([0, listed()], [1440, gone], [1470, gone, repost]);
    expect(record).toMatchObject({ link: repost, state: 'listed', goneStreak: 0 });
    expect(record.closedAt).toBeUndefined();
    expect(record.history.at(-1)).toEqual({ at: at(1470).toISOString(), kind: 'reposted', url: repost.url });
  });

  it('notes a closed listing that comes back', () => {
    const record = run([0, gone], [30, gone], [1440, listed()]);
    expect(record.closedAt).toBeUndefined();
    expect(record.history.map((entry) => entry.kind)).toEqual(['gone', 'gone', 'closed', 'listed', 'returned']);
  });

  it(`keeps the last ${MAX_WATCH_HISTORY} entries`, () => {
    let record = newWatchRecord('lever:x', link);
    for (let i = 0; i < MAX_WATCH_HISTORY + 10; i++) record = afterCheck(record, listed(), at(i * 1440));
    expect(record.history).toHaveLength(MAX_WATCH_HISTORY);
    expect(record.history.at(-1)?.at).toBe(at((MAX_WATCH_HISTORY + 9) * 1440).toISOString());
  });

  it('writes no undefined field, which IndexedDB would keep', () => {
    const record = run([0, gone], [30, gone], [60, offline], [1440, listed()]);
    expect(Object.values(record).includes(undefined)).toBe(false);
    expect(Object.keys(record)).not.toContain('closedAt');
  });
});

describe('isDue', () => {
  const round = at(0).getTime();

  it('asks a listing never checked, or last checked before the round began', () => {
    expect(isDue(newWatchRecord('lever:x', link), round, at(0))).toBe(true);
    const before = afterCheck(newWatchRecord('lever:x', link), listed(), at(-60));
    expect(isDue(before, round, at(0))).toBe(true);
    const during = afterCheck(newWatchRecord('lever:x', link), listed(), at(5));
    expect(isDue(during, round, at(10))).toBe(false);
  });

  it('asks a first gone answer again once the confirmation delay has passed, in the same round', () => {
    const once = afterCheck(newWatchRecord('lever:x', link), gone, at(5));
    expect(isDue(once, round, at(10))).toBe(false);
    expect(isDue(once, round, at(5 + CONFIRM_AFTER_MS / 60_000))).toBe(true);
    expect(isDue(afterCheck(once, gone, at(40)), round, at(100))).toBe(false);
    // A new round asks it anyway: a day is later enough.
    expect(isDue(once, at(6).getTime(), at(6))).toBe(true);
    // A failed confirmation waits for its retry time, not for the confirmation's.
    const failed = afterCheck(once, offline, at(5 + CONFIRM_AFTER_MS / 60_000));
    expect(failed.confirmAt).toBeDefined();
    expect(isDue(failed, round, at(40))).toBe(false);
    expect(isDue(failed, round, at(45))).toBe(true);
  });

  it('waits out the retry time of a failed check', () => {
    const failed = afterCheck(newWatchRecord('lever:x', link), offline, at(0));
    expect(isDue(failed, round, at(5))).toBe(false);
    expect(isDue(failed, round, at(10))).toBe(true);
  });
});

it('orders the oldest check first, never-checked ones before all', () => {
  const records = [
    afterCheck(newWatchRecord('b', link), listed(), at(30)),
    newWatchRecord('a', link),
    afterCheck(newWatchRecord('c', link), listed(), at(10)),
  ];
  expect(records.sort(byOldestCheck).map((record) => record.key)).toEqual(['a', 'c', 'b']);
});
