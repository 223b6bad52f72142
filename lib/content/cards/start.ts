import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadPageSettings, watchPageSettings } from '../page-settings';
import { type CardWatcher, type CardWatcherDeps, createCardWatcher } from './card-watcher';

/**
 * Starts the job-list pills: they follow the settings and in-page navigation, all tied to `ctx` so they stop (and
 * leave the page as it was) when the extension is reloaded or updated.
 */
export async function startJobCards(ctx: ContentScriptContext, deps: CardWatcherDeps): Promise<CardWatcher> {
  const watcher = createCardWatcher(ctx, deps);
  let changed = false;
  ctx.onInvalidated(
    watchPageSettings((settings) => {
      changed = true;
      watcher.setSettings(settings);
    }),
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.rescan());
  const settings = await loadPageSettings();
  // A change that arrived while loading is newer than what was loaded.
  if (ctx.isValid && !changed) watcher.setSettings(settings);
  return watcher;
}
