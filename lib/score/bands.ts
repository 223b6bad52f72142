import type { Band } from '@/lib/score/types';
import { BAND_IDS, BAND_NAMES, type BandId, type Settings } from '@/lib/settings';

/** The five bands for these thresholds, best first: "Actively Hiring (80–100)" … "Likely Ghost (0–34)". */
export function allBands(settings: Settings): Band[] {
  const bands: Band[] = [];
  let max = 100;
  for (const id of BAND_IDS) {
    const min = id === 'ghost' ? 0 : settings.bands[id as Exclude<BandId, 'ghost'>];
    const name = BAND_NAMES[id];
    bands.push({ id, name, min, max, label: `${name} (${min}–${max})` });
    max = min - 1;
  }
  return bands;
}

/** The band a value falls in: the first whose lower bound it reaches (thresholds are lower bounds). */
export function bandFor(value: number, settings: Settings): Band {
  const bands = allBands(settings);
  return bands.find((band) => value >= band.min) ?? (bands[bands.length - 1] as Band);
}
