import { type Browser, browser } from 'wxt/browser';

/**
 * How a message and its answer travel, apart from how they are checked: the background, the popup and the options
 * page check with the zod schemas of lib/messages.ts, content scripts with lib/content/received.ts.
 */

/** A LinkedIn job list shows 25 cards a page; more than this in one message is not a job list. */
export const MAX_CARDS = 200;

export type Failure = { ok: false; error: string };

export const failure = (error: string): Failure => ({ ok: false, error });

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Checks something received: its value, or a sentence naming the first thing wrong with it ("result.score: …"). */
export type Check = (raw: unknown) => { ok: true; value: unknown } | Failure;

export type Listener = (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

/** Sent by this extension itself (its background, pages or content scripts), not by another extension. */
export const fromThisExtension = (sender: Browser.runtime.MessageSender): boolean =>
  Boolean(sender.id) && sender.id === browser.runtime.id;

/**
 * Reads a received message: its type, and its body as the check for that type (`checkFor`) gives it back; else a
 * Failure with a sentence naming what is wrong (no type, an unknown one, a bad field).
 */
export function readMessage(
  checkFor: (type: string) => Check | undefined,
  raw: unknown,
): { ok: true; type: string; message: { type: string } } | Failure {
  if (typeof raw !== 'object' || raw === null || !('type' in raw) || typeof raw.type !== 'string') {
    return failure('A message must be an object with a string "type".');
  }
  const type = raw.type;
  const check = checkFor(type);
  if (!check) return failure(`Unknown message type "${type}".`);
  const checked = check(raw);
  if (!checked.ok) return failure(`Bad "${type}" message, ${checked.error}.`);
  return { ok: true, type, message: { ...(checked.value as object), type } };
}

/** Sends through `send` and returns the checked answer, or a Failure saying what went wrong. */
export async function ask(check: Check, type: string, send: () => Promise<unknown>): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await send();
  } catch (error) {
    return failure(`Could not deliver "${type}": ${errorText(error)}`);
  }
  const checked = check(raw);
  return checked.ok ? checked.value : failure(`The answer to "${type}" was not understood, ${checked.error}.`);
}
