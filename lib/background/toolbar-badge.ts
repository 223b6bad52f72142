import type { Browser } from 'wxt/browser';
import { BAND_COLORS, GHOST_WARNING_COLORS } from '@/components/band-colors';
import type { Score } from '@/lib/score/types';
import { ghostSummary, topReason } from '@/lib/score-summary';

/** The toolbar button's per-tab badge: the score in the band's colour, "!42" in the warning colour for a ghost job. */

export const DEFAULT_TITLE = 'Still Hiring';

export interface BadgeLook {
  /** At most 4 characters: "72", "!42", "!100". */
  text: string;
  background: string;
  textColor: string;
  title: string;
}

export function badgeLook(score: Score): BadgeLook {
  const ghost = ghostSummary(score);
  const colors = ghost ? GHOST_WARNING_COLORS.light : BAND_COLORS[score.band.id].light;
  const reason = ghost ? `Ghost job warning: ${ghost}` : topReason(score);
  return {
    text: ghost ? `!${score.value}` : String(score.value),
    background: colors.background,
    textColor: colors.text,
    title: `${DEFAULT_TITLE}: ${score.value}, ${score.band.label}${reason ? ` · ${reason}` : ''}`,
  };
}

/** The count of saved listings that closed, in the warning colour: "3", "99+". */
export function countLook(count: number): BadgeLook {
  const colors = GHOST_WARNING_COLORS.light;
  const listings = count === 1 ? 'saved listing' : 'saved listings';
  return {
    text: count <= 0 ? '' : count > 99 ? '99+' : String(count),
    background: colors.background,
    textColor: colors.text,
    title: count <= 0 ? DEFAULT_TITLE : `${DEFAULT_TITLE}: ${count} ${listings} closed since you last looked`,
  };
}

export interface ToolbarBadge {
  show(tabId: number, score: Score): Promise<void>;
  /** Back to what every tab shows: the count of saved listings that closed. */
  clear(tabId: number): Promise<void>;
  /** What tabs without a posting show: how many saved listings closed since the user last looked; 0 shows nothing. */
  showCount(count: number): Promise<void>;
}

type ActionApi = Pick<typeof Browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> &
  Partial<Pick<typeof Browser.action, 'setBadgeTextColor'>>;

/**
 * A tab's text set to null falls back to the text every tab shows, as both browsers document; Chrome's type
 * declarations leave null out.
 */
const TAB_FALLBACK = null as unknown as string;

/** A tab can close between the decision and the call; its badge is gone with it, so that error is not one. */
async function quietly(calls: Promise<unknown>[]): Promise<void> {
  await Promise.allSettled(calls);
}

export function createToolbarBadge(action: ActionApi): ToolbarBadge {
  return {
    async show(tabId, score) {
      const look = badgeLook(score);
      await quietly([
        action.setBadgeText({ tabId, text: look.text }),
        action.setBadgeBackgroundColor({ tabId, color: look.background }),
        Promise.resolve(action.setBadgeTextColor?.({ tabId, color: look.textColor })),
        action.setTitle({ tabId, title: look.title }),
      ]);
    },
    async clear(tabId) {
      // Not '': the tab falls back to the text every tab shows (the count of closed listings).
      await quietly([
        action.setBadgeText({ tabId, text: TAB_FALLBACK }),
        action.setTitle({ tabId, title: DEFAULT_TITLE }),
      ]);
    },
    async showCount(count) {
      const look = countLook(count);
      await quietly([
        action.setBadgeText({ text: look.text }),
        action.setBadgeBackgroundColor({ color: look.background }),
        Promise.resolve(action.setBadgeTextColor?.({ color: look.textColor })),
        action.setTitle({ title: look.title }),
      ]);
    },
  };
}
