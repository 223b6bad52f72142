import {
  ashbyPostingKey,
  detectSite,
  greenhousePostingKey,
  isAshbyPosting,
  isGreenhousePosting,
  isLeverPosting,
  isLinkedInAuthWall,
  isLinkedInJobList,
  isLinkedInJobView,
  isWorkdayPosting,
  leverPostingKey,
  linkedInJobIdFromUrl,
  workdayPostingKey,
} from '@/lib/extract/urls';

const LEVER_ID = '5c1b8a4e-51c4-4c8a-9ad2-6ac4a3c3e6b1';

describe('Lever', () => {
  it.each([
    `https://jobs.lever.co/highspot/${LEVER_ID}`,
    `https://jobs.lever.co/highspot/${LEVER_ID}/`,
    `https://jobs.lever.co/highspot/${LEVER_ID}/apply`,
    `https://jobs.lever.co/plaid/${LEVER_ID.toUpperCase()}?lever-source=LinkedIn`,
    `https://jobs.eu.lever.co/veeva/${LEVER_ID}`,
  ])('is a posting: %s', (url) => {
    expect(isLeverPosting(url)).toBe(true);
    expect(detectSite(url)).toBe('lever');
  });

  it.each([
    'https://jobs.lever.co/highspot',
    'https://jobs.lever.co/highspot/',
    'https://jobs.lever.co/highspot?team=Engineering',
    `https://jobs.lever.co/highspot/${LEVER_ID}/thanks`,
    'https://jobs.lever.co/highspot/not-a-uuid',
    `https://api.lever.co/v0/postings/highspot/${LEVER_ID}`,
    `https://jobs.lever.co.evil.example/highspot/${LEVER_ID}`,
    'not a url',
  ])('is not a posting: %s', (url) => {
    expect(isLeverPosting(url)).toBe(false);
  });

  it('reads the company, the id, the region and the apply form from the URL', () => {
    expect(leverPostingKey(`https://jobs.eu.lever.co/veeva/${LEVER_ID.toUpperCase()}/apply`)).toEqual({
      company: 'veeva',
      id: LEVER_ID,
      eu: true,
      apply: true,
    });
  });

  it('still names the site of the company list page, which is not a posting', () => {
    expect(detectSite('https://jobs.lever.co/highspot')).toBe('lever');
    expect(detectSite(`https://api.lever.co/v0/postings/highspot/${LEVER_ID}`)).toBeUndefined();
  });
});

describe('Workday', () => {
  it.each([
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/Assoc-Credit-Services-Rep_R63624-2',
    'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510',
    'https://bah.wd1.myworkdayjobs.com/BAH_Jobs/job/Annapolis-Junction-MD/Systems-Administrator-Intern_R0249565/',
    'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Berlin/Data-Engineer_JR-0042',
    'https://wd3.myworkdaysite.com/en-US/recruiting/acme/External/job/Data-Engineer_JR-0042',
  ])('is a posting: %s', (url) => {
    expect(isWorkdayPosting(url)).toBe(true);
    expect(detectSite(url)).toBe('workday');
  });

  it.each([
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext',
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext?q=engineer',
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior_24WD81528/apply',
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/No-Requisition-Here',
    'https://autodesk.wd1.myworkdayjobs.com/wday/cxs/autodesk/Ext/job/Senior_24WD81528',
    'https://wd3.myworkdaysite.com/recruiting/acme/External',
    'https://example.com/en-US/Ext/job/Senior_24WD81528',
  ])('is not a posting: %s', (url) => {
    expect(isWorkdayPosting(url)).toBe(false);
  });

  it('reads tenant, site, job path, key and requisition id; the location segment does not change the key', () => {
    const withLocation = workdayPostingKey(
      'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/Bogota/Assoc-Credit-Services-Rep_R63624-2',
    );
    expect(withLocation).toEqual({
      host: 'medtronic.wd1.myworkdayjobs.com',
      tenant: 'medtronic',
      site: 'MedtronicCareers',
      jobPath: 'Bogota/Assoc-Credit-Services-Rep_R63624-2',
      key: 'Assoc-Credit-Services-Rep_R63624-2',
      requisitionId: 'R63624',
    });
    const canonical = workdayPostingKey(
      'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/Assoc-Credit-Services-Rep_R63624-2',
    );
    expect(canonical?.key).toBe(withLocation?.key);
  });

  it('takes the tenant from the path on myworkdaysite.com and keeps a hyphen that is part of the id', () => {
    expect(
      workdayPostingKey('https://wd3.myworkdaysite.com/recruiting/acme/External/job/Berlin/Data-Engineer_REQ-12'),
    ).toMatchObject({
      host: 'wd3.myworkdaysite.com',
      tenant: 'acme',
      site: 'External',
      requisitionId: 'REQ-12',
    });
  });
});

describe('LinkedIn', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/3786945580', '3786945580'],
    ['https://www.linkedin.com/jobs/view/3786945580/?refId=abc&trackingId=x', '3786945580'],
    ['https://il.linkedin.com/jobs/view/full-stack-developer-at-abra-4450949378', '4450949378'],
    ['https://kr.linkedin.com/jobs/view/applied-ai-engineer-at-actai-4461353862?position=1&pageNum=0', '4461353862'],
    ['https://linkedin.com/jobs/view/4295875663/', '4295875663'],
  ])('is a job view: %s', (url, id) => {
    expect(isLinkedInJobView(url)).toBe(true);
    expect(isLinkedInJobList(url)).toBe(false);
    expect(linkedInJobIdFromUrl(url)).toBe(id);
    expect(detectSite(url)).toBe('linkedin');
  });

  it.each([
    ['https://www.linkedin.com/jobs/search/?currentJobId=4187391230&keywords=engineer', '4187391230'],
    ['https://www.linkedin.com/jobs/search', undefined],
    ['https://www.linkedin.com/jobs/search-results/?currentJobId=4187391230', '4187391230'],
    ['https://www.linkedin.com/jobs/collections/similar-jobs/?currentJobId=3786945580', '3786945580'],
    ['https://www.linkedin.com/jobs/collections/recommended/', undefined],
  ])('is a job list: %s', (url, id) => {
    expect(isLinkedInJobList(url)).toBe(true);
    expect(isLinkedInJobView(url)).toBe(false);
    expect(linkedInJobIdFromUrl(url)).toBe(id);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/jobs/view/',
    'https://www.linkedin.com/jobs/view/not-a-job',
    'https://www.linkedin.com/in/someone-12345678',
    'https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fjobs%2Fview%2F4295875663',
    'https://www.linkedin.com/login?session_redirect=%2Fjobs%2Fview%2F4295875663',
    'https://www.linkedin.com/jobs/search/?currentJobId=abc',
    'https://linkedin.com.evil.example/jobs/view/4295875663',
  ])('is neither a job view nor a job id: %s', (url) => {
    expect(isLinkedInJobView(url)).toBe(false);
    expect(linkedInJobIdFromUrl(url)).toBeUndefined();
  });

  it('recognises the sign-in wall', () => {
    expect(isLinkedInAuthWall('https://www.linkedin.com/authwall?trk=gf')).toBe(true);
    expect(isLinkedInAuthWall('https://www.linkedin.com/login')).toBe(true);
    expect(isLinkedInAuthWall('https://www.linkedin.com/checkpoint/lg/login-submit')).toBe(true);
    expect(isLinkedInAuthWall('https://www.linkedin.com/uas/login?session_redirect=x')).toBe(true);
    expect(isLinkedInAuthWall('https://www.linkedin.com/jobs/view/4295875663')).toBe(false);
  });
});

describe('Greenhouse', () => {
  it.each([
    ['https://job-boards.greenhouse.io/gitlab/jobs/8620720002', { board: 'gitlab', id: '8620720002', embed: false }],
    ['https://job-boards.greenhouse.io/gitlab/jobs/8620720002/', { board: 'gitlab', id: '8620720002', embed: false }],
    ['https://boards.greenhouse.io/airbnb/jobs/7649441?gh_src=abc', { board: 'airbnb', id: '7649441', embed: false }],
    [
      'https://job-boards.eu.greenhouse.io/optimove/jobs/4500123101',
      { board: 'optimove', id: '4500123101', embed: false },
    ],
    [
      'https://boards.eu.greenhouse.io/optimove/jobs/4500123101#app',
      { board: 'optimove', id: '4500123101', embed: false },
    ],
    [
      'https://job-boards.greenhouse.io/embed/job_app?for=gitlab&token=8620720002',
      { board: 'gitlab', id: '8620720002', embed: true },
    ],
    [
      'https://boards.greenhouse.io/embed/job_app?token=7649441&for=airbnb&b=https%3A%2F%2Fcareers.airbnb.com%2Fpositions%2F7649441',
      { board: 'airbnb', id: '7649441', embed: true },
    ],
    ['https://boards.greenhouse.io/embed/job_app?token=7649441', { id: '7649441', embed: true }],
  ])('is a job post: %s', (url, key) => {
    expect(isGreenhousePosting(url)).toBe(true);
    expect(greenhousePostingKey(url)).toEqual(key);
    expect(detectSite(url)).toBe('greenhouse');
  });

  it.each([
    'https://job-boards.greenhouse.io/gitlab',
    'https://job-boards.greenhouse.io/gitlab?error=true',
    'https://job-boards.greenhouse.io/gitlab/jobs',
    'https://job-boards.greenhouse.io/gitlab/jobs/abc',
    'https://job-boards.greenhouse.io/gitlab/jobs/8620720002/confirmation',
    'https://boards.greenhouse.io/embed/job_board?for=gitlab',
    'https://boards.greenhouse.io/embed/job_app?for=gitlab',
    'https://boards-api.greenhouse.io/v1/boards/gitlab/jobs/8620720002',
    'https://careers.airbnb.com/positions/7649441?gh_jid=7649441',
    'https://job-boards.greenhouse.io.evil.example/gitlab/jobs/8620720002',
    'not a url',
  ])('is not a job post: %s', (url) => {
    expect(isGreenhousePosting(url)).toBe(false);
  });
});

describe('Ashby', () => {
  const id = 'ed2e9a94-f58e-4ff8-8853-afd977850d43';

  it.each([
    [`https://jobs.ashbyhq.com/ramp/${id}`, { org: 'ramp', id, application: false }],
    [`https://jobs.ashbyhq.com/ramp/${id}/application`, { org: 'ramp', id, application: true }],
    [`https://jobs.ashbyhq.com/ramp/${id.toUpperCase()}?utm_source=linkedin`, { org: 'ramp', id, application: false }],
    [`https://jobs.ashbyhq.com/Linear%20App/${id}/`, { org: 'Linear App', id, application: false }],
  ])('is a posting: %s', (url, key) => {
    expect(isAshbyPosting(url)).toBe(true);
    expect(ashbyPostingKey(url)).toEqual(key);
    expect(detectSite(url)).toBe('ashby');
  });

  it.each([
    'https://jobs.ashbyhq.com/ramp',
    'https://jobs.ashbyhq.com/ramp/embed',
    'https://jobs.ashbyhq.com/ramp/not-a-uuid',
    `https://jobs.ashbyhq.com/ramp/${id}/thanks`,
    `https://jobs.ashbyhq.com/ramp/${id}/application/extra`,
    'https://api.ashbyhq.com/posting-api/job-board/ramp',
    `https://jobs.ashbyhq.com.evil.example/ramp/${id}`,
    'not a url',
  ])('is not a posting: %s', (url) => {
    expect(isAshbyPosting(url)).toBe(false);
  });
});

describe('detectSite', () => {
  it('returns undefined for other sites (career sites too) and unparsable input', () => {
    expect(detectSite('https://careers.withwaymo.com/jobs/software-engineer')).toBeUndefined();
    expect(detectSite('https://api.ashbyhq.com/posting-api/job-board/ramp')).toBeUndefined();
    expect(detectSite('ftp://jobs.lever.co/x')).toBeUndefined();
    expect(detectSite('')).toBeUndefined();
  });
});
