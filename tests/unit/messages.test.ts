import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import {
  BACKGROUND_MESSAGES,
  type BackgroundHandlers,
  backgroundListener,
  parseMessage,
  sendToBackground,
  sendToTab,
} from '@/lib/messages';
import { makePosting, makeResult } from './helpers/results';

const OWN = { id: 'test-extension-id' };
const TAB = { ...OWN, tab: { id: 7 } as never };

function handlers(overrides: Partial<BackgroundHandlers> = {}): BackgroundHandlers {
  return {
    'posting:seen': vi.fn(async () => ({ ok: true as const, result: makeResult() })),
    'posting:left': vi.fn(async () => ({ ok: true as const })),
    'cards:seen': vi.fn(async () => ({ ok: true as const, results: [] })),
    'tab:get-result': vi.fn(async () => ({ ok: true as const, result: null })),
    'posting:set-saved': vi.fn(async ({ saved }) => ({ ok: true as const, saved })),
    'company:block': vi.fn(async () => ({ ok: true as const })),
    'summary:on-device': vi.fn(async () => ({ ok: true as const, result: null })),
    'summary:save': vi.fn(async () => ({ ok: true as const, result: makeResult() })),
    'job:set-hidden': vi.fn(async ({ hidden }) => ({ ok: true as const, hidden })),
    'watch:seen': vi.fn(async () => ({ ok: true as const })),
    ...overrides,
  };
}

describe('parseMessage', () => {
  it('accepts a valid message and fills the posting defaults', () => {
    const posting = makePosting();
    const parsed = parseMessage(BACKGROUND_MESSAGES, { type: 'posting:seen', posting });
    expect(parsed).toMatchObject({ ok: true, type: 'posting:seen', message: { type: 'posting:seen', posting } });
  });

  it('names the bad field', () => {
    const posting = { ...makePosting(), title: '' };
    const parsed = parseMessage(BACKGROUND_MESSAGES, { type: 'posting:seen', posting });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^Bad "posting:seen" message, posting\.title: /);
  });

  it('rejects unknown types and things that are not messages', () => {
    expect(parseMessage(BACKGROUND_MESSAGES, { type: 'toString' })).toEqual({
      ok: false,
      error: 'Unknown message type "toString".',
    });
    expect(parseMessage(BACKGROUND_MESSAGES, 'posting:seen')).toEqual({
      ok: false,
      error: 'A message must be an object with a string "type".',
    });
    expect(parseMessage(BACKGROUND_MESSAGES, null).ok).toBe(false);
  });
});

describe('backgroundListener', () => {
  it('hands a valid content-script message and its tab to the handler', async () => {
    const h = handlers();
    const posting = makePosting();
    const answer = await backgroundListener(h)({ type: 'posting:seen', posting }, TAB);
    expect(answer).toMatchObject({ ok: true });
    expect(h['posting:seen']).toHaveBeenCalledWith({ type: 'posting:seen', posting }, { tabId: 7 });
  });

  it('ignores other extensions, senders without an id, and content-script messages without a tab', () => {
    const h = handlers();
    const listener = backgroundListener(h);
    expect(listener({ type: 'posting:left' }, { id: 'someone-else', tab: { id: 7 } as never })).toBeUndefined();
    expect(listener({ type: 'posting:left' }, {})).toBeUndefined();
    expect(listener({ type: 'posting:left' }, OWN)).toBeUndefined();
    expect(listener({ type: 'cards:seen', postings: [] }, OWN)).toBeUndefined();
    expect(h['posting:left']).not.toHaveBeenCalled();
    expect(h['cards:seen']).not.toHaveBeenCalled();
  });

  it('answers popup messages without a tab', async () => {
    const h = handlers();
    await expect(backgroundListener(h)({ type: 'tab:get-result', tabId: 3 }, OWN)).resolves.toEqual({
      ok: true,
      result: null,
    });
    expect(h['tab:get-result']).toHaveBeenCalledWith({ type: 'tab:get-result', tabId: 3 }, {});
  });

  it('answers a malformed message with a sentence naming the field, without calling a handler', async () => {
    const h = handlers();
    const answer = await backgroundListener(h)({ type: 'posting:set-saved', source: 'monster', id: 'x' }, OWN);
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^Bad "posting:set-saved" message, source: /) });
    expect(h['posting:set-saved']).not.toHaveBeenCalled();
    await expect(backgroundListener(h)({ nope: true }, OWN)).resolves.toMatchObject({ ok: false });
  });

  it('turns a handler that throws into a failure', async () => {
    const h = handlers({
      'company:block': async () => {
        throw new Error('disk full');
      },
    });
    await expect(backgroundListener(h)({ type: 'company:block', company: 'Acme' }, OWN)).resolves.toEqual({
      ok: false,
      error: 'Still Hiring could not handle "company:block": disk full',
    });
  });
});

describe('sendToBackground', () => {
  it('returns the checked answer', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, saved: true }));
    await expect(
      sendToBackground({ type: 'posting:set-saved', source: 'lever', id: 'a', saved: true }),
    ).resolves.toEqual({ ok: true, saved: true });
  });

  it('turns an answer of the wrong shape into a failure', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, saved: 'yes' }));
    const answer = await sendToBackground({ type: 'posting:set-saved', source: 'lever', id: 'a', saved: true });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^The answer to "posting:set-saved" was not/) });
  });

  it('turns an unreachable background into a failure', async () => {
    const answer = await sendToBackground({ type: 'posting:left' });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^Could not deliver "posting:left": /) });
  });
});

describe('background to content', () => {
  it('sendToTab fails quietly when the tab has no content script', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(sendToTab(9, { type: 'site:disabled' })).resolves.toEqual({
      ok: false,
      error: 'Could not deliver "site:disabled": Receiving end does not exist.',
    });
  });
});
