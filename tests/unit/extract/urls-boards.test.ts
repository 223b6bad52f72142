import {
  glassdoorJobId,
  glassdoorJobIdFromUrl,
  glassdoorJobUrl,
  indeedJobIdFromUrl,
  indeedJobKey,
  indeedJobUrl,
  isGlassdoorJobList,
  isGlassdoorJobView,
  isIndeedJobList,
  isIndeedJobView,
} from '@/lib/extract/urls';

// Page detection for the two job boards of issue 17, ahead of their extractors: each page kind with the addresses
// it must accept and the near misses it must refuse.

const JK = '0c4a6a1d5f2b9e77';

describe('Indeed', () => {
  it.each([
    `https://www.indeed.com/viewjob?jk=${JK}`,
    `https://uk.indeed.com/viewjob?jk=${JK}&from=serp`,
    `https://de.indeed.com/m/viewjob?jk=${JK.toUpperCase()}`,
    `https://fr.indeed.com/rc/clk?jk=${JK}&bb=abc`,
    `https://indeed.com/viewjob/?jk=${JK}`,
  ])('is a job view: %s', (url) => {
    expect(isIndeedJobView(url)).toBe(true);
    expect(isIndeedJobList(url)).toBe(false);
    expect(indeedJobIdFromUrl(url)).toBe(JK);
  });

  it.each([
    [`https://www.indeed.com/jobs?q=nurse&l=Ohio&vjk=${JK}`, JK],
    ['https://ca.indeed.com/jobs?q=developer', undefined],
    [`https://es.indeed.com/q-enfermera-l-madrid-jobs.html?vjk=${JK}`, JK],
    ['https://br.indeed.com/l-s%C3%A3o-paulo-jobs.html', undefined],
    ['https://www.indeed.com/jobs?q=x&vjk=not-a-job-key', undefined],
  ])('is a result list: %s', (url, selected) => {
    expect(isIndeedJobList(url)).toBe(true);
    expect(isIndeedJobView(url)).toBe(false);
    expect(indeedJobIdFromUrl(url)).toBe(selected);
  });

  it.each([
    'https://www.indeed.com/viewjob',
    'https://www.indeed.com/viewjob?jk=123',
    'https://www.indeed.com/cmp/Acme/jobs',
    'https://www.indeed.com/career-advice/finding-a-job',
    'https://www.indeed.com/jobs/extra',
    `https://www.indeed.com.evil.example/viewjob?jk=${JK}`,
    `https://notindeed.com/viewjob?jk=${JK}`,
    `ftp://www.indeed.com/viewjob?jk=${JK}`,
    'not a url',
  ])('is neither: %s', (url) => {
    expect(isIndeedJobView(url)).toBe(false);
    expect(isIndeedJobList(url)).toBe(false);
    expect(indeedJobIdFromUrl(url)).toBeUndefined();
  });

  it('reads a job key from a card attribute, and builds the job address on its country site', () => {
    expect(indeedJobKey(` ${JK.toUpperCase()} `)).toBe(JK);
    expect(indeedJobKey('0c4a6a1d')).toBeUndefined();
    expect(indeedJobKey(null)).toBeUndefined();
    expect(indeedJobUrl('de.indeed.com', JK)).toBe(`https://de.indeed.com/viewjob?jk=${JK}`);
    expect(indeedJobUrl('evil.example', JK)).toBe(`https://www.indeed.com/viewjob?jk=${JK}`);
  });
});

describe('Glassdoor', () => {
  it.each([
    [
      'https://www.glassdoor.com/job-listing/software-engineer-acme-JV_IC1147401_KO0,17_KE18,22.htm?jl=1009512345678',
      '1009512345678',
    ],
    [
      'https://www.glassdoor.co.uk/job-listing/nurse-nhs-JV_IC2671300_KO0,5_KE6,9.htm?jl=1009400000001',
      '1009400000001',
    ],
    ['https://www.glassdoor.de/job-listing/entwickler-JV_KO0,10.htm', undefined],
    ['https://glassdoor.com.au/partner/jobListing.htm?jobListingId=1009512345678', '1009512345678'],
  ])('is a job view: %s', (url, id) => {
    expect(isGlassdoorJobView(url)).toBe(true);
    expect(isGlassdoorJobList(url)).toBe(false);
    expect(glassdoorJobIdFromUrl(url)).toBe(id);
  });

  it.each([
    [
      'https://www.glassdoor.com/Job/new-york-software-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,26.htm?jl=1009512345678',
      '1009512345678',
    ],
    ['https://www.glassdoor.fr/Job/paris-infirmier-jobs-SRCH_IL.0,5_IC2881970_KO6,15.htm', undefined],
    ['https://www.glassdoor.com/Job/index.htm?sc.keyword=nurse', undefined],
  ])('is a result list: %s', (url, selected) => {
    expect(isGlassdoorJobList(url)).toBe(true);
    expect(isGlassdoorJobView(url)).toBe(false);
    expect(glassdoorJobIdFromUrl(url)).toBe(selected);
  });

  it.each([
    'https://www.glassdoor.com/Reviews/Acme-Reviews-E12345.htm',
    'https://www.glassdoor.com/Overview/Working-at-Acme-EI_IE12345.11,15.htm',
    'https://www.glassdoor.com/job-listing/no-listing-marker.htm',
    'https://www.glassdoor.com/partner/jobListing.htm?jobListingId=abc',
    'https://www.glassdoor.com/Job/a/b.htm',
    'https://www.glassdoor.com.evil.example/Job/index.htm',
    'https://www.glassdoor.xyz/Job/index.htm',
    'not a url',
  ])('is neither: %s', (url) => {
    expect(isGlassdoorJobView(url)).toBe(false);
    expect(isGlassdoorJobList(url)).toBe(false);
    expect(glassdoorJobIdFromUrl(url)).toBeUndefined();
  });

  it('reads a listing id, and builds the listing address on its country site', () => {
    expect(glassdoorJobId(' 1009512345678 ')).toBe('1009512345678');
    expect(glassdoorJobId('12')).toBeUndefined();
    expect(glassdoorJobUrl('www.glassdoor.de', '1009512345678')).toBe(
      'https://www.glassdoor.de/partner/jobListing.htm?jobListingId=1009512345678',
    );
    expect(glassdoorJobUrl('evil.example', '1009512345678')).toBe(
      'https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009512345678',
    );
  });
});
