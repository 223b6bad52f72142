import { IDBFactory } from 'fake-indexeddb';
import { createDataStore } from '@/lib/options/data-store';
import { openStore } from '@/lib/store';
import { posting, staleDays } from '../store/helpers';

const NOW = new Date('2026-03-01T09:00:00.000Z');

async function dataStoreWith(name: string) {
  const factory = new IDBFactory();
  const source = await openStore({ name: `${name}-source`, factory });
  for (const id of ['a', 'b']) await source.recordSighting(posting({ id }), NOW, { staleDays });
  const store = await openStore({ name, factory });
  const data = createDataStore({ store: async () => store, now: () => NOW, download: () => undefined });
  return { data, file: await source.exportJson(NOW) };
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
