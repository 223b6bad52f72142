import { browser } from 'wxt/browser';
import { ask, failure, fromThisExtension, type Listener } from '@/lib/message-channel';
import type { BackgroundAnswer, BackgroundMessageInput, ContentHandlers, ContentMessage } from '@/lib/messages';
import { ANSWER_CHECKS, MESSAGE_CHECKS } from './received';

/** The content scripts' side of the message surface of lib/messages.ts, checked with lib/content/received.ts. */

type SentType = keyof typeof ANSWER_CHECKS;

/** Sends a message to the background and returns its checked answer, or a failure saying what went wrong. */
export function sendToBackground<K extends SentType>(message: BackgroundMessageInput<K>): Promise<BackgroundAnswer<K>> {
  return ask(ANSWER_CHECKS[message.type], message.type, () => browser.runtime.sendMessage(message)) as Promise<
    BackgroundAnswer<K>
  >;
}

/** A content script's runtime.onMessage listener: only the background (this extension, no tab) is heard. */
export function contentListener(handlers: ContentHandlers): Listener {
  return (raw, sender) => {
    if (!fromThisExtension(sender) || sender.tab) return undefined;
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof type !== 'string') return Promise.resolve(failure('A message must be an object with a string "type".'));
    if (!Object.hasOwn(MESSAGE_CHECKS, type)) return Promise.resolve(failure(`Unknown message type "${type}".`));
    const checked = MESSAGE_CHECKS[type as keyof typeof MESSAGE_CHECKS](raw);
    if (!checked.ok) return Promise.resolve(failure(`Bad "${type}" message, ${checked.error}.`));
    (handlers[type as keyof ContentHandlers] as (message: ContentMessage) => void)(raw as ContentMessage);
    return Promise.resolve({ ok: true });
  };
}
