import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabResult } from '@/lib/messages';
import type { ExtractResult, Posting } from '@/lib/posting';
import type { BadgeHost } from './badge-host';
import { sendToBackground } from './channel';
import type { SiteConfig } from './site-config';
import { watchDom } from './watch-dom';

/**
 * The content scripts' one brain, shared by the three sites: find the posting the page shows (waiting for pages
 * that render late or swap postings without a page load), report it, and keep exactly one badge for it.
 */

export interface ControllerDeps {
  site: SiteConfig;
  badge: BadgeHost;
  now: () => Date;
  /** How long to wait for a posting to render before deciding the page has none. */
  waitMs?: number;
  /** The least time between two looks at a changing page. */
  throttleMs?: number;
}

export interface Controller {
  /**
   * Looks at the page again: on start, after navigation, when the site is switched back on. `url` is the address
   * being navigated to, which the Navigation API announces before `location` changes; default `location.href`.
   */
  scan(url?: string): void;
  setEnabled(enabled: boolean): void;
  /** A newer result for the posting on screen (the API date arrived, a save, a settings change). */
  update(result: TabResult): void;
  save(saved: boolean): Promise<string | undefined>;
  blockCompany(company: string): Promise<string | undefined>;
}

const WAIT_MS = 15_000;
const THROTTLE_MS = 250;
/** How often, at most, a shown badge checks that the site has not re-rendered it away. */
const KEEP_MS = 500;

const samePosting = (a: Posting, b: Posting) => a.source === b.source && a.id === b.id;

/** Right after an in-page navigation the old posting can still be on screen under the new URL. */
const sameContent = (a: Posting, b: Posting) =>
  a.title === b.title && a.company === b.company && (a.descriptionText ?? '') === (b.descriptionText ?? '');

export function createController(ctx: ContentScriptContext, deps: ControllerDeps): Controller {
  const waitMs = deps.waitMs ?? WAIT_MS;
  const throttleMs = deps.throttleMs ?? THROTTLE_MS;
  let enabled = false;
  let shown: TabResult | undefined;
  // The posting reported and not answered yet, and a newer result for it that arrived before the answer did: the
  // background's API refinement can overtake the answer it follows.
  let asking: Posting | undefined;
  let early: TabResult | undefined;
  // The background may still hold the posting of the page this tab showed before this one.
  let backgroundHasPosting = true;
  let generation = 0;
  let stopWatching: (() => void) | undefined;

  const cancel = () => {
    generation++;
    stopWatching?.();
    stopWatching = undefined;
  };

  const hide = () => {
    shown = undefined;
    deps.badge.remove();
  };

  const leave = () => {
    hide();
    if (!backgroundHasPosting) return;
    backgroundHasPosting = false;
    void sendToBackground({ type: 'posting:left' });
  };

  // Extractors are written not to throw; a page the site broke in a new way still must not break the script.
  const extract = (url: string): ExtractResult => {
    try {
      return deps.site.extract(document, url, deps.now());
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  };

  const find = (url: string, strict: boolean): Posting | undefined => {
    const extracted = extract(url);
    if (!extracted.ok) return undefined;
    const posting = extracted.posting;
    const expected = deps.site.expectedId(url);
    if (expected !== undefined && posting.id !== expected) return undefined;
    if (strict && shown && !samePosting(shown.posting, posting) && sameContent(shown.posting, posting))
      return undefined;
    return posting;
  };

  // Once shown, a site that re-renders its header can drop the badge, and a title that renders after the posting
  // was read should get the badge from the corner: put it in place.
  const keepAttached = (token: number) => {
    if (token !== generation) return;
    stopWatching?.();
    stopWatching = watchDom(ctx, {
      throttleMs: KEEP_MS,
      check: () => {
        if (!shown || deps.badge.isInPlace()) return false;
        scan();
        return true;
      },
    });
  };

  const present = async (posting: Posting, token: number) => {
    if (shown && samePosting(shown.posting, posting)) {
      if (!deps.badge.isInPlace()) await deps.badge.show(shown);
      keepAttached(token);
      return;
    }
    backgroundHasPosting = true;
    asking = posting;
    early = undefined;
    const answer = await sendToBackground({ type: 'posting:seen', posting });
    const overtaken = early;
    if (asking === posting) asking = early = undefined;
    if (token !== generation || !enabled) return;
    if (!answer.ok) {
      hide();
      return;
    }
    shown = overtaken ?? answer.result;
    await deps.badge.show(shown);
    keepAttached(token);
  };

  const scan = (url = location.href) => {
    cancel();
    if (!enabled) return;
    const token = generation;
    if (!deps.site.isPostingPage(url)) {
      leave();
      return;
    }
    const attempt = (strict: boolean) => {
      const posting = find(url, strict);
      if (posting) void present(posting, token);
      return posting !== undefined;
    };
    if (attempt(true)) return;
    stopWatching = watchDom(ctx, {
      throttleMs,
      timeoutMs: waitMs,
      check: () => attempt(true),
      onTimeout: () => {
        if (token === generation && !attempt(false)) leave();
      },
    });
  };

  return {
    scan,
    setEnabled(next) {
      if (next === enabled) return;
      enabled = next;
      if (enabled) {
        scan();
      } else {
        cancel();
        hide();
      }
    },
    update(result) {
      if (asking && samePosting(asking, result.posting)) early = result;
      if (!shown || !samePosting(shown.posting, result.posting)) return;
      shown = result;
      void deps.badge.show(result);
    },
    async save(saved) {
      if (!shown) return 'This posting is no longer on the page.';
      const { source, id } = shown.posting;
      const answer = await sendToBackground({ type: 'posting:set-saved', source, id, saved });
      if (!answer.ok) return answer.error;
      if (shown && shown.posting.source === source && shown.posting.id === id) {
        shown = { ...shown, saved: answer.saved };
        await deps.badge.show(shown);
      }
      return undefined;
    },
    async blockCompany(company) {
      const answer = await sendToBackground({ type: 'company:block', company });
      return answer.ok ? undefined : answer.error;
    },
  };
}
