/** Where the expanded panel goes: below the pill, or above it when there is more room there; never off screen. */

const GAP = 6;
const MARGIN = 8;
export const PANEL_WIDTH = 360;
/** Below this much room under the pill, the panel opens upwards if there is more room above. */
const COMFORTABLE_HEIGHT = 260;

export interface PanelPlacement {
  top?: number;
  bottom?: number;
  left: number;
  maxHeight: number;
}

export function placePanel(
  pill: { top: number; bottom: number; left: number },
  viewport: { width: number; height: number },
): PanelPlacement {
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(pill.left, viewport.width - width - MARGIN));
  const below = viewport.height - pill.bottom - GAP - MARGIN;
  const above = pill.top - GAP - MARGIN;
  if (below >= COMFORTABLE_HEIGHT || below >= above) {
    return { top: pill.bottom + GAP, left, maxHeight: Math.max(below, 120) };
  }
  return { bottom: viewport.height - pill.top + GAP, left, maxHeight: above };
}
