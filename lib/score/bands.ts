import type { Band } from '@/lib/score/types';
import type { Settings } from '@/lib/settings';
import { BAND_NAMES, type BandId } from '@/lib/settings-defaults';

/** The bands with a settable lower bound, best first; Likely Ghost takes what is left, down to 0. */
const THRESHOLD_IDS = ['active', 'likely', 'uncertain', 'stale'] as const;

function band(id: BandId, min: number, max: number): Band {
  const name = BAND_NAMES[id];
  return { id, name, min, max, label: `${name} (${min}–${max})` };
}

/** The five bands for these thresholds, best first: "Actively Hiring (80–100)" … "Likely Ghost (0–34)". */
export function allBands(settings: Settings): Band[] {
  const bands: Band[] = [];
  let max = 100;
  for (const id of THRESHOLD_IDS) {
    bands.push(band(id, settings.bands[id], max));
    max = settings.bands[id] - 1;
  }
  bands.push(band('ghost', 0, max));
  return bands;
}

/** The band a value falls in: the first whose lower bound it reaches (thresholds are lower bounds). */
export function bandFor(value: number, settings: Settings): Band {
  let max = 100;
  for (const id of THRESHOLD_IDS) {
    if (value >= settings.bands[id]) return band(id, settings.bands[id], max);
    max = settings.bands[id] - 1;
  }
  return band('ghost', 0, max);
}
