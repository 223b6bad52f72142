import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { browser } from 'wxt/browser';
import { contentListener, sendToBackground } from '@/lib/content/channel';
import { ANSWER_CHECKS, MESSAGE_CHECKS } from '@/lib/content/received';
import { enrichPosting } from '@/lib/extract/enrich';
import { extractPosting } from '@/lib/extract/index';
import { BACKGROUND_MESSAGES, CONTENT_MESSAGES, type TabResult } from '@/lib/messages';
import { scorePosting } from '@/lib/score/index';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { extractiveSummary } from '@/lib/summary/extractive';
import { FIXTURE_SITES, goldenPages, readGolden, readPage } from '../extract/golden';
import { GHOST_SCORE, makeCardResult, makeHistory, makePosting, makeResult } from '../helpers/results';

const OWN = { id: 'test-extension-id' };
const TAB = { ...OWN, tab: { id: 7 } as never };

/** What the background answers for every saved page of every site, enriched and scored as it would score them. */
function realResults(): TabResult[] {
  return FIXTURE_SITES.flatMap((site) =>
    goldenPages(site).flatMap((page) => {
      const golden = readGolden(site, page);
      const now = new Date(golden.now);
      const extracted = extractPosting(readPage(site, page), golden.url, now);
      if (!extracted.ok) return [];
      const posting = enrichPosting(extracted.posting);
      const history = makeHistory({ firstSeen: golden.now, lastSeen: golden.now, sightings: [golden.now] });
      const score = scorePosting(posting, { posting: history }, DEFAULT_SETTINGS, now);
      const lines = extractiveSummary(posting);
      const summary = lines && { method: 'extractive' as const, lines };
      return [{ posting, score, history, saved: false, ...(summary ? { summary } : {}) }];
    }),
  );
}

const REAL = realResults();
/** A result with every field the badge reads: a ghost score with a note, a posting stating its vacancy, a summary. */
const STATED = makeResult({
  summary: { method: 'on-device', lines: ['Builds the platform.'] },
  score: { ...GHOST_SCORE, notes: ['First time this browser sees Acme: no company history yet'] },
  posting: makePosting({
    vacancy: { current: true, fillBy: '2027-01-15T00:00:00.000Z', text: 'This posting is for a current vacancy.' },
  }),
});
const zodAccepts = (answer: unknown) => BACKGROUND_MESSAGES['posting:seen'].answer.safeParse(answer).success;
const handAccepts = (answer: unknown) => ANSWER_CHECKS['posting:seen'](answer).ok;

/** A copy of `value` with the field at `path` replaced (or deleted, for undefined). */
function withField(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** Every path to a leaf of `value`, so a property can break any one field. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...entries.flatMap(([key, v]) => leafPaths(v, [...path, key]))];
}

describe("content scripts' checks of what the background sends", () => {
  it('accept every answer the background gives for the saved pages of all three sites', () => {
    expect(REAL.length).toBeGreaterThan(15);
    // Among them a stated vacancy and its score's employer factor and notes, which the badge reads.
    expect(REAL.some((result) => result.posting.vacancy?.fillBy !== undefined)).toBe(true);
    expect(REAL.some((result) => result.score.notes.length > 0)).toBe(true);
    for (const result of [...REAL, makeResult(), makeResult({ score: GHOST_SCORE, problem: 'Not saved.' })]) {
      const answer = { ok: true, result };
      expect(zodAccepts(answer)).toBe(true);
      expect(ANSWER_CHECKS['posting:seen'](answer)).toEqual({ ok: true, value: answer });
      expect(MESSAGE_CHECKS['result:update']({ type: 'result:update', result }).ok).toBe(true);
    }
  });

  it.each<[string, (string | number)[], unknown]>([
    ['a score that is text', ['result', 'score', 'value'], '70'],
    ['an unknown band', ['result', 'score', 'band', 'id'], 'great'],
    ['an unknown site', ['result', 'posting', 'source'], 'indeed'],
    ['locations that are not a list', ['result', 'posting', 'locations'], 'Paris'],
    ['a missing first sighting', ['result', 'history', 'firstSeen'], undefined],
    ['a saved flag that is text', ['result', 'saved'], 'no'],
    ['a factor without points', ['result', 'score', 'factors', 0, 'points'], null],
    ['an unknown kind of posted date', ['result', 'posting', 'posted'], { kind: 'soon' }],
    ['a ghost signal of unknown severity', ['result', 'score', 'ghostSignals', 0, 'severity'], 'awful'],
    ['a summary made in an unknown way', ['result', 'summary', 'method'], 'cloud'],
    ['summary lines that are not a list', ['result', 'summary', 'lines'], 'One line.'],
    ['a vacancy statement that is not an object', ['result', 'posting', 'vacancy'], 'yes'],
    ['a vacancy whose "current" is text', ['result', 'posting', 'vacancy', 'current'], 'true'],
    ['a vacancy without its sentence', ['result', 'posting', 'vacancy', 'text'], undefined],
    ['a fill-by day that is a number', ['result', 'posting', 'vacancy', 'fillBy'], 20270115],
    ['notes that are not a list', ['result', 'score', 'notes'], 'First time'],
    ['a note that is not text', ['result', 'score', 'notes', 0], 7],
    ['no result', ['result'], undefined],
    ['an ok that is text', ['ok'], 'yes'],
  ])('refuse, as zod does, an answer with %s, and name the field', (_what, path, replacement) => {
    const answer = withField({ ok: true, result: STATED }, path, replacement);
    expect(zodAccepts(answer)).toBe(false);
    const checked = ANSWER_CHECKS['posting:seen'](answer);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toContain(path.slice(0, 2).join('.'));
  });

  // The background sends what zod gives out, defaults filled in: a changed answer that zod would still complete (a
  // missing list it defaults to empty) is not one the background can send.
  it('never refuse an answer zod accepts as it is, whichever field of a real answer is changed to whatever', () => {
    const answers = REAL.map((result) => ({ ok: true, result }));
    fc.assert(
      fc.property(
        fc
          .constantFrom(...answers)
          .chain((answer) => fc.tuple(fc.constant(answer), fc.constantFrom(...leafPaths(answer)))),
        fc.oneof(fc.anything(), fc.constant(undefined)),
        ([answer, path], replacement) => {
          if (path.length === 0) return;
          const changed = withField(answer, path, replacement);
          const parsed = BACKGROUND_MESSAGES['posting:seen'].answer.safeParse(changed);
          if (parsed.success && isDeepStrictEqual(parsed.data, changed)) expect(handAccepts(changed)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accept failures and the short answers, refuse them malformed', () => {
    expect(ANSWER_CHECKS['posting:seen']({ ok: false, error: 'Switched off.' }).ok).toBe(true);
    expect(ANSWER_CHECKS['posting:seen']({ ok: false }).ok).toBe(false);
    expect(ANSWER_CHECKS['posting:set-saved']({ ok: true, saved: true }).ok).toBe(true);
    expect(ANSWER_CHECKS['posting:set-saved']({ ok: true }).ok).toBe(false);
    const card = makeCardResult();
    expect(ANSWER_CHECKS['cards:seen']({ ok: true, results: [card] }).ok).toBe(true);
    expect(BACKGROUND_MESSAGES['cards:seen'].answer.safeParse({ ok: true, results: [card] }).success).toBe(true);
    expect(ANSWER_CHECKS['cards:seen']({ ok: true, results: [{ ...card, blocked: 'no' }] })).toEqual({
      ok: false,
      error: 'results.0.blocked should be true or false',
    });
    expect(ANSWER_CHECKS['cards:seen']({ ok: true, results: [{ ...card, keywords: [3] }] })).toEqual({
      ok: false,
      error: 'results.0.keywords.0 should be text',
    });
    expect(ANSWER_CHECKS['job:set-hidden']({ ok: true, hidden: true }).ok).toBe(true);
    expect(BACKGROUND_MESSAGES['job:set-hidden'].answer.safeParse({ ok: true, hidden: 'no' }).success).toBe(false);
    expect(ANSWER_CHECKS['job:set-hidden']({ ok: true, hidden: 'no' }).ok).toBe(false);
    const changed = { type: 'cards:changed', source: 'linkedin', id: '4400000101' };
    expect(MESSAGE_CHECKS['cards:changed'](changed).ok).toBe(true);
    expect(CONTENT_MESSAGES['cards:changed'].body.safeParse(changed).success).toBe(true);
    expect(MESSAGE_CHECKS['cards:changed']({ ...changed, source: 'indeed' }).ok).toBe(false);
    expect(CONTENT_MESSAGES['cards:changed'].body.safeParse({ ...changed, source: 'indeed' }).success).toBe(false);
    expect(MESSAGE_CHECKS['site:disabled']({ type: 'site:disabled' }).ok).toBe(true);
    expect(CONTENT_MESSAGES['site:disabled'].body.safeParse({ type: 'site:disabled' }).success).toBe(true);
  });
});

describe('contentListener', () => {
  it('hears only the background, and names the bad field of a malformed message', async () => {
    const update = vi.fn();
    const listener = contentListener({ 'result:update': update, 'site:disabled': vi.fn() });
    const result = makeResult();
    expect(listener({ type: 'result:update', result }, { id: 'other' })).toBeUndefined();
    expect(listener({ type: 'result:update', result }, TAB)).toBeUndefined();
    await expect(listener({ type: 'result:update', result }, OWN)).resolves.toEqual({ ok: true });
    expect(update).toHaveBeenCalledWith({ type: 'result:update', result });
    await expect(listener({ type: 'result:update', result: { ...result, saved: 'no' } }, OWN)).resolves.toEqual({
      ok: false,
      error: 'Bad "result:update" message, result.saved should be true or false.',
    });
    // Left for the tab's other script: LinkedIn's badge and lists scripts each hear only their own.
    expect(listener({ type: 'page:reload' }, OWN)).toBeUndefined();
    expect(listener({ type: 'cards:changed', source: 'linkedin', id: '1' }, OWN)).toBeUndefined();
    await expect(listener('result:update', OWN)).resolves.toMatchObject({ ok: false });
    expect(update).toHaveBeenCalledTimes(1);
  });
});

describe('sendToBackground (content side)', () => {
  it("returns the background's checked answer, or a sentence when it cannot be delivered or understood", async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ ok: true, saved: true } as never);
    await expect(
      sendToBackground({ type: 'posting:set-saved', source: 'lever', id: 'a', saved: true }),
    ).resolves.toEqual({ ok: true, saved: true });
    send.mockResolvedValueOnce({ ok: true, saved: 'yes' } as never);
    await expect(
      sendToBackground({ type: 'posting:set-saved', source: 'lever', id: 'a', saved: true }),
    ).resolves.toEqual({
      ok: false,
      error: 'The answer to "posting:set-saved" was not understood, saved should be true or false.',
    });
    send.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(sendToBackground({ type: 'posting:left' })).resolves.toEqual({
      ok: false,
      error: 'Could not deliver "posting:left": Extension context invalidated.',
    });
  });
});
