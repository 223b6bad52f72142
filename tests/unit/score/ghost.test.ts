import type { CompanyHistory, History } from '@/lib/history';
import type { Posting } from '@/lib/posting';
import { scorePosting } from '@/lib/score';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { parseRelativeTime } from '@/lib/text/relative-time';
import { daysAgo, description, NO_HISTORY, NOW, posting, spotify } from './fixtures';

const score = (p: Posting, history: History = NO_HISTORY) => scorePosting(p, history, DEFAULT_SETTINGS, NOW);
const signal = (p: Posting, id: string, history: History = NO_HISTORY) =>
  score(p, history).ghostSignals.find((s) => s.id === id);
const aged = (days: number) => ({ ...spotify(), posted: { kind: 'exact' as const, date: daysAgo(days) } });
const company = (fields: Partial<CompanyHistory>): History => ({
  company: {
    key: 'acme',
    name: 'Acme',
    postingsObserved: 10,
    postingsSeenLast14Days: 2,
    reposts: 0,
    medianLifetimeDays: null,
    staleShare: null,
    ...fields,
  },
});

describe('ghost signals', () => {
  it('shows every signal in the breakdown as points taken off', () => {
    const result = score({ ...aged(90), closed: { reason: 'Filled' } });
    const ghostPoints = result.factors.filter((f) => f.id.startsWith('ghost:'));
    expect(ghostPoints.map((f) => f.id)).toEqual(['ghost:closed', 'ghost:stale']);
    expect(ghostPoints.every((f) => f.points < 0)).toBe(true);
    expect(ghostPoints.map((f) => f.label)).toEqual(result.ghostSignals.map((s) => s.reason));
  });

  it('flags an expired validThrough as closed, not a future one', () => {
    expect(signal({ ...spotify(), validThrough: '2026-11-01T00:00:00Z' }, 'closed')).toEqual({
      id: 'closed',
      severity: 'severe',
      reason: 'Expired: valid through 2026-11-01',
    });
    expect(signal({ ...spotify(), validThrough: '2026-12-31T00:00:00Z' }, 'closed')).toBeUndefined();
  });

  it('calls a posting past the stale point stale, and severe at twice the stale point', () => {
    expect(signal(aged(60), 'stale')).toBeUndefined();
    expect(signal(aged(61), 'stale')).toEqual({
      id: 'stale',
      severity: 'moderate',
      reason: 'Posted 61 days ago, past the 60-day stale point',
    });
    expect(signal(aged(120), 'stale')?.severity).toBe('severe');
    const custom = scorePosting(aged(20), NO_HISTORY, { ...DEFAULT_SETTINGS, staleDays: 14 }, NOW);
    expect(custom.ghostSignals.find((s) => s.id === 'stale')?.reason).toBe(
      'Posted 20 days ago, past the 14-day stale point',
    );
  });

  it('reads "30+ days ago" as 30 days, not as stale', () => {
    expect(signal({ ...spotify(), posted: parseRelativeTime('Posted 30+ Days Ago', NOW) }, 'stale')).toBeUndefined();
  });

  it("counts reposts from the site's label and from the history", () => {
    expect(signal({ ...spotify(), reposted: { text: 'Reposted 2 weeks ago' } }, 'reposted')).toEqual({
      id: 'reposted',
      severity: 'moderate',
      reason: 'Site says "Reposted 2 weeks ago"',
    });
    const history = (repostsSeen: number): History => ({
      posting: { firstSeen: daysAgo(3), lastSeen: daysAgo(0), timesSeen: 2, sightings: [], repostsSeen },
    });
    expect(signal(spotify(), 'reposted', history(1))?.reason).toBe('Reposted once under a new id in the last 90 days');
    expect(signal(spotify(), 'reposted', history(3))).toEqual({
      id: 'reposted',
      severity: 'severe',
      reason: 'Reposted 3 times under new ids in the last 90 days',
    });
  });

  it('quotes pipeline wording, in the title too, and is severe when it says there is no vacancy', () => {
    expect(signal(posting({ title: 'Talent Community - Engineering' }), 'evergreen')?.reason).toBe(
      'Says "Talent Community"',
    );
    const explicit = { ...spotify(), descriptionText: `${description(800)} This is not a current vacancy.` };
    expect(signal(explicit, 'evergreen')).toEqual({
      id: 'evergreen',
      severity: 'severe',
      reason: 'Says "not a current vacancy"',
    });
  });

  it('calls a bare page vague, but never a list card', () => {
    expect(signal(posting({ descriptionText: 'Join us.' }), 'vague')).toEqual({
      id: 'vague',
      severity: 'moderate',
      reason: 'Vague: 8-char description, no location, no skills named',
    });
    expect(signal(posting({ locations: ['Paris'] }), 'vague')).toEqual({
      id: 'vague',
      severity: 'minor',
      reason: 'Vague: no description, no skills named',
    });
    expect(signal(posting({ view: 'card' }), 'vague')).toBeUndefined();
    expect(signal(spotify(), 'vague')).toBeUndefined();
  });

  it('takes many applicants as a sign only when the posting has been open long', () => {
    const swamped = (days: number, count: number) => ({
      ...aged(days),
      source: 'linkedin' as const,
      applicants: { count, atLeast: true, text: `Over ${count} applicants` },
    });
    expect(signal(swamped(2, 1000), 'applicants')).toBeUndefined();
    expect(signal(swamped(90, 500), 'applicants')).toEqual({
      id: 'applicants',
      severity: 'moderate',
      reason: '500+ applicants and still open after 90 days',
    });
    expect(signal(swamped(35, 200), 'applicants')?.severity).toBe('minor');
    expect(signal(swamped(90, 40), 'applicants')).toBeUndefined();
  });

  it('flags a company whose postings mostly went stale, given enough of them', () => {
    expect(signal(spotify(), 'company-stale', company({ staleShare: 0.8 }))).toEqual({
      id: 'company-stale',
      severity: 'moderate',
      reason: '8 of 10 postings seen from Acme went stale (80%)',
    });
    expect(signal(spotify(), 'company-stale', company({ staleShare: 0.8, postingsObserved: 4 }))).toBeUndefined();
    expect(signal(spotify(), 'company-stale', company({ staleShare: 0.5 }))).toBeUndefined();
  });

  it('warns below the ghost threshold even without a severe signal', () => {
    const weak = posting({ descriptionText: 'Join us.', posted: { kind: 'exact', date: daysAgo(50) } });
    const result = score(weak);
    expect(result.ghostSignals.some((s) => s.severity === 'severe')).toBe(false);
    expect(result.value).toBeLessThan(DEFAULT_SETTINGS.ghostThreshold);
    expect(result.ghostWarning).toBe(true);
  });

  it('clamps at 0 and shows the unclamped sum in the breakdown', () => {
    const history: History = {
      posting: { firstSeen: daysAgo(300), lastSeen: daysAgo(0), timesSeen: 30, sightings: [], repostsSeen: 3 },
    };
    const result = score({ ...aged(300), closed: { reason: 'Closed' }, reposted: { text: 'Reposted' } }, history);
    expect(result.value).toBe(0);
    expect(result.factors.reduce((sum, f) => sum + f.points, 0)).toBeLessThan(0);
  });
});

describe('company patterns', () => {
  const factors = (history: History, p: Posting = spotify()) =>
    score(p, history)
      .factors.filter((f) => f.kind === 'company')
      .map((f) => [f.label, f.points]);

  it('adds nothing without history', () => {
    expect(factors(NO_HISTORY)).toEqual([]);
  });

  it('rewards many open roles, short lifetimes and few stale postings', () => {
    expect(factors(company({ postingsSeenLast14Days: 12, medianLifetimeDays: 21, staleShare: 0.1 }))).toEqual([
      ['12 roles seen in the last 14 days', 2],
      ['its postings last 21 days (median)', 2],
      ['few stale postings (10%)', 2],
    ]);
  });

  it('takes points for long lifetimes and frequent reposts', () => {
    expect(factors(company({ medianLifetimeDays: 95, reposts: 4 }))).toEqual([
      ['its postings stay up 95 days (median)', -3],
      ['reposts roles often (4 of 10 postings)', -3],
    ]);
  });

  it("reads LinkedIn's labels: actively reviewing is a plus, promoted a small minus", () => {
    const linkedin = { ...spotify(), source: 'linkedin' as const, flags: { activelyReviewing: true, promoted: true } };
    expect(factors(NO_HISTORY, linkedin)).toEqual([
      ['Actively reviewing applicants', 3],
      ['Promoted: paid visibility, not a hiring signal', -1],
    ]);
  });
});
