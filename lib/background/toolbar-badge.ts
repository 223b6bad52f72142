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

export interface ToolbarBadge {
  show(tabId: number, score: Score): Promise<void>;
  clear(tabId: number): Promise<void>;
}

type ActionApi = Pick<typeof Browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> &
  Partial<Pick<typeof Browser.action, 'setBadgeTextColor'>>;

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
      await quietly([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: DEFAULT_TITLE })]);
    },
  };
}
