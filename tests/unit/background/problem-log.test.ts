import { browser } from 'wxt/browser';
import { createProblemLog } from '@/lib/background/problem-log';

describe('problem log', () => {
  it('gives each problem once, in order, without duplicates', async () => {
    const log = createProblemLog();
    expect(await log.unseen(['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(await log.unseen(['a', 'b'])).toEqual([]);
    expect(await log.unseen(['a', 'b', 'c'])).toEqual(['c']);
  });

  it('remembers what was shown across restarts of the worker through the session storage', async () => {
    expect(await createProblemLog(browser.storage.session).unseen(['damaged record'])).toEqual(['damaged record']);
    const restarted = createProblemLog(browser.storage.session);
    expect(await restarted.unseen(['damaged record', 'storage full'])).toEqual(['storage full']);
  });

  it('ignores what it cannot read in storage, and keeps going when storage fails', async () => {
    await browser.storage.session.set({ 'problems:shown': 'not a list' });
    expect(await createProblemLog(browser.storage.session).unseen(['x'])).toEqual(['x']);
    const failing = { get: () => Promise.reject(new Error('gone')), set: () => Promise.reject(new Error('gone')) };
    const log = createProblemLog(failing);
    expect(await log.unseen(['y'])).toEqual(['y']);
    expect(await log.unseen(['y'])).toEqual([]);
  });

  it('forgets the oldest shown past 200', async () => {
    const log = createProblemLog(browser.storage.session);
    await log.unseen(Array.from({ length: 201 }, (_, n) => `p${n}`));
    const stored = (await browser.storage.session.get('problems:shown'))['problems:shown'] as string[];
    expect(stored).toHaveLength(200);
    expect(stored[0]).toBe('p1');
    expect(await log.unseen(['p0'])).toEqual(['p0']);
  });
});
