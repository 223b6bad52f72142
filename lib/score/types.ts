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

export type FactorKind = 'base' | 'freshness' | 'quality' | 'specificity' | 'confidence' | 'source' | 'company';

export interface Factor {
  id: string;
  kind: FactorKind;
  /** A short label with the figure that drove it: "Posted 3 days ago", "quality description (2590 chars)". */
  label: string;
  /** Signed points this factor adds to the score. */
  points: number;
}

export type GhostSeverity = 'severe' | 'moderate' | 'minor';

export type GhostSignalId = 'closed' | 'stale' | 'reposted' | 'evergreen' | 'vague' | 'applicants' | 'company-stale';

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
}
