import type { Check } from '@/lib/message-channel';
import type { BackgroundType, ContentType } from '@/lib/messages';
import { SOURCES } from '@/lib/posting-keys';
import { BAND_IDS } from '@/lib/settings-defaults';
import { SUMMARY_METHODS } from '@/lib/summary/summary';

/**
 * What a content script accepts from the background, checked by hand rather than with the zod schemas of
 * lib/messages.ts: zod's core alone is about 7 KB gzip, a quarter of a content script's 30 KB budget (issue #8).
 * These shapes follow the schemas field for field where the badge and the pills read them; the background, which
 * receives from job pages, checks everything with zod. A test feeds both checks the same answers.
 */

/** Undefined when `value` fits, else a sentence naming where it does not ("result.score.value should be …"). */
type Shape = (value: unknown, path: string) => string | undefined;
type Fields = Record<string, unknown>;

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

const is =
  (test: (value: unknown) => boolean, what: string): Shape =>
  (value, path) =>
    test(value) ? undefined : `${path || 'it'} should be ${what}`;

const text = is((value) => typeof value === 'string', 'text');
const number = is((value) => typeof value === 'number' && Number.isFinite(value), 'a number');
const flag = is((value) => typeof value === 'boolean', 'true or false');
const oneOf = (values: readonly unknown[]) => is((value) => values.includes(value), `one of ${values.join(', ')}`);

const optional =
  (shape: Shape): Shape =>
  (value, path) =>
    value === undefined ? undefined : shape(value, path);

const list =
  (item: Shape): Shape =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path} should be a list`;
    for (const [i, entry] of value.entries()) {
      const error = item(entry, at(path, i));
      if (error) return error;
    }
    return undefined;
  };

const object =
  (fields: Record<string, Shape>): Shape =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `${path || 'it'} should be an object`;
    for (const [key, shape] of Object.entries(fields)) {
      const error = shape((value as Fields)[key], at(path, key));
      if (error) return error;
    }
    return undefined;
  };

/** An object whose `key` names which of `variants` it is. */
const variant =
  (key: string, variants: Record<string, Shape>): Shape =>
  (value, path) => {
    const kind = typeof value === 'object' && value !== null ? (value as Fields)[key] : undefined;
    const shape = typeof kind === 'string' && Object.hasOwn(variants, kind) ? variants[kind] : undefined;
    return shape ? shape(value, path) : `${at(path, key)} should be one of ${Object.keys(variants).join(', ')}`;
  };

const posting = object({
  source: oneOf(SOURCES),
  id: text,
  url: text,
  title: text,
  company: optional(text),
  locations: list(text),
  workplace: optional(text),
  employmentType: optional(text),
  experienceLevel: optional(text),
  posted: optional(
    variant('kind', {
      exact: object({ date: text }),
      range: object({ text, earliest: optional(text), latest: text, precision: text }),
    }),
  ),
  closed: optional(object({ reason: text })),
  vacancy: optional(object({ current: flag, fillBy: optional(text), fillFrom: optional(text), text })),
});

const score = object({
  value: number,
  band: object({ id: oneOf(BAND_IDS), name: text, label: text, min: number, max: number }),
  confidence: object({ value: number, level: oneOf(['High', 'Medium', 'Low']) }),
  factors: list(object({ id: text, kind: text, label: text, points: number })),
  ghostSignals: list(object({ id: text, severity: oneOf(['severe', 'moderate', 'minor']), reason: text })),
  ghostWarning: flag,
  notes: list(text),
});

const tabResult = object({
  posting,
  score,
  history: object({ firstSeen: text, lastSeen: text, timesSeen: number, sightings: list(text) }),
  saved: flag,
  problem: optional(text),
  summary: optional(object({ method: oneOf(SUMMARY_METHODS), lines: list(text) })),
});

const cardResult = object({
  source: oneOf(SOURCES),
  id: text,
  score,
  blocked: flag,
  hidden: flag,
  marks: object({ viewed: flag, applied: flag, reposted: flag }),
  keywords: list(text),
});

const checkOf =
  (shape: Shape): Check =>
  (raw) => {
    const error = shape(raw, '');
    return error ? { ok: false, error } : { ok: true, value: raw };
  };

/** `{ok: true, …fields}` or `{ok: false, error}`, as every answer is. */
const answer = (fields: Record<string, Shape>): Check =>
  checkOf((value, path) => {
    const ok = typeof value === 'object' && value !== null ? (value as Fields).ok : undefined;
    if (ok === true) return object(fields)(value, path);
    if (ok === false) return object({ error: text })(value, path);
    return 'ok should be true or false';
  });

/** The answers to what content scripts send. */
export const ANSWER_CHECKS = {
  'posting:seen': answer({ result: tabResult }),
  'posting:left': answer({}),
  'cards:seen': answer({ results: list(cardResult) }),
  'posting:set-saved': answer({ saved: flag }),
  'company:block': answer({}),
  'job:set-hidden': answer({ hidden: flag }),
} as const satisfies Partial<Record<BackgroundType, Check>>;

/** What the background sends to content scripts. */
export const MESSAGE_CHECKS: Record<ContentType, Check> = {
  'result:update': checkOf(object({ result: tabResult })),
  'site:disabled': checkOf(object({})),
  'cards:changed': checkOf(object({ source: oneOf(SOURCES), id: text })),
};
