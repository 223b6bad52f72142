import type { BandId } from '../settings-defaults';

/** What scorePosting returns: a value, its band, and every reason behind both, ready to show a person. */

export interface Band {
  id: BandId;
  /** "Likely Active" */
  name: string;
  min: number;
  max: number;
  /** "Likely Active (65–79)" */
  label: string;
}

export type ConfidenceLevel = 'High' | 'Medium' | 'Low';

export interface Confidence {
  /** 0–100 */
  value: number;
  level: ConfidenceLevel;
}

/** The part of the breakdown a factor belongs to. */
export const FACTOR_KINDS = [
  'base',
  'freshness',
  'quality',
  'specificity',
  'confidence',
  'source',
  'company',
  // What the employer states about the vacancy ("THIS POSTING IS FOR A CURRENT VACANCY …").
  'employer',
] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

export interface Factor {
  id: string;
  kind: FactorKind;
  /** A short label with the figure that drove it: "Posted 3 days ago", "quality description (2590 chars)". */
  label: string;
  /** Signed points this factor adds to the score. */
  points: number;
}

export type GhostSeverity = 'severe' | 'moderate' | 'minor';

export const GHOST_SIGNAL_IDS = [
  'closed',
  // The employer's own ATS no longer lists what the job board still shows (lib/ats/).
  'gone',
  'stale',
  'reposted',
  'evergreen',
  'vague',
  'applicants',
  'company-stale',
  // The employer states the posting is not for a current vacancy.
  'no-vacancy',
  // The day the employer stated it would fill the post by has passed, and the posting is still up.
  'fill-by-passed',
] as const;
export type GhostSignalId = (typeof GHOST_SIGNAL_IDS)[number];

export interface GhostSignal {
  id: GhostSignalId;
  severity: GhostSeverity;
  /** A reason a person understands, quoting the phrase or figure: 'Says "join our talent community"'. */
  reason: string;
}

export interface Score {
  value: number;
  band: Band;
  confidence: Confidence;
  factors: Factor[];
  ghostSignals: GhostSignal[];
  ghostWarning: boolean;
  /** What the score could not take into account and why, moving no points: "First time this browser sees Acme: …". */
  notes: string[];
}
