import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentListener } from '../channel';
import { loadPageSettings, watchPageSettings } from '../page-settings';
import { type CardWatcher, type CardWatcherDeps, createCardWatcher } from './card-watcher';
import type { ListSite } from './list-site';

/**
 * Starts a site's job-list pills and rules: they follow the settings, in-page navigation and the background's word
 * that a job changed, all tied to `ctx` so they stop (and leave the page as it was) when the extension is reloaded
 * or updated.
 */
export async function startJobCards(
  ctx: ContentScriptContext,
  site: ListSite,
  deps: CardWatcherDeps,
): Promise<CardWatcher> {
  const watcher = createCardWatcher(ctx, site, deps);
  let changed = false;
  ctx.onInvalidated(
    watchPageSettings((settings) => {
      changed = true;
      watcher.setSettings(settings);
    }),
  );
  const listener = contentListener({ 'cards:changed': ({ source, id }) => watcher.refresh(source, id) });
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.rescan());
  const settings = await loadPageSettings();
  // A change that arrived while loading is newer than what was loaded.
  if (ctx.isValid && !changed) watcher.setSettings(settings);
  return watcher;
}
