import { z } from 'zod';
import { Source } from '@/lib/posting';
import { BAND_IDS } from '@/lib/settings-defaults';
import { MAX_LINE_CHARS, MAX_SUMMARY_LINES, SUMMARY_METHODS } from '@/lib/summary/summary';
import type { CompanyRecord, HiddenJob, StoredPosting } from './types';

/**
 * What a stored or imported record must look like. Every imported record and every read from IndexedDB is
 * checked against these (reads through guard.ts, which gives the same verdict faster), because both may hold
 * anything: an older build's bug, a disk error, a hand-edited file.
 */

export const MAX_SIGHTINGS = 50;

const IsoDate = z.iso.datetime({ offset: true, error: 'Invalid ISO date' });
const Text = z.string().min(1);
/** Listings link to it, so a javascript: or data: address from an imported file must never get in. */
export const WEB_ADDRESS = /^https?:\/\/./i;

export const LastScoreSchema = z.object({
  value: z.number().min(0).max(100),
  bandId: z.enum(BAND_IDS),
  bandLabel: Text,
  ghostWarning: z.boolean(),
  topReason: z.string().optional(),
  scoredAt: IsoDate,
});

export const StoredSummarySchema = z.object({
  method: z.enum(SUMMARY_METHODS),
  lines: z.array(Text.max(MAX_LINE_CHARS)).min(1).max(MAX_SUMMARY_LINES),
  descriptionKey: Text,
  version: z.number().int().min(1),
  madeAt: IsoDate,
});

export const StoredPostingSchema = z
  .object({
    key: Text,
    source: Source,
    id: Text,
    url: z.string().regex(WEB_ADDRESS, { error: 'must be an http(s) address' }),
    title: Text,
    titleKey: z.string(),
    company: Text.optional(),
    companyKey: Text.optional(),
    locations: z.array(Text),
    locationKey: z.string(),
    postedAt: IsoDate.optional(),
    firstSeen: IsoDate,
    lastSeen: IsoDate,
    timesSeen: z.number().int().min(1),
    sightings: z.array(IsoDate).max(MAX_SIGHTINGS),
    repostOf: z.array(Text).optional(),
    lastScore: LastScoreSchema.optional(),
    saved: z.object({ at: IsoDate }).optional(),
    summary: StoredSummarySchema.optional(),
    marks: z
      .object({ viewed: IsoDate.optional(), applied: IsoDate.optional(), reposted: IsoDate.optional() })
      .optional(),
  })
  .refine((p) => p.key === `${p.source}:${p.id}`, { path: ['key'], message: 'must be "source:id"' })
  .refine((p) => Date.parse(p.lastSeen) >= Date.parse(p.firstSeen), {
    path: ['lastSeen'],
    message: 'is before firstSeen',
  });

export const CompanyRecordSchema = z.object({
  key: Text,
  name: Text,
  postingsObserved: z.number().int().min(0),
  reposts: z.number().int().min(0),
  firstSeen: IsoDate,
  lastSeen: IsoDate,
});

export const HiddenJobSchema = z
  .object({
    key: Text,
    source: Source,
    id: Text,
    title: Text,
    company: Text.optional(),
    url: z.string().regex(WEB_ADDRESS, { error: 'must be an http(s) address' }),
    hiddenAt: IsoDate,
  })
  .refine((job) => job.key === `${job.source}:${job.id}`, { path: ['key'], message: 'must be "source:id"' });

export const EXPORT_FORMAT = 'still-hiring-export';
/** Version 2 added hidden jobs, posting marks and the job-list settings; version 1 files still import. */
export const EXPORT_VERSION = 2;

/** The export file, docs/export-format.md. Records are checked one by one (see transfer.ts) to name the bad one. */
export const ExportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
  exportedAt: IsoDate,
  postings: z.array(z.unknown()),
  companies: z.array(z.unknown()).optional(),
  hiddenJobs: z.array(z.unknown()).optional(),
  listSettings: z.unknown().optional(),
  watch: z.array(z.unknown()).optional(),
});

/** The first problem of a failed parse, as "field: message". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'record';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

// Compile-time check that these schemas and the hand-written types in types.ts describe the same records.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<z.infer<typeof StoredPostingSchema>, StoredPosting>;
true satisfies Same<z.infer<typeof CompanyRecordSchema>, CompanyRecord>;
true satisfies Same<z.infer<typeof HiddenJobSchema>, HiddenJob>;
