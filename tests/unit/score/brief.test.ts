import type { History } from '@/lib/history';
import { scorePosting } from '@/lib/score';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { daysAgo, description, NO_HISTORY, NOW, posting, spotify } from './fixtures';

const score = (p = spotify(), history: History = NO_HISTORY) => scorePosting(p, history, DEFAULT_SETTINGS, NOW);

describe("the product brief's examples", () => {
  it('scores the Spotify posting 70, Likely Active, High confidence, explained like the brief', () => {
    const result = score();
    expect(result.value).toBe(70);
    expect(result.band.name).toBe('Likely Active');
    expect(result.band.label).toBe('Likely Active (65–79)');
    expect(result.confidence).toEqual({ value: 90, level: 'High' });
    expect(result.factors.map((f) => [f.kind, f.label])).toEqual([
      ['base', 'Base score'],
      ['freshness', 'Posted 3 days ago'],
      ['quality', 'has location, quality description (2590 chars)'],
      ['specificity', '4 skills'],
      ['confidence', 'High confidence (90%)'],
      ['source', 'Direct ATS (lever)'],
    ]);
    expect(result.factors.reduce((sum, f) => sum + f.points, 0)).toBe(70);
    expect(result.ghostSignals).toEqual([]);
    expect(result.ghostWarning).toBe(false);
    // No company history: the breakdown says why there are no company factors, moving no points.
    expect(result.notes).toEqual(['First time this browser sees Spotify: no company history yet']);
  });

  it('always warns about a closed posting, however good the rest', () => {
    const closed = score({ ...spotify(), closed: { reason: 'No longer accepting applications' } });
    expect(closed.ghostWarning).toBe(true);
    expect(closed.ghostSignals).toContainEqual({
      id: 'closed',
      severity: 'severe',
      reason: 'Closed: No longer accepting applications',
    });
    const expired = score({ ...spotify(), validThrough: daysAgo(1) });
    expect(expired.ghostWarning).toBe(true);
    expect(expired.ghostSignals.map((s) => s.id)).toEqual(['closed']);
  });

  it('puts a 120-day-old, twice reposted talent-community posting in Likely Ghost, saying why', () => {
    const ghost = posting({
      locations: ['Remote'],
      descriptionText: `${description(1500, ['Python', 'SQL'])} Not the right fit today? Join our talent community.`,
      posted: { kind: 'exact', date: daysAgo(120) },
      evidence: { posted: 'json-ld' },
    });
    const history: History = {
      posting: { firstSeen: daysAgo(120), lastSeen: daysAgo(0), timesSeen: 9, sightings: [], repostsSeen: 2 },
    };
    const result = score(ghost, history);
    expect(result.band.name).toBe('Likely Ghost');
    expect(result.ghostWarning).toBe(true);
    expect(result.ghostSignals.map((s) => s.id)).toEqual(['stale', 'reposted', 'evergreen']);
    const reasons = Object.fromEntries(result.ghostSignals.map((s) => [s.id, s.reason]));
    expect(reasons.stale).toBe('Posted 120 days ago, past the 60-day stale point');
    expect(reasons.reposted).toBe('Reposted 2 times under new ids in the last 90 days');
    expect(reasons.evergreen).toBe('Says "Join our talent community"');
  });

  it('scores a 1-day-old Workday posting with a full description, salary and skills 80 or more', () => {
    const fresh = posting({
      source: 'workday',
      id: 'Senior-Data-Engineer_R-12345',
      url: 'https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Berlin/Senior-Data-Engineer_R-12345',
      title: 'Senior Data Engineer',
      company: 'Acme',
      locations: ['Berlin, Germany'],
      employmentType: 'full-time',
      descriptionText: `${description(2400, ['Python', 'SQL', 'Airflow', 'dbt', 'Snowflake'])} You bring 5+ years of experience and a degree in computer science.`,
      salary: { min: 80_000, max: 95_000, currency: 'EUR', period: 'year' },
      posted: { kind: 'exact', date: daysAgo(1) },
      evidence: { posted: 'embedded-json' },
    });
    const result = score(fresh);
    expect(result.value).toBeGreaterThanOrEqual(80);
    expect(result.band.name).toBe('Actively Hiring');
    expect(result.factors.find((f) => f.kind === 'specificity')?.label).toBe(
      '5 skills, salary given: €80,000–€95,000 a year, asks for 5+ years of experience, degree in computer science',
    );
  });
});
