import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Posting } from '@/lib/posting';
import { createBadgeHost } from './badge-host';
import { contentListener } from './channel';
import { type Controller, createController } from './controller';
import { loadSites, watchSites } from './page-settings';
import type { SiteConfig } from './site-config';

/**
 * Everything a site's content script does for the posting badge: follow the settings, the background's messages
 * and in-page navigation, all tied to `ctx` so they stop when the extension is reloaded or updated.
 */
export async function startPostingBadge(
  ctx: ContentScriptContext,
  site: SiteConfig,
  options: { css?: string } = {},
): Promise<Controller> {
  const now = () => new Date();
  const titleOf = site.titleOf;
  const badge = createBadgeHost(ctx, {
    titleSelectors: site.titleSelectors,
    ...(titleOf ? { titleOf: (posting: Posting) => titleOf(document, posting) } : {}),
    ...options,
    now,
    onSave: (saved) => controller.save(saved),
    onBlockCompany: (company) => controller.blockCompany(company),
  });
  const controller = createController(ctx, { site, badge, now });

  const listener = contentListener({
    'result:update': ({ result }) => controller.update(result),
    'site:disabled': () => controller.setEnabled(false),
  });
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  ctx.onInvalidated(watchSites((sites) => controller.setEnabled(sites[site.source])));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => controller.scan(event.newUrl.href));

  const sites = await loadSites();
  if (ctx.isValid) controller.setEnabled(sites[site.source]);
  return controller;
}
