import { browser } from 'wxt/browser';
// zod/mini: the same schemas at a third of the size of classic zod in the popup and the background.
import * as z from 'zod/mini';
import { ATS_NAMES, type EmployerCheck } from '@/lib/ats/types';
import type { CompanyHistory, PostingHistory } from '@/lib/history';
import {
  ask,
  type Check,
  errorText,
  type Failure,
  failure,
  fromThisExtension,
  type Listener,
  MAX_CARDS,
  readMessage,
} from '@/lib/message-channel';
import { Count, IsoDate, Posting, Source } from '@/lib/posting';
import { FACTOR_KINDS, GHOST_SIGNAL_IDS, type Score } from '@/lib/score/types';
import { BAND_IDS } from '@/lib/settings-defaults';
import { MAX_LINE_CHARS, MAX_SUMMARY_LINES, SUMMARY_METHODS } from '@/lib/summary/summary';

/**
 * Every message between the content scripts, the popup and the background. Each is a zod schema checked where it
 * is received (the handler checks the message, the sender checks the answer), so a stale content script from an
 * older version or a hostile page can never hand the background a shape it does not expect. Content scripts check
 * what they receive with lib/content/received.ts instead, which follows these schemas without carrying zod.
 */

const nonEmpty = z.string().check(z.minLength(1));

const ScoreSchema: z.ZodMiniType<Score> = z.object({
  value: z.number().check(z.minimum(0), z.maximum(100)),
  band: z.object({
    id: z.enum(BAND_IDS),
    name: z.string(),
    min: z.number(),
    max: z.number(),
    label: z.string(),
  }),
  confidence: z.object({ value: z.number(), level: z.enum(['High', 'Medium', 'Low']) }),
  factors: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(FACTOR_KINDS),
      label: z.string(),
      points: z.number(),
    }),
  ),
  ghostSignals: z.array(
    z.object({
      id: z.enum(GHOST_SIGNAL_IDS),
      severity: z.enum(['severe', 'moderate', 'minor']),
      reason: z.string(),
    }),
  ),
  ghostWarning: z.boolean(),
  // Results kept in storage.session by an earlier version have no notes.
  notes: z._default(z.array(z.string()), []),
});

const PostingHistorySchema: z.ZodMiniType<PostingHistory> = z.object({
  firstSeen: z.string(),
  lastSeen: z.string(),
  timesSeen: Count,
  sightings: z.array(z.string()),
  repostsSeen: Count,
});

const CompanyHistorySchema: z.ZodMiniType<CompanyHistory> = z.object({
  key: z.string(),
  name: z.string(),
  postingsObserved: z.number(),
  postingsSeenLast14Days: z.number(),
  reposts: z.number(),
  medianLifetimeDays: z.nullable(z.number()),
  staleShare: z.nullable(z.number()),
});

const SummaryLines = z
  .array(nonEmpty.check(z.maxLength(MAX_LINE_CHARS)))
  .check(z.minLength(1), z.maxLength(MAX_SUMMARY_LINES));

/** A posting's short summary and how it was made (lib/summary/). */
const SummarySchema = z.object({ method: z.enum(SUMMARY_METHODS), lines: SummaryLines });

const AtsName = z.enum(ATS_NAMES);

const EmployerCheckSchema: z.ZodMiniType<EmployerCheck> = z.discriminatedUnion('state', [
  z.object({ state: z.literal('listed'), ats: AtsName, checkedAt: IsoDate, posted: z.optional(IsoDate) }),
  z.object({ state: z.literal('gone'), ats: AtsName, checkedAt: IsoDate, reason: z.string() }),
  z.object({ state: z.literal('unknown'), ats: z.optional(AtsName), checkedAt: IsoDate, reason: z.string() }),
]);

/** What the badge and the popup show for the posting open in a tab. */
export const TabResult = z.object({
  posting: Posting,
  score: ScoreSchema,
  history: PostingHistorySchema,
  company: z.optional(CompanyHistorySchema),
  /** What the employer's own ATS said of a job board's posting, when it was asked (lib/ats/). */
  employer: z.optional(EmployerCheckSchema),
  saved: z.boolean(),
  /** A sentence about something that went wrong on the way (the history could not be saved, say). */
  problem: z.optional(z.string()),
  /** Absent when summaries are off, or the description is missing or very short. */
  summary: z.optional(SummarySchema),
  /**
   * What the job site's API said when asked for the posting's exact date: `listed` (merged in), `gone` (it does not
   * have the posting), `unknown` (nothing could be told), `off` (the look-up is switched off); absent while nobody
   * asked or it has not answered. The reason is a sentence the popup shows.
   */
  apiLookup: z.optional(
    z.object({ outcome: z.enum(['listed', 'gone', 'unknown', 'off']), reason: z.optional(z.string()) }),
  ),
});
export type TabResult = z.infer<typeof TabResult>;

/**
 * One job-list card's score and what the job lists' rules (lib/lists/rules.ts) read from the background: `blocked`
 * when the user hid its company, `hidden` when they hid this job; `marks`, what the card, the job's detail pane or
 * its history in the store say (a repost we detected included); `keywords`, the title keywords its title matches
 * (matched here, never on the page: lib/lists/keywords.ts).
 */
export const CardResult = z.object({
  source: Source,
  id: nonEmpty,
  score: ScoreSchema,
  blocked: z.boolean(),
  hidden: z.boolean(),
  marks: z.object({ viewed: z.boolean(), applied: z.boolean(), reposted: z.boolean() }),
  keywords: z.array(z.string()),
});
export type CardResult = z.infer<typeof CardResult>;

const FailureSchema = z.object({ ok: z.literal(false), error: z.string() });

const answer = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...shape }), FailureSchema]);

/** `fromTab`: only a content script (a sender with a tab) may send it. */
export const BACKGROUND_MESSAGES = {
  'posting:seen': { fromTab: true, body: z.object({ posting: Posting }), answer: answer({ result: TabResult }) },
  'posting:left': { fromTab: true, body: z.object({}), answer: answer({}) },
  'cards:seen': {
    fromTab: true,
    /** `rescore`: the settings changed and the cards are scored again, so no sighting is recorded. */
    body: z.object({ postings: z.array(Posting).check(z.maxLength(MAX_CARDS)), rescore: z.optional(z.boolean()) }),
    answer: answer({ results: z.array(CardResult) }),
  },
  'tab:get-result': {
    fromTab: false,
    body: z.object({ tabId: Count }),
    answer: answer({ result: z.nullable(TabResult) }),
  },
  'posting:set-saved': {
    fromTab: false,
    body: z.object({ source: Source, id: nonEmpty, saved: z.boolean() }),
    answer: answer({ saved: z.boolean() }),
  },
  /** The popup opened: what closed is seen, the toolbar count starts again; answers when it was last looked at. */
  'watch:seen': { fromTab: false, body: z.object({}), answer: answer({ seenAt: z.optional(IsoDate) }) },
  'company:block': {
    fromTab: false,
    body: z.object({ company: z.string().check(z.trim(), z.minLength(1)) }),
    answer: answer({}),
  },
  /**
   * The popup asks the background to summarize the tab's posting with Chrome's model: the result with it, or null
   * when the model is not ready in the background (the popup may then make it, and send it with summary:save).
   */
  'summary:on-device': {
    fromTab: false,
    body: z.object({ tabId: Count }),
    answer: answer({ result: z.nullable(TabResult) }),
  },
  /** The on-device summary the popup made of the description whose key it names, to keep and show. */
  'summary:save': {
    fromTab: false,
    body: z.object({ tabId: Count, descriptionKey: nonEmpty, lines: SummaryLines }),
    answer: answer({ result: TabResult }),
  },
  /** Hide one job from job lists, or show it again: from a card's pill, the popup or the options page. */
  'job:set-hidden': {
    fromTab: false,
    body: z.object({ source: Source, id: nonEmpty, hidden: z.boolean() }),
    answer: answer({ hidden: z.boolean() }),
  },
} as const;

export const CONTENT_MESSAGES = {
  'result:update': { body: z.object({ result: TabResult }), answer: answer({}) },
  'site:disabled': { body: z.object({}), answer: answer({}) },
  /** What the store knows of a job changed (hidden, shown again, seen in a detail pane): its cards ask again. */
  'cards:changed': { body: z.object({ source: Source, id: nonEmpty }), answer: answer({}) },
} as const;

type Specs = Record<string, { body: z.ZodMiniObject; answer: z.ZodMiniType }>;
/** zod types an empty object as Record<string, never>, which no message with a `type` would satisfy. */
type Fields<T> = string extends keyof T ? object : T;
type Message<S extends Specs, K extends keyof S> = K extends keyof S
  ? { type: K } & Fields<z.output<S[K]['body']>>
  : never;
type MessageInput<S extends Specs, K extends keyof S> = K extends keyof S
  ? { type: K } & Fields<z.input<S[K]['body']>>
  : never;
type Answer<S extends Specs, K extends keyof S> = z.output<S[K]['answer']>;

export type BackgroundType = keyof typeof BACKGROUND_MESSAGES;
export type BackgroundMessage<K extends BackgroundType = BackgroundType> = Message<typeof BACKGROUND_MESSAGES, K>;
export type BackgroundMessageInput<K extends BackgroundType = BackgroundType> = MessageInput<
  typeof BACKGROUND_MESSAGES,
  K
>;
export type BackgroundAnswer<K extends BackgroundType> = Answer<typeof BACKGROUND_MESSAGES, K>;

export type ContentType = keyof typeof CONTENT_MESSAGES;
export type ContentMessage<K extends ContentType = ContentType> = Message<typeof CONTENT_MESSAGES, K>;
export type ContentMessageInput<K extends ContentType = ContentType> = MessageInput<typeof CONTENT_MESSAGES, K>;

function issueText(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'message';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

/** Checks a received message against `specs`; the error is a sentence naming the bad field. */
export function parseMessage<S extends Specs>(
  specs: S,
  raw: unknown,
): { ok: true; type: keyof S & string; message: Message<S, keyof S> } | Failure {
  const read = readMessage((type) => {
    const spec = Object.hasOwn(specs, type) ? specs[type] : undefined;
    return spec && checkWith(spec.body);
  }, raw);
  if (!read.ok) return read;
  return { ok: true, type: read.type, message: read.message as Message<S, keyof S> };
}

/** Sends a message to the background and returns its checked answer, or a failure saying what went wrong. */
export async function sendToBackground<K extends BackgroundType>(
  message: BackgroundMessageInput<K>,
): Promise<BackgroundAnswer<K>> {
  const schema: z.ZodMiniType = BACKGROUND_MESSAGES[message.type].answer;
  return ask(checkWith(schema), message.type, () => browser.runtime.sendMessage(message)) as Promise<
    BackgroundAnswer<K>
  >;
}

/** Sends a message to the content script in a tab; fails quietly (with a Failure) when the tab has none. */
export async function sendToTab<K extends ContentType>(
  tabId: number,
  message: ContentMessageInput<K>,
): Promise<Answer<typeof CONTENT_MESSAGES, K>> {
  const schema: z.ZodMiniType = CONTENT_MESSAGES[message.type].answer;
  return ask(checkWith(schema), message.type, () => browser.tabs.sendMessage(tabId, message)) as Promise<
    Answer<typeof CONTENT_MESSAGES, K>
  >;
}

/** The shared transport's check, made from a zod schema. */
const checkWith =
  (schema: z.ZodMiniType): Check =>
  (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : failure(issueText(parsed.error));
  };

export interface BackgroundSender {
  /** The tab of a content script; absent for the popup and the options page. */
  tabId?: number;
}

export type BackgroundHandlers = {
  [K in BackgroundType]: (message: BackgroundMessage<K>, sender: BackgroundSender) => Promise<BackgroundAnswer<K>>;
};

/**
 * The background's runtime.onMessage listener. It answers only this extension's own pages and content scripts
 * (and content-script messages only from a tab); anything else gets no answer at all. A malformed message gets a
 * Failure naming the bad field, and a handler that throws becomes a Failure too.
 */
export function backgroundListener(handlers: BackgroundHandlers): Listener {
  return (raw, sender) => {
    if (!fromThisExtension(sender)) return undefined;
    const tabId = sender.tab?.id;
    const type = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
    if (typeof type === 'string' && Object.hasOwn(BACKGROUND_MESSAGES, type)) {
      if (BACKGROUND_MESSAGES[type as BackgroundType].fromTab && tabId === undefined) return undefined;
    }
    const parsed = parseMessage(BACKGROUND_MESSAGES, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    const handle = handlers[parsed.type] as (m: BackgroundMessage, s: BackgroundSender) => Promise<unknown>;
    return handle(parsed.message, tabId === undefined ? {} : { tabId }).catch((error: unknown) =>
      failure(`Still Hiring could not handle "${parsed.type}": ${errorText(error)}`),
    );
  };
}

/** A script handles the messages it knows; the others are left for the tab's other scripts (LinkedIn has two). */
export type ContentHandlers = { [K in ContentType]?: (message: ContentMessage<K>) => void };
