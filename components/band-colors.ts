import type { BandId } from '@/lib/settings-defaults';

/**
 * The one place band colours live: the in-page badge, the toolbar badge and the popup all read them. Every pair
 * has a contrast ratio of at least 4.5:1 (WCAG AA for normal text), checked by tests/unit/band-colors.test.ts.
 */

export interface ColorPair {
  background: string;
  text: string;
}

export interface SchemeColors {
  light: ColorPair;
  dark: ColorPair;
}

export const BAND_COLORS: Record<BandId, SchemeColors> = {
  active: { light: { background: '#15803d', text: '#ffffff' }, dark: { background: '#4ade80', text: '#052e16' } },
  likely: { light: { background: '#0f766e', text: '#ffffff' }, dark: { background: '#2dd4bf', text: '#042f2e' } },
  uncertain: { light: { background: '#a16207', text: '#ffffff' }, dark: { background: '#facc15', text: '#422006' } },
  stale: { light: { background: '#c2410c', text: '#ffffff' }, dark: { background: '#fb923c', text: '#431407' } },
  ghost: { light: { background: '#b91c1c', text: '#ffffff' }, dark: { background: '#f87171', text: '#450a0a' } },
};

/** The ghost warning's own colour, unlike any band's, so the warning never reads as "just a low band". */
export const GHOST_WARNING_COLORS: SchemeColors = {
  light: { background: '#6b21a8', text: '#ffffff' },
  dark: { background: '#d8b4fe', text: '#3b0764' },
};

/**
 * CSS custom properties that follow the page's colour scheme through light-dark() (the element, or an ancestor,
 * sets `color-scheme: light dark`).
 */
export function schemeStyle(colors: SchemeColors, prefix: string): Record<string, string> {
  return {
    [`--${prefix}-bg`]: `light-dark(${colors.light.background}, ${colors.dark.background})`,
    [`--${prefix}-fg`]: `light-dark(${colors.light.text}, ${colors.dark.text})`,
  };
}
