import { IDBFactory } from 'fake-indexeddb';
import { createDataStore } from '@/lib/options/data-store';
import { listSettingsOf } from '@/lib/options/list-settings-transfer';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { openStore } from '@/lib/store';
import { posting, staleDays } from '../store/helpers';

const NOW = new Date('2026-03-01T09:00:00.000Z');

/** The job-list settings of the browser the file comes from. */
const THEIRS: Settings = {
  ...DEFAULT_SETTINGS,
  lists: { mode: 'dim', threshold: 40 },
  listRules: {
    ...DEFAULT_SETTINGS.listRules,
    viewed: 'hide',
    keywords: { mode: 'hide', terms: ['intern', '/\\bstaff\\b/i'] },
    duplicates: true,
  },
  blockedCompanies: ['globex'],
};

async function dataStoreWith(name: string) {
  const factory = new IDBFactory();
  const source = await openStore({ name: `${name}-source`, factory });
  for (const id of ['a', 'b']) await source.recordSighting(posting({ id }), NOW, { staleDays });
  await source.setHidden('lever', 'b', true, NOW);
  const store = await openStore({ name, factory });
  const send = vi.fn(async ({ source: site, id, hidden }: { source: 'lever'; id: string; hidden: boolean }) => {
    const done = await store.setHidden(site, id, hidden, NOW);
    return done.ok ? { ok: true as const, hidden } : done;
  });
  const data = createDataStore({
    store: async () => store,
    settings: { load: loadSettings, save: saveSettings },
    send: send as never,
    now: () => NOW,
    download: () => undefined,
  });
  return { data, store, send, file: await source.exportJson(NOW, listSettingsOf(THEIRS)) };
}

describe('the options page import message', () => {
  it('says "Nothing was imported" once when the storage is full', async () => {
    const { data, file } = await dataStoreWith('full');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await data.importText(file);
    vi.restoreAllMocks();
    expect(data.message.value).toEqual({
      tone: 'error',
      text: "Nothing was imported. Your browser's storage is full. Free some space or clear old history, then try again.",
    });
  });

  it('says it once for any other failed write too', async () => {
    const { data, file } = await dataStoreWith('broken');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk went away.', 'UnknownError');
    });
    await data.importText(file);
    vi.restoreAllMocks();
    expect(data.message.value?.text).toBe('Nothing was imported. The file could not be written (The disk went away.).');
  });

  it('names the first bad record of a refused file after it', async () => {
    const { data, file } = await dataStoreWith('bad');
    const bad = JSON.parse(file);
    bad.postings[1].url = 'not a url';
    await data.importText(JSON.stringify(bad));
    expect(data.message.value?.text).toMatch(/^Nothing was imported\. Record 2 \(lever:b\): url: /);
    expect(data.message.value?.text.match(/Nothing was imported/g)).toHaveLength(1);
  });
});

describe('the job-list settings and hidden jobs in the data', () => {
  it('export with everything else, and import all of it: hidden jobs added, keywords and companies joined', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      listRules: { ...DEFAULT_SETTINGS.listRules, keywords: { mode: 'dim', terms: ['intern', 'sales'] } },
      blockedCompanies: ['acme'],
    });
    const { data, store, file } = await dataStoreWith('round-trip');
    const exported = JSON.parse(file);
    expect(exported.version).toBe(2);
    expect(exported.hiddenJobs).toEqual([expect.objectContaining({ key: 'lever:b', title: 'Senior Engineer' })]);
    await data.importText(file);
    expect(data.message.value).toEqual({
      tone: 'info',
      text: 'Imported: merged 2 postings, 1 company, 1 hidden job and the job-list settings.',
    });
    const settings = await loadSettings();
    expect(settings.lists).toEqual({ mode: 'dim', threshold: 40 });
    expect(settings.listRules.viewed).toBe('hide');
    expect(settings.listRules.keywords).toEqual({ mode: 'hide', terms: ['intern', 'sales', '/\\bstaff\\b/i'] });
    expect(settings.blockedCompanies).toEqual(['acme', 'globex']);
    expect((await store.listHidden()).map((job) => job.key)).toEqual(['lever:b']);
    expect(data.hiddenJobs.value?.map((job) => job.key)).toEqual(['lever:b']);
  });

  it('refuse the whole file for a bad list setting, naming it, and change nothing', async () => {
    const { data, store, file } = await dataStoreWith('bad-rule');
    const bad = JSON.parse(file);
    bad.listSettings.listRules.keywords.terms = ['ok', '/(a/'];
    await data.importText(JSON.stringify(bad));
    expect(data.message.value?.text).toBe(
      'Nothing was imported. List settings: listRules.keywords.terms.1: /(a/ is not an expression Still Hiring can use: missing closing ): `(a` (look-arounds and back-references are not supported)',
    );
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await store.counts()).toMatchObject({ postings: 0, hiddenJobs: 0 });
  });

  it('refuse a bad hidden job by its number and key', async () => {
    const { data, file } = await dataStoreWith('bad-hidden');
    const bad = JSON.parse(file);
    bad.hiddenJobs[0].hiddenAt = 'yesterday';
    await data.importText(JSON.stringify(bad));
    expect(data.message.value?.text).toBe('Nothing was imported. Hidden job 1 (lever:b): hiddenAt: Invalid ISO date');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('put the settings back when the data cannot be written', async () => {
    const { data, file } = await dataStoreWith('settings-back');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk went away.', 'UnknownError');
    });
    await data.importText(file);
    vi.restoreAllMocks();
    expect(data.message.value?.tone).toBe('error');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('show a hidden job again through the background, and list what is left', async () => {
    const { data, store, send } = await dataStoreWith('unhide');
    await store.recordSighting(posting({ id: 'c' }), NOW, { staleDays });
    await store.setHidden('lever', 'c', true, NOW);
    await data.refresh();
    const [job] = data.hiddenJobs.value ?? [];
    expect(job?.key).toBe('lever:c');
    await data.unhide(job as NonNullable<typeof job>);
    expect(send).toHaveBeenCalledWith({ type: 'job:set-hidden', source: 'lever', id: 'c', hidden: false });
    expect(data.message.value).toEqual({ tone: 'info', text: '"Senior Engineer" shows on job lists again.' });
    expect(data.hiddenJobs.value).toEqual([]);
  });
});
