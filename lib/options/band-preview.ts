import { allBands } from '@/lib/score/bands';
import type { Band } from '@/lib/score/types';
import { BandThresholds, type Settings } from '@/lib/settings';
import { parseNumber, type SettingsForm } from './settings-form';

export interface BandPreview {
  /** From Likely Ghost (0) up to Actively Hiring (100). */
  bands: Band[];
  ghostThreshold: number;
  /** False while the typed thresholds are invalid: the picture then shows the saved ones. */
  fromForm: boolean;
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
    bands: allBands({ ...saved, bands: typed.success ? typed.data : saved.bands }).reverse(),
    ghostThreshold: isScore(ghost) ? ghost : saved.ghostThreshold,
    fromForm: typed.success,
  };
}
