import { browser } from 'wxt/browser';
import { ask, fromThisExtension, type Listener, readMessage } from '@/lib/message-channel';
import type {
  BackgroundAnswer,
  BackgroundMessageInput,
  ContentHandlers,
  ContentMessage,
  ContentType,
} from '@/lib/messages';
import { ANSWER_CHECKS, MESSAGE_CHECKS } from './received';

/** The content scripts' side of the message surface of lib/messages.ts, checked with lib/content/received.ts. */

type SentType = keyof typeof ANSWER_CHECKS;

/** Sends a message to the background and returns its checked answer, or a failure saying what went wrong. */
export function sendToBackground<K extends SentType>(message: BackgroundMessageInput<K>): Promise<BackgroundAnswer<K>> {
  return ask(ANSWER_CHECKS[message.type], message.type, () => browser.runtime.sendMessage(message)) as Promise<
    BackgroundAnswer<K>
  >;
}

/**
 * A content script's runtime.onMessage listener: only the background (this extension, no tab) is heard, and only
 * about what `handlers` handle. Any other message is left unanswered for the tab's other script to answer (LinkedIn
 * has one for the badge and one for the lists); one of a handled type that is malformed gets a failure.
 */
export function contentListener(handlers: ContentHandlers): Listener {
  return (raw, sender) => {
    if (!fromThisExtension(sender) || sender.tab) return undefined;
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof type === 'string' && !Object.hasOwn(handlers, type)) return undefined;
    const read = readMessage(
      (type) => (Object.hasOwn(MESSAGE_CHECKS, type) ? MESSAGE_CHECKS[type as ContentType] : undefined),
      raw,
    );
    if (!read.ok) return Promise.resolve(read);
    (handlers[read.type as ContentType] as (message: ContentMessage) => void)(read.message as ContentMessage);
    return Promise.resolve({ ok: true });
  };
}
