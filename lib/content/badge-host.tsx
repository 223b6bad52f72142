import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge } from '@/components/badge/Badge';
import { firstMatch } from '@/lib/extract/common';
import type { TabResult } from '@/lib/messages';

/** The custom element the badge lives in; reserved for the posting badge (one per page). */
export const BADGE_ELEMENT = 'still-hiring-badge';

/** Events that stay inside the badge: the page's shortcuts and click handlers never see our keys and clicks. */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
];

export interface BadgeHostOptions {
  titleSelectors: readonly string[];
  canBlockCompany: boolean;
  now: () => Date;
  onSave: (saved: boolean) => Promise<string | undefined>;
  onBlockCompany: (company: string) => Promise<string | undefined>;
}

export interface BadgeHost {
  /** Shows `result`: re-renders in place for the same posting, replaces the badge for another one. */
  show(result: TabResult): Promise<void>;
  remove(): void;
  /**
   * The badge is where it belongs, or about to be: false when a site re-render dropped it, or when it waits in the
   * corner and the job title has since rendered.
   */
  isInPlace(): boolean;
}

const keyOf = (result: TabResult) => `${result.posting.source}:${result.posting.id}`;

/**
 * One badge in an open shadow root at the end of the job title (or, without a title, fixed in a corner), so the
 * page's CSS cannot reach it and its CSS cannot reach the page.
 */
export function createBadgeHost(ctx: ContentScriptContext, options: BadgeHostOptions): BadgeHost {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let shownKey: string | undefined;
  let latest: TabResult | undefined;
  let generation = 0;
  let mounting = false;
  let atTitle = false;

  const findTitle = () => firstMatch(document, options.titleSelectors)?.element;
  const inPlace = () => Boolean(ui?.shadowHost.isConnected) && (atTitle || findTitle() === undefined);

  const draw = (container: HTMLElement) => {
    if (!latest) return;
    render(
      <Badge
        result={latest}
        now={options.now}
        canBlockCompany={options.canBlockCompany}
        onSave={options.onSave}
        onBlockCompany={options.onBlockCompany}
      />,
      container,
    );
  };

  const removeUi = () => {
    ui?.remove();
    ui = undefined;
    shownKey = undefined;
  };

  return {
    async show(result) {
      latest = result;
      if (ui && shownKey === keyOf(result) && inPlace()) {
        draw(ui.uiContainer);
        return;
      }
      const token = ++generation;
      mounting = true;
      removeUi();
      const title = findTitle();
      const created = await createShadowRootUi(ctx, {
        name: BADGE_ELEMENT,
        mode: 'open',
        position: 'inline',
        inheritStyles: true,
        isolateEvents: ISOLATED_EVENTS,
        anchor: title ?? document.body,
        append: 'last',
        onMount: (container, _shadow, host) => {
          host.dataset.placement = title ? 'title' : 'corner';
          draw(container);
          return container;
        },
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
      if (token !== generation) return;
      mounting = false;
      // A badge left behind by an earlier copy of this content script (the extension was reloaded) goes first.
      for (const stray of document.querySelectorAll(BADGE_ELEMENT)) stray.remove();
      created.mount();
      atTitle = title !== undefined;
      ui = created;
      shownKey = keyOf(result);
    },
    remove() {
      generation++;
      mounting = false;
      latest = undefined;
      removeUi();
    },
    isInPlace() {
      return mounting || inPlace();
    },
  };
}
