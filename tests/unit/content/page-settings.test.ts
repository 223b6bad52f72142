import fc from 'fast-check';
import { pageSettingsFrom } from '@/lib/content/page-settings';
import { settingsFromStorage } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';

/** What the background makes of the same stored value, cut down to what a content script reads. */
function asTheBackgroundReadsIt(stored: unknown) {
  const settings = settingsFromStorage(stored);
  return {
    sites: settings.sites,
    lists: { mode: settings.lists.mode, threshold: settings.lists.threshold ?? settings.ghostThreshold },
    blockedCompanies: settings.blockedCompanies,
    rules: settings.listRules,
  };
}

const part = ({ sites, lists, blockedCompanies, rules }: ReturnType<typeof pageSettingsFrom>) => ({
  sites,
  lists,
  blockedCompanies,
  rules,
});

describe('pageSettingsFrom', () => {
  it('gives the defaults when nothing, or something that is not settings, is stored', () => {
    for (const stored of [undefined, null, 'settings', 42, []]) {
      expect(part(pageSettingsFrom(stored))).toEqual({
        sites: DEFAULT_SETTINGS.sites,
        lists: { mode: 'show', threshold: 50 },
        blockedCompanies: [],
        rules: DEFAULT_SETTINGS.listRules,
      });
    }
  });

  it('takes each card rule whole or its default, one bad rule never resetting the others', () => {
    const listRules = {
      ...DEFAULT_SETTINGS.listRules,
      viewed: 'hide',
      applied: 'blur',
      olderThan: { mode: 'dim', days: 0 },
      applicants: { mode: 'hide', count: 50 },
      keywords: { mode: 'dim', terms: ['intern'] },
      duplicates: 'yes',
    };
    const expected = {
      ...DEFAULT_SETTINGS.listRules,
      viewed: 'hide',
      applicants: { mode: 'hide', count: 50 },
      keywords: { mode: 'dim', terms: ['intern'] },
    };
    expect(pageSettingsFrom({ ...DEFAULT_SETTINGS, listRules }).rules).toEqual(expected);
    expect(settingsFromStorage({ ...DEFAULT_SETTINGS, listRules }).listRules).toEqual(expected);
  });

  it('changes `scoring` with the keywords only while their rule is on, and not between dim and hide', () => {
    const withKeywords = (mode: string, terms: string[]) =>
      pageSettingsFrom({ ...DEFAULT_SETTINGS, listRules: { ...DEFAULT_SETTINGS.listRules, keywords: { mode, terms } } })
        .scoring;
    const base = pageSettingsFrom(DEFAULT_SETTINGS).scoring;
    expect(withKeywords('show', ['intern'])).toBe(base);
    expect(withKeywords('hide', ['intern'])).not.toBe(base);
    expect(withKeywords('dim', ['intern'])).toBe(withKeywords('hide', ['intern']));
    expect(withKeywords('dim', ['staff'])).not.toBe(withKeywords('dim', ['intern']));
  });

  it('reads sites, list mode, the list threshold (else the ghost threshold) and the blocked companies', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      ghostThreshold: 40,
      sites: { ...DEFAULT_SETTINGS.sites, lever: false },
      lists: { mode: 'hide', threshold: null },
      blockedCompanies: ['acme'],
    };
    expect(part(pageSettingsFrom(stored))).toEqual({
      sites: { ...DEFAULT_SETTINGS.sites, lever: false },
      lists: { mode: 'hide', threshold: 40 },
      blockedCompanies: ['acme'],
      rules: DEFAULT_SETTINGS.listRules,
    });
    expect(pageSettingsFrom({ ...stored, lists: { mode: 'dim', threshold: 70 } }).lists).toEqual({
      mode: 'dim',
      threshold: 70,
    });
  });

  it('drops a bad field whole and keeps the others, as the background does', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      sites: { lever: false, workday: 'yes' },
      lists: { mode: 'blur', threshold: 20 },
      ghostThreshold: 30,
      blockedCompanies: ['acme', ''],
    };
    expect(part(pageSettingsFrom(stored))).toEqual({
      sites: DEFAULT_SETTINGS.sites,
      lists: { mode: 'show', threshold: 30 },
      blockedCompanies: [],
      rules: DEFAULT_SETTINGS.listRules,
    });
    expect(part(pageSettingsFrom(stored))).toEqual(asTheBackgroundReadsIt(stored));
  });

  it('changes `scoring` with the bands, the ghost threshold and the stale point only', () => {
    const base = pageSettingsFrom(undefined).scoring;
    expect(pageSettingsFrom(DEFAULT_SETTINGS).scoring).toBe(base);
    expect(pageSettingsFrom({ ...DEFAULT_SETTINGS, staleDays: 30 }).scoring).not.toBe(base);
    expect(pageSettingsFrom({ ...DEFAULT_SETTINGS, ghostThreshold: 45 }).scoring).not.toBe(base);
    expect(
      pageSettingsFrom({ ...DEFAULT_SETTINGS, bands: { ...DEFAULT_SETTINGS.bands, likely: 70 } }).scoring,
    ).not.toBe(base);
    expect(pageSettingsFrom({ ...DEFAULT_SETTINGS, lists: { mode: 'hide', threshold: 10 } }).scoring).toBe(base);
  });

  it('agrees with the zod reader of the background on whatever storage holds', () => {
    const anyValue = fc.oneof(fc.anything(), fc.boolean(), fc.integer({ min: -5, max: 105 }), fc.constant(null));
    const stored = fc.record(
      {
        ghostThreshold: fc.oneof(fc.integer({ min: 0, max: 100 }), anyValue),
        sites: fc.oneof(
          fc.record(
            { lever: fc.oneof(fc.boolean(), anyValue), workday: fc.boolean(), linkedin: fc.boolean() },
            {
              requiredKeys: [],
            },
          ),
          anyValue,
        ),
        lists: fc.oneof(
          fc.record(
            {
              mode: fc.oneof(fc.constantFrom('show', 'dim', 'hide'), anyValue),
              threshold: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null), anyValue),
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
        blockedCompanies: fc.oneof(fc.array(fc.string()), fc.array(fc.string({ minLength: 1 })), anyValue),
        listRules: fc.oneof(
          fc.record(
            {
              viewed: fc.oneof(fc.constantFrom('show', 'dim', 'hide'), anyValue),
              promoted: fc.constantFrom('show', 'dim', 'hide'),
              olderThan: fc.oneof(
                fc.record({ mode: fc.constantFrom('dim', 'hide'), days: fc.integer({ min: -1, max: 400 }) }),
                anyValue,
              ),
              applicants: fc.record({
                mode: fc.oneof(fc.constant('dim'), anyValue),
                count: fc.integer({ min: 0, max: 9 }),
              }),
              // Plain words only: expressions are checked by the background's engine alone (see rulesOf).
              keywords: fc.oneof(
                fc.record({
                  mode: fc.constantFrom('show', 'hide'),
                  terms: fc.array(fc.constantFrom('intern', 'sales')),
                }),
                anyValue,
              ),
              duplicates: fc.oneof(fc.boolean(), anyValue),
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(stored, (value) => {
        expect(part(pageSettingsFrom(value))).toEqual(asTheBackgroundReadsIt(value));
      }),
      { numRuns: 1000 },
    );
  });
});
