import { BAND_IDS, BAND_NAMES, type BandId, BandThresholds, type Settings } from '@/lib/settings';
import { parseNumber, type SettingsForm } from './settings-form';

export interface BandRange {
  id: BandId;
  name: string;
  min: number;
  max: number;
}

export interface BandPreview {
  /** From Likely Ghost (0) up to Actively Hiring (100). */
  bands: BandRange[];
  ghostThreshold: number;
  /** False while the typed thresholds are invalid: the picture then shows the saved ones. */
  fromForm: boolean;
}

/** The five bands' ranges for valid thresholds: each band runs from its start to just below the next one's. */
export function bandRanges(thresholds: BandThresholds): BandRange[] {
  const starts: Record<BandId, number> = { ...thresholds, ghost: 0 };
  return BAND_IDS.map((id, index) => {
    const above = BAND_IDS[index - 1];
    return { id, name: BAND_NAMES[id], min: starts[id], max: above ? starts[above] - 1 : 100 };
  }).reverse();
}

const isScore = (value: number) => Number.isInteger(value) && value >= 0 && value <= 100;

/** What the band picture shows as the user types: the typed values when they are valid, else the saved ones. */
export function bandPreview(form: SettingsForm, saved: Settings): BandPreview {
  const typed = BandThresholds.safeParse({
    active: parseNumber(form.numbers['bands.active']),
    likely: parseNumber(form.numbers['bands.likely']),
    uncertain: parseNumber(form.numbers['bands.uncertain']),
    stale: parseNumber(form.numbers['bands.stale']),
  });
  const ghost = parseNumber(form.numbers.ghostThreshold);
  return {
    bands: bandRanges(typed.success ? typed.data : saved.bands),
    ghostThreshold: isScore(ghost) ? ghost : saved.ghostThreshold,
    fromForm: typed.success,
  };
}
