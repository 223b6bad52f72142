import { fakeBrowser } from 'wxt/testing';
import type { BackgroundMessage, TabResult } from '@/lib/messages';
import { makeResult, makeScore } from '../helpers/results';

/** A stand-in background and page helpers for the content-script tests. */

export interface FakeBackground {
  messages: BackgroundMessage[];
  /** Answers posting:seen with this score value per posting id; 'fail' answers a failure. */
  scores: Record<string, number | 'fail'>;
  /** Runs after a posting:seen arrives and before it is answered (to let a later message overtake the answer). */
  beforeAnswer?: (posting: TabResult['posting']) => void;
}

export function fakeBackground(): FakeBackground {
  const background: FakeBackground = { messages: [], scores: {} };
  fakeBrowser.runtime.onMessage.addListener((received: unknown) => {
    const message = received as BackgroundMessage;
    background.messages.push(message);
    if (message.type === 'posting:seen') {
      background.beforeAnswer?.(message.posting);
      const value = background.scores[message.posting.id] ?? 70;
      if (value === 'fail') return Promise.resolve({ ok: false, error: 'Still Hiring is switched off for Lever.' });
      const result: TabResult = makeResult({ posting: message.posting, score: makeScore({ value }) });
      return Promise.resolve({ ok: true, result });
    }
    if (message.type === 'posting:set-saved') return Promise.resolve({ ok: true, saved: message.saved });
    return Promise.resolve({ ok: true });
  });
  return background;
}

export const typesSent = (background: FakeBackground) => background.messages.map((m) => m.type);

export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

export function badges(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('still-hiring-badge')];
}

/** The one badge's part with this data-testid, read through its open shadow root. */
export function inBadge(testId: string): HTMLElement | null {
  const [badge, ...more] = badges();
  if (more.length > 0) throw new Error(`${more.length + 1} badges on the page`);
  return badge?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;
}
