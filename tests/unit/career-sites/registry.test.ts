import { CAREER_SITE_SCRIPT, createCareerSites } from '@/lib/career-sites/registry';
import { fakeCareerSiteBrowser, registration } from './fake-browser';

const WAYMO = 'careers.withwaymo.com';
const LUMENOR = 'carrieres.lumenor.fr';

describe('career sites: registrations follow the permissions', () => {
  it('registers the script for a site turned on, once, whatever number of syncs', async () => {
    const fake = fakeCareerSiteBrowser();
    const sites = createCareerSites(fake.browser);
    expect(await sites.sync()).toEqual([]);
    fake.grant(WAYMO);
    await Promise.all([sites.sync(), sites.sync()]);
    expect(await sites.sync()).toEqual([WAYMO]);
    expect([...fake.registered.values()]).toEqual([registration(WAYMO)]);
  });

  it('unregisters a site whose permission went (taken back in the browser), and keeps the others', async () => {
    const fake = fakeCareerSiteBrowser();
    const sites = createCareerSites(fake.browser);
    fake.grant(WAYMO);
    fake.grant(LUMENOR);
    await sites.sync();
    await fake.browser.permissions.remove({ origins: [`https://${WAYMO}/*`] });
    expect(await sites.sync()).toEqual([LUMENOR]);
    expect([...fake.registered.keys()]).toEqual([`career-site-${LUMENOR}`]);
  });

  it('re-registers a script an update left pointing at an old file, and leaves other extensions’ ids alone', async () => {
    const fake = fakeCareerSiteBrowser();
    fake.grant(WAYMO);
    const stale = registration(WAYMO, 'content-scripts/careers-old.js');
    fake.registered.set(stale.id, stale);
    fake.registered.set('mine', { ...stale, id: 'mine' });
    await createCareerSites(fake.browser).sync();
    expect(fake.registered.get(stale.id)?.js).toEqual([CAREER_SITE_SCRIPT]);
    expect(fake.registered.has('mine')).toBe(true);
  });

  it('runs the script in the open tabs of a site just turned on, and only there', async () => {
    const fake = fakeCareerSiteBrowser([
      { id: 3, url: `https://${WAYMO}/jobs/software-engineer` },
      { id: 4, url: 'https://example.org/' },
      { id: 5, url: `https://${WAYMO}/` },
    ]);
    const sites = createCareerSites(fake.browser);
    await sites.inject([WAYMO]);
    expect(fake.injected).toEqual([]);
    fake.grant(WAYMO);
    await sites.sync();
    await sites.inject([WAYMO]);
    expect(fake.injected).toEqual([
      { tabId: 3, files: [CAREER_SITE_SCRIPT] },
      { tabId: 5, files: [CAREER_SITE_SCRIPT] },
    ]);
  });

  it('turns a site off: no script, no permission, and "scripting" goes with the last site', async () => {
    const fake = fakeCareerSiteBrowser();
    const sites = createCareerSites(fake.browser);
    fake.grant(WAYMO);
    fake.grant(LUMENOR);
    await sites.sync();
    await sites.turnOff(WAYMO);
    expect(await sites.turnedOn()).toEqual([LUMENOR]);
    expect([...fake.registered.keys()]).toEqual([`career-site-${LUMENOR}`]);
    expect((await fake.browser.permissions.getAll()).permissions).toContain('scripting');
    await sites.turnOff(LUMENOR);
    expect(await sites.turnedOn()).toEqual([]);
    expect(fake.registered.size).toBe(0);
    expect((await fake.browser.permissions.getAll()).permissions).not.toContain('scripting');
  });

  it('does nothing with scripts while "scripting" is not granted', async () => {
    const fake = fakeCareerSiteBrowser();
    const sites = createCareerSites(fake.browser);
    expect(await sites.sync()).toEqual([]);
    await sites.inject([WAYMO]);
    expect(fake.registered.size).toBe(0);
    expect(fake.injected).toEqual([]);
  });
});
