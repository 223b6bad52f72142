import { careerSiteOf, careerSitePattern, hostOfScript, scriptIdFor, turnedOnHosts } from '@/lib/career-sites/hosts';
import { INSTALLED } from './fake-browser';

describe('careerSiteOf', () => {
  it.each([
    ['https://careers.withwaymo.com/jobs/software-engineer-multiverse', 'careers.withwaymo.com'],
    ['https://carrieres.lumenor.fr/offres/ingenieur-donnees-lyon-118?utm_source=x#apply', 'carrieres.lumenor.fr'],
    ['https://www.example.com/', 'www.example.com'],
  ])('is the host of a page that may be a career site: %s', (url, host) => {
    expect(careerSiteOf(url)).toBe(host);
  });

  it.each([
    'http://careers.example.com/jobs/1',
    'https://careers.example.com:8443/jobs/1',
    'https://localhost/jobs/1',
    'https://10.0.0.1/jobs/1',
    'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a',
    'https://job-boards.greenhouse.io/gitlab/jobs/8620720002',
    'https://www.linkedin.com/jobs/view/1234567',
    'chrome://extensions/',
    'about:blank',
    '',
    undefined,
  ])('is not one: %s', (url) => {
    expect(careerSiteOf(url)).toBeUndefined();
  });
});

describe('turnedOnHosts', () => {
  it('names the single-host https patterns granted beyond the install-time ones, sorted and once each', () => {
    const granted = [
      ...INSTALLED,
      'https://careers.withwaymo.com/*',
      'https://carrieres.lumenor.fr/*',
      'https://careers.withwaymo.com/*',
    ];
    expect(turnedOnHosts(granted, INSTALLED)).toEqual(['careers.withwaymo.com', 'carrieres.lumenor.fr']);
  });

  it('ignores wildcards, other schemes, paths, job sites and nothing at all', () => {
    const granted = [
      'https://*/*',
      'https://*.example.com/*',
      'http://careers.example.com/*',
      'https://careers.example.com/jobs/*',
      'https://jobs.ashbyhq.com/*',
      '<all_urls>',
    ];
    expect(turnedOnHosts(granted, INSTALLED)).toEqual([]);
    expect(turnedOnHosts(undefined, INSTALLED)).toEqual([]);
  });

  it('round-trips a host through its pattern and its script id', () => {
    expect(turnedOnHosts([careerSitePattern('careers.example.com')], [])).toEqual(['careers.example.com']);
    expect(hostOfScript(scriptIdFor('careers.example.com'))).toBe('careers.example.com');
    expect(hostOfScript('someone-else')).toBeUndefined();
  });
});
