import { allBands, bandFor } from '@/lib/score';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';

describe('bands', () => {
  it('lists the five bands with their ranges, en dash included', () => {
    expect(allBands(DEFAULT_SETTINGS).map((band) => band.label)).toEqual([
      'Actively Hiring (80–100)',
      'Likely Active (65–79)',
      'Uncertain (50–64)',
      'Possibly Stale (35–49)',
      'Likely Ghost (0–34)',
    ]);
  });

  it.each([
    [100, 'active'],
    [80, 'active'],
    [79, 'likely'],
    [65, 'likely'],
    [64, 'uncertain'],
    [50, 'uncertain'],
    [49, 'stale'],
    [35, 'stale'],
    [34, 'ghost'],
    [0, 'ghost'],
  ])('puts %i in %s', (value, id) => {
    expect(bandFor(value, DEFAULT_SETTINGS).id).toBe(id);
  });

  it('follows user thresholds', () => {
    const settings = { ...DEFAULT_SETTINGS, bands: { active: 90, likely: 70, uncertain: 40, stale: 10 } };
    expect(bandFor(89, settings).label).toBe('Likely Active (70–89)');
    expect(bandFor(9, settings).label).toBe('Likely Ghost (0–9)');
    expect(allBands(settings).map((band) => [band.min, band.max])).toEqual([
      [90, 100],
      [70, 89],
      [40, 69],
      [10, 39],
      [0, 9],
    ]);
  });
});
