import { describe, expect, it } from 'vitest';
import { settingsFromStorage, validateSettings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings-storage';

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('refuses thresholds that are not strictly descending, naming the field', () => {
    const r = validateSettings({ ...DEFAULT_SETTINGS, bands: { active: 80, likely: 80, uncertain: 50, stale: 35 } });
    expect(r).toEqual({ ok: false, errors: { 'bands.likely': 'Likely Active must start below Actively Hiring (80)' } });
  });

  it('refuses values outside 0-100 and fractions with a sentence', () => {
    const r = validateSettings({ ...DEFAULT_SETTINGS, ghostThreshold: 120 });
    expect(r).toEqual({ ok: false, errors: { ghostThreshold: 'The ghost warning threshold must be 100 or less' } });
    const f = validateSettings({ ...DEFAULT_SETTINGS, staleDays: 10.5 });
    expect(f).toEqual({ ok: false, errors: { staleDays: 'The stale point must be a whole number of days' } });
  });
});

describe('settingsFromStorage', () => {
  it('keeps valid fields and replaces a bad one with its default', () => {
    const s = settingsFromStorage({ staleDays: 90, ghostThreshold: 'lots', sites: { linkedin: false } });
    expect(s.staleDays).toBe(90);
    expect(s.ghostThreshold).toBe(DEFAULT_SETTINGS.ghostThreshold);
    expect(s.sites).toEqual({ ...DEFAULT_SETTINGS.sites, linkedin: false });
  });

  it('reads the summaries mode, and falls back to summarizing on the device for an unknown one', () => {
    expect(settingsFromStorage({ summaries: 'off' }).summaries).toBe('off');
    expect(settingsFromStorage({ summaries: 'cloud' }).summaries).toBe('on-device');
    expect(validateSettings({ ...DEFAULT_SETTINGS, summaries: 'cloud' })).toEqual({
      ok: false,
      errors: { summaries: 'Summaries must be on-device, extractive or off' },
    });
  });

  it('falls back to the defaults for garbage', () => {
    expect(settingsFromStorage('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings storage', () => {
  it('saves valid settings, refuses invalid ones without writing, and tells watchers', async () => {
    const seen: number[] = [];
    const stop = watchSettings((s) => seen.push(s.staleDays));
    expect((await saveSettings({ ...DEFAULT_SETTINGS, staleDays: 45 })).ok).toBe(true);
    expect((await saveSettings({ ...DEFAULT_SETTINGS, staleDays: 2 })).ok).toBe(false);
    expect((await loadSettings()).staleDays).toBe(45);
    stop();
    expect(seen).toEqual([45]);
  });
});
