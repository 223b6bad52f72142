import { browser } from 'wxt/browser';
import { createTabResults } from '@/lib/background/tab-results';
import { makeResult } from '../helpers/results';

describe('tab results', () => {
  it('keeps results per tab and mirrors them to storage.session', async () => {
    const tabs = createTabResults(browser.storage.session);
    const result = makeResult();
    await tabs.set(3, result);
    expect(await tabs.get(3)).toEqual(result);
    expect(await tabs.get(4)).toBeUndefined();
    expect(await browser.storage.session.get('tab:3')).toEqual({ 'tab:3': result });
    await tabs.delete(3);
    expect(await tabs.get(3)).toBeUndefined();
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it('answers from storage.session after the service worker restarted', async () => {
    const result = makeResult();
    await createTabResults(browser.storage.session).set(3, result);
    const restarted = createTabResults(browser.storage.session);
    expect(await restarted.get(3)).toEqual(result);
    expect(await restarted.all()).toEqual([[3, result]]);
  });

  it('skips unreadable entries and keys that are not its own', async () => {
    await browser.storage.session.set({ 'tab:3': { posting: 'garbage' }, other: 1, 'tab:x': makeResult() });
    expect(await createTabResults(browser.storage.session).all()).toEqual([]);
  });
});
