import { z } from 'zod';
import { SOURCES } from '@/lib/posting-keys';
import { BAND_IDS } from '@/lib/settings-defaults';
import { MAX_LINE_CHARS, MAX_SUMMARY_LINES, SUMMARY_METHODS } from '@/lib/summary/summary';
import { MAX_SIGHTINGS, WEB_ADDRESS } from './schema';
import type { StoredPosting } from './types';

/**
 * Exactly StoredPostingSchema's verdict, about five times faster. Listing 10,000 saved postings reads and
 * checks 10,000 records, and zod, which cannot compile its checks in an extension page (no eval under the
 * extension's content security policy), spends about 4 µs on each: 40 ms, more than the whole search budget.
 * tests/unit/store/guard.test.ts holds the two to the same answers.
 */

const ISO_DATE = z.regexes.datetime({ offset: true, local: false, precision: null });
const sources: ReadonlySet<unknown> = new Set(SOURCES);
const bands: ReadonlySet<unknown> = new Set(BAND_IDS);
const methods: ReadonlySet<unknown> = new Set(SUMMARY_METHODS);

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const isArrayOf = (v: unknown, check: (item: unknown) => boolean): v is unknown[] => Array.isArray(v) && v.every(check);

function isLastScore(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.value === 'number' &&
    Number.isFinite(v.value) &&
    v.value >= 0 &&
    v.value <= 100 &&
    bands.has(v.bandId) &&
    isText(v.bandLabel) &&
    typeof v.ghostWarning === 'boolean' &&
    optional(v.topReason, (r) => typeof r === 'string') &&
    isDate(v.scoredAt)
  );
}

function isSummary(v: unknown): boolean {
  return (
    isObject(v) &&
    methods.has(v.method) &&
    isArrayOf(v.lines, (line) => isText(line) && line.length <= MAX_LINE_CHARS) &&
    v.lines.length >= 1 &&
    v.lines.length <= MAX_SUMMARY_LINES &&
    isText(v.descriptionKey) &&
    Number.isSafeInteger(v.version) &&
    (v.version as number) >= 1 &&
    isDate(v.madeAt)
  );
}

function isMarks(v: unknown): boolean {
  return isObject(v) && optional(v.viewed, isDate) && optional(v.applied, isDate) && optional(v.reposted, isDate);
}

export function isStoredPosting(v: unknown): v is StoredPosting {
  return (
    isObject(v) &&
    isText(v.key) &&
    sources.has(v.source) &&
    isText(v.id) &&
    typeof v.url === 'string' &&
    WEB_ADDRESS.test(v.url) &&
    isText(v.title) &&
    typeof v.titleKey === 'string' &&
    optional(v.company, isText) &&
    optional(v.companyKey, isText) &&
    isArrayOf(v.locations, isText) &&
    typeof v.locationKey === 'string' &&
    optional(v.postedAt, isDate) &&
    isDate(v.firstSeen) &&
    isDate(v.lastSeen) &&
    Number.isSafeInteger(v.timesSeen) &&
    (v.timesSeen as number) >= 1 &&
    isArrayOf(v.sightings, isDate) &&
    v.sightings.length <= MAX_SIGHTINGS &&
    optional(v.repostOf, (r) => isArrayOf(r, isText)) &&
    optional(v.lastScore, isLastScore) &&
    optional(v.saved, (s) => isObject(s) && isDate(s.at)) &&
    optional(v.summary, isSummary) &&
    optional(v.marks, isMarks) &&
    v.key === `${v.source}:${v.id}` &&
    Date.parse(v.lastSeen) >= Date.parse(v.firstSeen)
  );
}
