import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardWatcher } from '@/lib/content/cards/card-watcher';
import { startJobCards } from '@/lib/content/cards/start';
import { sendToBackground } from '@/lib/content/channel';

/** Scores every job card in LinkedIn's lists, with a pill on each, and dims or hides the likely ghosts. */
export function watchJobCards(ctx: ContentScriptContext): Promise<CardWatcher> {
  return startJobCards(ctx, {
    send: (postings, rescore) => sendToBackground({ type: 'cards:seen', postings, rescore }),
    now: () => new Date(),
  });
}
