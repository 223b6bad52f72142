import type { EmployerCheck } from '@/lib/ats/types';

/**
 * What the store remembers about a posting and its company, in the shape the score reads.
 * The store (lib/store/) produces these; scorePosting (lib/score/) consumes them.
 */

export interface PostingHistory {
  /** ISO date the extension first saw this posting (site + id). */
  firstSeen: string;
  /** ISO date of the latest sighting, including the current one. */
  lastSeen: string;
  timesSeen: number;
  /** Up to the last 50 sighting dates (ISO), oldest first, for the popup's timeline. */
  sightings: string[];
  /**
   * Earlier postings of the same company with the same normalized title and location under another id,
   * first seen within 90 days before this one: the store's own repost detection.
   */
  repostsSeen: number;
}

export interface CompanyHistory {
  /** companyKey() of the company name. */
  key: string;
  name: string;
  /** Distinct postings of this company the extension has seen. */
  postingsObserved: number;
  /** Of those, seen in the last 14 days: roughly how many roles it has open. */
  postingsSeenLast14Days: number;
  /** Postings that repeat an earlier one (same normalized title + location, new id, within 90 days). */
  reposts: number;
  /** Median days between first and last sighting of its postings; null until two postings are known. */
  medianLifetimeDays: number | null;
  /**
   * Share (0..1) of its postings that were older than the stale point when last seen; null when it has no posting.
   * A posting's age runs from its posted date, or from when it was first seen when the date is not known.
   */
  staleShare: number | null;
}

export interface History {
  posting?: PostingHistory;
  company?: CompanyHistory;
  /** What the employer's own ATS said of the posting a job board shows (lib/ats/); absent when not checked. */
  employer?: EmployerCheck;
}
