import type { EmployerLink, Verdict } from '@/lib/ats/types';
import type { CompanyHistory, PostingHistory } from '@/lib/history';
import type { Posting, Source } from '@/lib/posting';
import type { Score } from '@/lib/score/types';
import type { BandId } from '@/lib/settings-defaults';
import type { SummaryMethod } from '@/lib/summary/summary';
import type { WatchRecord } from '@/lib/watch/record';
import type { CheckRecording, ClosedListing, WatchState } from './watch';

export type { ClosedListing } from './watch';

/** The score a posting got last time, kept so saved listings can be shown, filtered and sorted without rescoring. */
export interface LastScore {
  value: number;
  bandId: BandId;
  /** "Likely Active (65–79)" */
  bandLabel: string;
  ghostWarning: boolean;
  /** The strongest reason behind the score, for a one-line summary. */
  topReason?: string;
  scoredAt: string;
}

/**
 * A posting's summary (lib/summary/), kept so a second visit does not make it again, with the key of the
 * description it was made from: a sighting whose description has another key drops it.
 */
export interface StoredSummary {
  method: SummaryMethod;
  lines: string[];
  /** descriptionKey() of the description it summarizes. */
  descriptionKey: string;
  /** For an extractive summary, the EXTRACTIVE_VERSION that made it; 1 for the on-device model's. */
  version: number;
  madeAt: string;
}

/**
 * What a sighting said about the job beyond its fields, kept for the job lists' rules (lib/lists/rules.ts): each is
 * when it was first known. `viewed`: the user opened the posting (its page or a list's detail pane) or a card said
 * "Viewed"; `applied`: the page or a card said "Applied"; `reposted`: the site labelled it reposted. A card that says
 * none of these is still treated by them, from the job's history.
 */
export interface PostingMarks {
  viewed?: string;
  applied?: string;
  reposted?: string;
}

/** One posting the extension has seen, as kept in IndexedDB. All dates are UTC ISO strings. */
export interface StoredPosting {
  /** `${source}:${id}` */
  key: string;
  source: Source;
  id: string;
  url: string;
  title: string;
  /** normalizeKey(title): matches the same role across ids. */
  titleKey: string;
  company?: string;
  /** companyKey(company); set at the first sighting that names the company and kept from then on. */
  companyKey?: string;
  locations: string[];
  /** The normalized locations, sorted and joined: matches the same role across ids. */
  locationKey: string;
  /** Estimate of when the posting went up. */
  postedAt?: string;
  firstSeen: string;
  lastSeen: string;
  timesSeen: number;
  /** The last 50 sightings, oldest first. */
  sightings: string[];
  /** Keys of earlier postings of the same company this one repeats (same title and location, new id). */
  repostOf?: string[];
  lastScore?: LastScore;
  saved?: { at: string };
  /** Left out of saved listings (listSaved), which never show it. */
  summary?: StoredSummary;
  marks?: PostingMarks;
}

/**
 * One job the user hid from job lists ("Hide this job" on a card's pill or in the popup). Its own object store,
 * apart from the postings: history retention never removes it, and what it shows in the options page (title,
 * company, address) is copied from the posting when it was hidden.
 */
export interface HiddenJob {
  /** `${source}:${id}` */
  key: string;
  source: Source;
  id: string;
  title: string;
  company?: string;
  url: string;
  hiddenAt: string;
}

/** Running figures per company, rewritten whenever one of its postings changes. */
export interface CompanyRecord {
  /** companyKey() of the company name. */
  key: string;
  /** The name as the most recently seen posting spells it. */
  name: string;
  postingsObserved: number;
  reposts: number;
  firstSeen: string;
  lastSeen: string;
}

export type SightingResult = {
  posting: PostingHistory;
  company?: CompanyHistory;
  problem?: string;
  /** Whether the user saved the posting, as the record says; absent when the sighting could not be recorded. */
  saved?: boolean;
  /** The summary kept for the posting's current description, if any. */
  summary?: StoredSummary;
  /** The record's marks (this sighting's included); absent when none, or when the sighting could not be recorded. */
  marks?: PostingMarks;
  /** The user hid this job from job lists. */
  hidden?: boolean;
};

export type SavedSort = 'score' | 'posted' | 'saved';

export interface SavedQuery {
  /** Words that must all appear in the title or company name, ignoring case and accents. */
  text?: string;
  band?: BandId;
  /** Default 'saved'. */
  sort?: SavedSort;
}

/** The export file; docs/export-format.md describes it for people and other tools. */
export interface ExportFile {
  format: 'still-hiring-export';
  version: 2;
  exportedAt: string;
  postings: StoredPosting[];
  /** Figures per company, for reading; an import recomputes them from the postings. */
  companies?: CompanyRecord[];
  hiddenJobs?: HiddenJob[];
  /** The settings that decide what job lists show (lib/lists/list-settings.ts), written by the options page. */
  listSettings?: unknown;
  /** Each watched listing's checks on its employer's site (lib/watch/record.ts). */
  watch?: WatchRecord[];
}

/** A whole export file, checked: what an import writes. */
export interface CheckedExport {
  postings: StoredPosting[];
  hiddenJobs: HiddenJob[];
  watch: WatchRecord[];
  /** As the file holds it, unchecked here: the options page checks it with the settings schema. */
  listSettings?: unknown;
}

export type ImportResult =
  | { ok: true; postings: number; companies: number; hiddenJobs: number }
  | { ok: false; error: string };

export interface StoreCounts {
  postings: number;
  saved: number;
  companies: number;
  hiddenJobs: number;
}

export interface OpenStoreOptions {
  /** Database name, default 'still-hiring'. */
  name?: string;
  /** Defaults to the global indexedDB; tests and benchmarks pass their own. */
  factory?: IDBFactory;
}

export interface Store {
  /** Records that `posting` is on screen now: one sighting, one transaction. Never throws. */
  recordSighting(posting: Posting, now: Date, opts: { staleDays: number }): Promise<SightingResult>;
  /** A job list's cards: the same as one recordSighting each, in order, in one transaction. Never throws. */
  recordSightings(postings: readonly Posting[], now: Date, opts: { staleDays: number }): Promise<SightingResult[]>;
  /** The postings' histories as recorded, recording nothing; undefined for one not recorded. One transaction. */
  readSightings(
    postings: readonly Posting[],
    now: Date,
    opts: { staleDays: number },
  ): Promise<(SightingResult | undefined)[]>;
  /** Rewrites a recorded posting's fields from the site's API (posted date…) without counting a sighting. */
  refinePosting(posting: Posting, now: Date): Promise<void>;
  /** Keeps the summary of a posting already recorded (nothing happens to one not recorded). Never throws. */
  recordSummary(source: Source, id: string, summary: StoredSummary): Promise<void>;
  /** Keeps the last score, band and ghost warning of a posting already recorded. */
  recordScore(source: Source, id: string, score: Score, now: Date): Promise<void>;
  getPosting(source: Source, id: string): Promise<StoredPosting | undefined>;
  getCompanyHistory(companyKey: string, now: Date, opts: { staleDays: number }): Promise<CompanyHistory | undefined>;
  /** Saves or unsaves a recorded posting; undefined when it is not recorded. */
  setSaved(source: Source, id: string, saved: boolean, now: Date): Promise<StoredPosting | undefined>;
  /** The listings are frozen: they are shared with the store's cache of saved listings. */
  listSaved(query?: SavedQuery): Promise<StoredPosting[]>;
  /**
   * Hides a recorded job from job lists (`hidden`), or shows it again. The hidden job, or undefined when unhidden;
   * a failure when a job to hide is not recorded.
   */
  setHidden(
    source: Source,
    id: string,
    hidden: boolean,
    now: Date,
  ): Promise<{ ok: true; job?: HiddenJob } | { ok: false; error: string }>;
  /** Every hidden job, the most recently hidden first. */
  listHidden(): Promise<HiddenJob[]>;
  /** Everything, in the format documented in docs/export-format.md; `listSettings` goes in as given. */
  exportJson(now: Date, listSettings?: unknown): Promise<string>;
  /** Saved listings as CSV for a spreadsheet. */
  exportSavedCsv(): Promise<string>;
  /** Validates the whole file before writing anything, then merges it in one transaction. */
  importJson(text: string): Promise<ImportResult>;
  /** Merges a file that parseExport has checked, in one transaction. */
  importChecked(file: CheckedExport): Promise<ImportResult>;
  clearAll(): Promise<void>;
  /** Removes unsaved postings not seen for `retentionDays`; returns how many were removed. */
  prune(retentionDays: number, now: Date): Promise<number>;
  counts(): Promise<StoreCounts>;
  /** Records one check of a posting on its employer's ATS (lib/watch/record.ts); returns the record written. */
  recordCheck(
    source: Source,
    id: string,
    link: EmployerLink,
    verdict: Verdict,
    now: Date,
    extra?: CheckRecording,
  ): Promise<WatchRecord>;
  /** Keeps the employer link of a posting not checked yet; nothing when it has a record already. */
  linkWatch(source: Source, id: string, link: EmployerLink): Promise<void>;
  getWatch(source: Source, id: string): Promise<WatchRecord | undefined>;
  /** Every watch record (the scheduler picks the due ones). */
  watchRecords(): Promise<WatchRecord[]>;
  /** Saved listings whose employer no longer lists them, latest closure first. */
  closedListings(): Promise<ClosedListing[]>;
  watchState(): Promise<WatchState>;
  updateWatchState(change: (state: WatchState) => WatchState): Promise<WatchState>;
  /** Problems met while reading (skipped corrupt records) or writing in the background, each reported once. */
  problems(): string[];
  close(): void;
}
