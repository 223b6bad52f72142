import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { loadSettings, saveSettings } from '@/lib/settings-storage';
import { fakeCareerSiteBrowser, registration } from '../career-sites/fake-browser';
import { renderOptions, settle } from './render-options';

const WAYMO = 'careers.withwaymo.com';
const LUMENOR = 'carrieres.lumenor.fr';

describe('options: career sites', () => {
  it('lists the sites turned on and turns one off: its script and its permission go', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    const browser = fakeCareerSiteBrowser();
    browser.grant(WAYMO);
    browser.grant(LUMENOR);
    browser.registered.set(`career-site-${WAYMO}`, registration(WAYMO));
    await renderOptions(undefined, browser);
    const list = await screen.findByTestId('options-career-sites');
    expect(
      within(list)
        .getAllByTestId('options-career-site')
        .map((item) => item.firstChild?.textContent),
    ).toEqual([WAYMO, LUMENOR]);

    fireEvent.click(screen.getByRole('button', { name: `Turn off ${WAYMO}` }));
    await waitFor(() => expect(screen.getAllByTestId('options-career-site')).toHaveLength(1));
    expect(screen.getByTestId('options-career-site').firstChild?.textContent).toBe(LUMENOR);
    expect(browser.registered.has(`career-site-${WAYMO}`)).toBe(false);
    expect((await browser.browser.permissions.getAll()).origins).not.toContain(`https://${WAYMO}/*`);
  });

  it('says how to turn one on when none is, and follows a site turned on from the popup', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    const browser = fakeCareerSiteBrowser();
    await renderOptions(undefined, browser);
    expect((await screen.findByTestId('options-career-sites-empty')).textContent).toMatch(
      /choose "Score job postings on …"/,
    );
    browser.grant(WAYMO);
    expect((await screen.findByTestId('options-career-site')).firstChild?.textContent).toBe(WAYMO);
  });

  it('has a switch for every site, career sites included, that pauses scoring there', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    await renderOptions();
    await screen.findByLabelText('Lever');
    const switches = screen.getByRole('group', { name: 'Score listings on' });
    for (const name of ['Lever', 'Workday', 'LinkedIn', 'Greenhouse', 'Ashby', 'Career sites']) {
      expect((within(switches).getByLabelText(name) as HTMLInputElement).checked).toBe(true);
    }
    fireEvent.click(within(switches).getByLabelText('Career sites'));
    await settle();
    expect((await loadSettings()).sites).toEqual({ ...DEFAULT_SETTINGS.sites, 'career-site': false });
  });
});
