import { createSettingsStore } from '@/lib/options/settings-store';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings-storage';

describe('settings store', () => {
  it('saves an edit still waiting for its pause when flushed (the page closed or hidden), and an invalid one never', async () => {
    const store = createSettingsStore({
      load: loadSettings,
      save: saveSettings,
      watch: watchSettings,
      download: vi.fn(),
      saveDelayMs: 60_000,
    });
    await store.start();
    store.setNumber('staleDays', '90');
    expect(store.status.value).toBe('pending');
    store.flush();
    await vi.waitFor(async () => expect((await loadSettings()).staleDays).toBe(90));
    await vi.waitFor(() => expect(store.status.value).toBe('saved'));

    store.setNumber('staleDays', '3');
    expect(store.status.value).toBe('invalid');
    store.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await loadSettings()).staleDays).toBe(90);
    expect(DEFAULT_SETTINGS.staleDays).not.toBe(90);
  });
});
