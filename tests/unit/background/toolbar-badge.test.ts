import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { BAND_COLORS, GHOST_WARNING_COLORS } from '@/components/band-colors';
import { badgeLook, createToolbarBadge } from '@/lib/background/toolbar-badge';
import { GHOST_SCORE, makeScore } from '../helpers/results';

const rgba = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).concat(255);

describe('toolbar badge', () => {
  it('shows the score in the band colour with band and top reason in the title', async () => {
    await createToolbarBadge(browser.action).show(4, makeScore());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('72');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 4 })).toEqual(
      rgba(BAND_COLORS.likely.light.background),
    );
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe(
      'Still Hiring: 72, Likely Active (65–79) · Posted 3 days ago',
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('marks a ghost warning with "!" and its own colour, naming the severe reason', async () => {
    await createToolbarBadge(browser.action).show(4, GHOST_SCORE);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!28');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 4 })).toEqual(
      rgba(GHOST_WARNING_COLORS.light.background),
    );
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe(
      'Still Hiring: 28, Likely Ghost (0–34) · Ghost job warning: Says "no longer accepting applications"',
    );
  });

  it('keeps the text within 4 characters, even at 100 with a warning', () => {
    expect(badgeLook({ ...GHOST_SCORE, value: 100 }).text).toBe('!100');
    expect(badgeLook(makeScore({ value: 0 })).text).toBe('0');
  });

  it('clears the text and restores the title', async () => {
    const badge = createToolbarBadge(browser.action);
    await badge.show(4, makeScore());
    await badge.clear(4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe('Still Hiring');
  });

  // The fake browser keeps each tab's value apart from the one of every tab; a real one shows the latter on a tab
  // that has none of its own, which is what clearing a tab's text (null) gives it back.
  it('shows on every tab without a posting how many saved listings closed, and on a tab again once it is cleared', async () => {
    const badge = createToolbarBadge(browser.action);
    const setText = vi.spyOn(browser.action, 'setBadgeText');
    await badge.showCount(3);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getTitle({})).toBe('Still Hiring: 3 saved listings closed since you last looked');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(GHOST_WARNING_COLORS.light.background));
    await badge.show(4, makeScore());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('72');
    await badge.clear(4);
    expect(setText).toHaveBeenLastCalledWith({ tabId: 4, text: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    await badge.showCount(1);
    expect(await fakeBrowser.action.getTitle({})).toBe('Still Hiring: 1 saved listing closed since you last looked');
    await badge.showCount(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Still Hiring');
    await badge.showCount(120);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('99+');
  });

  it('does not throw when the tab closed meanwhile', async () => {
    vi.spyOn(browser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 4.'));
    await expect(createToolbarBadge(browser.action).show(4, makeScore())).resolves.toBeUndefined();
  });
});
