import { crossCheckTarget, watchLinkOf } from '@/lib/ats/links';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { readApplyMethod, unwrapApplyUrl } from '@/lib/extract/linkedin-apply';
import type { Posting } from '@/lib/posting';
import { fixtureHtml, golden, parsePage } from './linkedin-fixtures';

const LEVER_APPLY = 'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a/apply?lever-source=LinkedIn';

describe('unwrapApplyUrl', () => {
  it("keeps the employer's address LinkedIn's redirects carry in their url= parameter", () => {
    expect(
      unwrapApplyUrl(
        'https://www.linkedin.com/jobs/view/externalApply/4400000093?url=https%3A%2F%2Fjobs%2Elever%2Eco%2Fplaid%2F18503c02-17a0-4c47-98c8-155b0b6ccc2a%2Fapply%3Flever-source%3DLinkedIn&urlHash=Qf3k',
      ),
    ).toBe(LEVER_APPLY);
    expect(
      unwrapApplyUrl('https://www.linkedin.com/safety/go/?url=https%3A%2F%2Fboards.greenhouse.io%2Facme%2Fjobs%2F42'),
    ).toBe('https://boards.greenhouse.io/acme/jobs/42');
    expect(unwrapApplyUrl('/jobs/view/externalApply/1?url=https%3A%2F%2Fcareers.acme.example%2F9')).toBe(
      'https://careers.acme.example/9',
    );
    expect(unwrapApplyUrl('  https://careers.acme.example/jobs/1  ')).toBe('https://careers.acme.example/jobs/1');
  });

  it('gives nothing for a link that stays on LinkedIn or is no web address', () => {
    for (const href of [
      'https://www.linkedin.com/signup/cold-join?session_redirect=x',
      'https://www.linkedin.com/jobs/view/externalApply/1?url=https%3A%2F%2Fwww.linkedin.com%2Ffeed',
      'https://www.linkedin.com/jobs/view/externalApply/1?url=javascript%3Aalert(1)',
      'javascript:alert(1)',
      '',
      null,
      undefined,
    ]) {
      expect(unwrapApplyUrl(href)).toBeUndefined();
    }
  });
});

describe('readApplyMethod', () => {
  it('reads an OffsiteApply in both of the shapes LinkedIn embeds', () => {
    expect(readApplyMethod({ $type: 'com.linkedin.voyager.jobs.OffsiteApply', companyApplyUrl: LEVER_APPLY })).toEqual({
      easyApply: false,
      url: LEVER_APPLY,
    });
    expect(
      readApplyMethod({
        'com.linkedin.voyager.jobs.OffsiteApply': { companyApplyUrl: LEVER_APPLY, inPageOffsiteApply: false },
      }),
    ).toEqual({ easyApply: false, url: LEVER_APPLY });
  });

  it('tells Easy Apply, and ignores what it cannot read', () => {
    expect(readApplyMethod({ 'com.linkedin.voyager.jobs.ComplexOnsiteApply': { easyApplyUrl: 'x' } })).toEqual({
      easyApply: true,
    });
    expect(readApplyMethod({ $type: 'com.linkedin.voyager.jobs.SimpleOnsiteApply' })).toEqual({ easyApply: true });
    expect(readApplyMethod({ $type: 'com.linkedin.voyager.jobs.OffsiteApply', companyApplyUrl: 42 })).toEqual({
      easyApply: false,
    });
    expect(readApplyMethod('OffsiteApply')).toEqual({});
    expect(readApplyMethod(null)).toEqual({});
  });
});

function extracted(name: string): Posting {
  const expected = golden(name);
  const result = extractLinkedIn(parsePage(fixtureHtml(name)), expected.url, new Date(expected.now));
  if (!result.ok) throw new Error(result.reason);
  return result.posting;
}

describe('what the saved pages give the cross-check', () => {
  it("an ATS posting behind a guest page's hidden apply link and a logged-in page's embedded data", () => {
    expect(crossCheckTarget(extracted('handmade_guest_jobs-view_en_offsite-lever'))).toEqual({
      link: { ats: 'lever', url: 'https://jobs.lever.co/plaid/18503c02-17a0-4c47-98c8-155b0b6ccc2a' },
    });
    const workday = extracted('handmade_loggedin_jobs-view_2026_en_offsite-workday');
    expect(crossCheckTarget(workday)).toEqual({
      link: {
        ats: 'workday',
        url: 'https://bah.wd1.myworkdayjobs.com/BAH_Jobs/job/Annapolis-Junction-MD/Systems-Administrator-Intern_R0249565',
      },
    });
    expect(watchLinkOf(workday)).toEqual((crossCheckTarget(workday) as { link: unknown }).link);
  });

  it('a careers page no check can read, by its host', () => {
    expect(crossCheckTarget(extracted('handmade_guest_jobs-view_en_reposted_over-200-applicants'))).toEqual({
      unreadable: 'careers.northwind.example',
    });
  });

  it('nothing for Easy Apply pages, real and hand-made', () => {
    for (const name of [
      'jherve_loggedin_jobs-view_3786945580',
      'etanhey_guest_jobPosting_4450949378_EXCERPT_topcard+description+criteria',
      'handmade_loggedin_jobs-view_2026_en_reposted-promoted',
    ]) {
      const posting = extracted(name);
      expect(posting.flags.easyApply).toBe(true);
      expect(posting.applyUrl).toBeUndefined();
      expect(crossCheckTarget(posting)).toBeUndefined();
    }
  });
});
