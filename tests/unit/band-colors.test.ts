import { BAND_COLORS, type ColorPair, GHOST_WARNING_COLORS } from '@/components/band-colors';
import { BAND_IDS } from '@/lib/settings-defaults';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast({ background, text }: ColorPair): number {
  const [light, dark] = [luminance(background), luminance(text)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('band colours', () => {
  const all = [
    ...BAND_IDS.map((id) => [id, BAND_COLORS[id]] as const),
    ['ghost warning', GHOST_WARNING_COLORS] as const,
  ];

  it.each(all)('%s passes WCAG AA (4.5:1) in light and dark', (_name, colors) => {
    expect(contrast(colors.light)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.dark)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every band and the ghost warning its own colour', () => {
    const light = all.map(([, colors]) => colors.light.background);
    const dark = all.map(([, colors]) => colors.dark.background);
    expect(new Set(light).size).toBe(all.length);
    expect(new Set(dark).size).toBe(all.length);
  });
});
