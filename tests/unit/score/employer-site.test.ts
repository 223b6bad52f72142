import { unreadableCheck, withEmployerDate } from '@/lib/ats/outcome';
import type { EmployerCheck } from '@/lib/ats/types';
import type { History } from '@/lib/history';
import type { Posting } from '@/lib/posting';
import { scorePosting } from '@/lib/score';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { daysAgo, description, NOW, posting } from './fixtures';

/** A LinkedIn posting whose "Apply on company website" goes to Lever; LinkedIn says "2 weeks ago". */
function linkedin(): Posting {
  return posting({
    source: 'linkedin',
    id: '4400000091',
    url: 'https://www.linkedin.com/jobs/view/4400000091/',
    locations: ['London'],
    descriptionText: description(1500, ['Python', 'Go']),
    posted: { kind: 'range', text: '2 weeks ago', earliest: daysAgo(20), latest: daysAgo(14), precision: 'week' },
    applyUrl: 'https://jobs.lever.co/spotify/f1d2c3b4-0000-4000-8000-000000000001/apply',
    evidence: { posted: 'text', applyUrl: 'dom' },
  });
}

const checkedAt = NOW.toISOString();
const listed: EmployerCheck = { state: 'listed', ats: 'lever', checkedAt, posted: daysAgo(40) };
const gone: EmployerCheck = { state: 'gone', ats: 'lever', checkedAt, reason: 'Lever answers 404' };
const unknown: EmployerCheck = {
  state: 'unknown',
  ats: 'lever',
  checkedAt,
  reason: 'Lever did not answer within 10 s',
};

const score = (p: Posting, employer?: EmployerCheck) => {
  const history: History = employer ? { employer } : {};
  return scorePosting(p, history, DEFAULT_SETTINGS, NOW);
};
const factor = (p: Posting, employer?: EmployerCheck) => score(p, employer).factors.find((f) => f.id === 'employer');

describe("the employer's own site in the score", () => {
  it('adds a positive factor naming the ATS and its date when the posting is still listed there', () => {
    expect(factor(linkedin(), listed)).toEqual({
      id: 'employer',
      kind: 'source',
      label: `Still listed on the employer's site (Lever), posted ${daysAgo(40).slice(0, 10)}`,
      points: 6,
    });
    expect(factor(linkedin(), { ...listed, posted: undefined })?.label).toBe(
      "Still listed on the employer's site (Lever)",
    );
    expect(score(linkedin(), listed).value).toBe(score(linkedin()).value + 6);
  });

  it('is a severe ghost signal, with the warning, when the employer no longer lists it', () => {
    const result = score(linkedin(), gone);
    expect(result.ghostSignals).toContainEqual({
      id: 'gone',
      severity: 'severe',
      reason: "No longer on the employer's own site (Lever)",
    });
    expect(result.factors.find((f) => f.id === 'ghost:gone')).toMatchObject({ kind: 'source', points: -30 });
    expect(result.ghostWarning).toBe(true);
    expect(factor(linkedin(), gone)).toBeUndefined();
  });

  it('shows an unknown answer with its reason and moves nothing', () => {
    expect(factor(linkedin(), unknown)).toEqual({
      id: 'employer',
      kind: 'source',
      label: "Not checked on the employer's site: Lever did not answer within 10 s",
      points: 0,
    });
    expect(score(linkedin(), unknown).value).toBe(score(linkedin()).value);
    expect(factor(linkedin(), unreadableCheck('careers.acme.example', NOW))?.label).toBe(
      "Not checked on the employer's site: the apply link goes to careers.acme.example, a site Still Hiring cannot ask",
    );
  });

  it('shows nothing when there was nothing to check', () => {
    expect(factor(linkedin())).toBeUndefined();
  });
});

describe('withEmployerDate', () => {
  it("replaces the board's relative date with the employer's exact one, as ATS API evidence", () => {
    const dated = withEmployerDate(linkedin(), listed);
    expect(dated.posted).toEqual({ kind: 'exact', date: daysAgo(40) });
    expect(dated.evidence.posted).toBe('ats-api');
    // 40 days old instead of two weeks: fresher no more, and the confidence in the date is the API's.
    expect(score(dated, listed).factors.find((f) => f.id === 'freshness')?.label).toBe('Posted 40 days ago');
  });

  it('keeps the posting as it is without a listed answer with a date', () => {
    const original = linkedin();
    expect(withEmployerDate(original, gone)).toBe(original);
    expect(withEmployerDate(original, unknown)).toBe(original);
    expect(withEmployerDate(original, { ...listed, posted: undefined })).toBe(original);
    expect(withEmployerDate(original, undefined)).toBe(original);
  });
});
