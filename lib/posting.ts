// zod/mini: the same schemas at a third of the size of classic zod in the background and the extension pages.
import * as z from 'zod/mini';
import { SOURCES } from './posting-keys';

/**
 * The one shape every site extractor produces and everything else (score, store, badge, popup, CLI) consumes.
 * Dates are ISO 8601 strings so a Posting crosses extension messages and IndexedDB unchanged.
 */

export const Source = z.enum(SOURCES);
export type Source = z.infer<typeof Source>;

export const IsoDate = z.iso.datetime({ offset: true });
const nonEmpty = z.string().check(z.minLength(1));

/** A whole number, 0 or more: z.int()'s check without the number formats it brings along. */
export const Count = z.number().check(z.refine(Number.isSafeInteger, { abort: true }), z.nonnegative());

/**
 * An absolute address: what z.url() accepts and gives (trimmed, tabs and line breaks dropped), without the URL
 * parsing options z.url() brings along.
 */
const Url = z.string().check(
  z.trim(),
  z.refine((text) => URL.canParse(text)),
  z.overwrite((text) => text.replace(/[\t\n\r]/g, '')),
);

/** How a field was found, from most to least trustworthy. The input to the confidence figure. */
export const EVIDENCE_KINDS = ['ats-api', 'json-ld', 'embedded-json', 'dom', 'text', 'url', 'first-seen'] as const;
export const Evidence = z.enum(EVIDENCE_KINDS);
export type Evidence = z.infer<typeof Evidence>;

export const Workplace = z.enum(['onsite', 'hybrid', 'remote']);
export type Workplace = z.infer<typeof Workplace>;

export const EmploymentType = z.enum(['full-time', 'part-time', 'contract', 'internship', 'temporary']);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const ExperienceLevel = z.enum(['intern', 'junior', 'mid', 'senior', 'staff', 'manager', 'director']);
export type ExperienceLevel = z.infer<typeof ExperienceLevel>;

export const SalaryPeriod = z.enum(['hour', 'day', 'week', 'month', 'year']);
export const Salary = z
  .object({
    min: z.optional(z.number().check(z.nonnegative())),
    max: z.optional(z.number().check(z.nonnegative())),
    currency: z.optional(nonEmpty),
    period: z.optional(SalaryPeriod),
    text: z.optional(z.string()),
  })
  .check(
    z.refine((s) => s.min !== undefined || s.max !== undefined, { message: 'a salary needs a minimum or a maximum' }),
  );
export type Salary = z.infer<typeof Salary>;

/** How finely a posted date is known: "3 days ago" is day precision, "2 weeks ago" week precision. */
export const DatePrecision = z.enum(['exact', 'minute', 'hour', 'day', 'week', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * When the posting went up. Either an exact date from structured data or an API, or a range parsed from a
 * relative text. `earliest` is absent when the range is open-ended: "Posted 30+ Days Ago" means at least 30 days,
 * so `latest` is now - 30 days and there is no lower bound.
 */
export const Posted = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), date: IsoDate }),
  z.object({
    kind: z.literal('range'),
    text: z.string(),
    earliest: z.optional(IsoDate),
    latest: IsoDate,
    precision: DatePrecision,
  }),
]);
export type Posted = z.infer<typeof Posted>;

export const Applicants = z.object({
  count: Count,
  /** "Over 100 applicants": the real count is at least `count`. */
  atLeast: z.boolean(),
  text: z.optional(z.string()),
});
export type Applicants = z.infer<typeof Applicants>;

/**
 * What the employer states about the vacancy, as laws now ask (New York: "THIS POSTING IS FOR A CURRENT VACANCY AND
 * THE EMPLOYER INTENDS TO FILL THIS POSITION BY (DATE)"; Ontario, New Jersey, California: whether the posting is for
 * an existing vacancy). `fillBy` and `fillFrom` are the day stated (midnight UTC) after "by" and "no sooner than".
 */
export const Vacancy = z.object({
  current: z.boolean(),
  fillBy: z.optional(IsoDate),
  fillFrom: z.optional(IsoDate),
  /** The sentence as the posting writes it, spaces collapsed. */
  text: nonEmpty,
});
export type Vacancy = z.infer<typeof Vacancy>;

/** Labels a site shows on a posting or a list card (mostly LinkedIn). */
export const PostingFlags = z.object({
  promoted: z.optional(z.boolean()),
  activelyReviewing: z.optional(z.boolean()),
  easyApply: z.optional(z.boolean()),
  viewed: z.optional(z.boolean()),
  applied: z.optional(z.boolean()),
  earlyApplicant: z.optional(z.boolean()),
});
export type PostingFlags = z.infer<typeof PostingFlags>;

export const POSTING_FIELDS = [
  'id',
  'title',
  'company',
  'locations',
  'workplace',
  'employmentType',
  'experienceLevel',
  'descriptionText',
  'skills',
  'salary',
  'posted',
  'reposted',
  'applicants',
  'closed',
  'validThrough',
  'requisitionId',
  'vacancy',
  'applyUrl',
  'flags',
] as const;
export type PostingField = (typeof POSTING_FIELDS)[number];

/** Each field's evidence, unknown fields refused: a strict object, where a record would bring its own parser. */
const EvidenceByField = z.strictObject(
  Object.fromEntries(POSTING_FIELDS.map((field) => [field, z.exactOptional(Evidence)])) as Record<
    PostingField,
    z.ZodMiniExactOptional<typeof Evidence>
  >,
);

export const Posting = z.object({
  source: Source,
  /** The site's own job id: Lever's posting uuid, Workday's path key, LinkedIn's numeric id. */
  id: nonEmpty,
  url: Url,
  /** `page` is a full posting; `card` is what a job list shows (no description, lower confidence). */
  view: z._default(z.enum(['page', 'card']), 'page'),
  title: nonEmpty,
  company: z.optional(nonEmpty),
  locations: z._default(z.array(nonEmpty), []),
  workplace: z.optional(Workplace),
  employmentType: z.optional(EmploymentType),
  experienceLevel: z.optional(ExperienceLevel),
  descriptionText: z.optional(z.string()),
  skills: z._default(z.array(nonEmpty), []),
  salary: z.optional(Salary),
  posted: z.optional(Posted),
  /** Present when the site itself says the posting was reposted; `date` when it says when. */
  reposted: z.optional(z.object({ date: z.optional(IsoDate), text: z.optional(z.string()) })),
  applicants: z.optional(Applicants),
  /** Present when the site says it no longer accepts applications, or `validThrough` has passed. */
  closed: z.optional(z.object({ reason: nonEmpty })),
  validThrough: z.optional(IsoDate),
  requisitionId: z.optional(nonEmpty),
  vacancy: z.optional(Vacancy),
  /**
   * Where a job board sends applicants off the board ("Apply on company website"): the employer's own posting,
   * which the background can ask whether it is still listed (lib/ats/). Absent for Easy Apply and on an ATS itself.
   */
  applyUrl: z.optional(Url),
  flags: z._default(PostingFlags, {}),
  evidence: z._default(EvidenceByField, {}),
});
export type Posting = z.infer<typeof Posting>;
export type PostingInput = z.input<typeof Posting>;

/** Why an extractor returned no posting: shown to a person (CLI, popup), so it is a sentence. */
export type ExtractResult = { ok: true; posting: Posting } | { ok: false; reason: string };

/** Validates and fills defaults; the error names the first bad field. */
export function parsePosting(input: unknown): { ok: true; posting: Posting } | { ok: false; error: string } {
  const parsed = Posting.safeParse(input);
  if (parsed.success) return { ok: true, posting: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'posting';
  return { ok: false, error: `${where}: ${issue?.message ?? 'invalid'}` };
}
