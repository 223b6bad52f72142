import type { History } from '@/lib/history';
import type { Posting } from '@/lib/posting';
import { scorePosting } from '@/lib/score';
import { freshnessPoints } from '@/lib/score/freshness';
import type { Factor } from '@/lib/score/types';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { parseRelativeTime } from '@/lib/text/relative-time';
import { daysAgo, description, NO_HISTORY, NOW, posting, spotify } from './fixtures';

const factor = (p: Posting, kind: Factor['kind'], history: History = NO_HISTORY) =>
  scorePosting(p, history, DEFAULT_SETTINGS, NOW).factors.find((f) => f.kind === kind);

const seen = (days: number): History => ({
  posting: { firstSeen: daysAgo(days), lastSeen: daysAgo(0), timesSeen: 2, sightings: [], repostsSeen: 0 },
});

describe('freshness', () => {
  it('falls from +20 today to -5 at the stale point and -15 at twice it', () => {
    expect(freshnessPoints(0, 60)).toBe(20);
    expect(freshnessPoints(3, 60)).toBe(19);
    expect(freshnessPoints(30, 60)).toBe(8);
    expect(freshnessPoints(60, 60)).toBe(-5);
    expect(freshnessPoints(120, 60)).toBe(-15);
    expect(freshnessPoints(400, 60)).toBe(-15);
  });

  it('never rises with age', () => {
    for (let day = 0; day < 200; day++) {
      expect(freshnessPoints(day + 1, 45)).toBeLessThanOrEqual(freshnessPoints(day, 45));
    }
  });

  it('reads a parsed range by its estimate and says so', () => {
    const open = { ...spotify(), posted: parseRelativeTime('Posted 30+ Days Ago', NOW) };
    expect(factor(open, 'freshness')).toMatchObject({ label: 'Posted 30+ days ago', points: 8 });
  });

  it('falls back on the first sighting, capped, when the posted date is unknown', () => {
    const undated = { ...spotify(), posted: undefined };
    expect(factor(undated, 'freshness', seen(5))).toMatchObject({
      label: 'First seen 5 days ago (posted date unknown)',
      points: 10,
    });
    expect(factor(undated, 'freshness', seen(50))?.points).toBe(-1);
  });

  it('says so, for a small minus, when nothing dates the posting', () => {
    expect(factor({ ...spotify(), posted: undefined }, 'freshness')).toMatchObject({
      label: 'Posted date unknown',
      points: -3,
    });
  });

  it('goes by an earlier first sighting when a site refreshes its dates', () => {
    expect(factor(spotify(), 'freshness', seen(40))).toMatchObject({
      label: 'Posted 3 days ago, first seen 40 days ago',
      points: freshnessPoints(40, 60),
    });
  });
});

describe('quality', () => {
  it.each([
    [2590, 'has location, quality description (2590 chars)', 8],
    [650, 'has location, description (650 chars)', 5],
    [240, 'has location, short description (240 chars)', 1],
  ])('grades a %i-character description', (length, label, points) => {
    expect(factor({ ...spotify(), descriptionText: description(length) }, 'quality')).toEqual({
      id: 'quality',
      kind: 'quality',
      label,
      points,
    });
  });

  it('punishes a page without a description, not a list card', () => {
    expect(factor(posting({ locations: ['London'] }), 'quality')).toMatchObject({
      label: 'has location, no description',
      points: -3,
    });
    expect(factor(posting({ view: 'card', locations: ['London'] }), 'quality')).toMatchObject({
      label: 'has location, list card: no description yet',
      points: 3,
    });
  });

  it('counts a remote job as located, and says when there is no location', () => {
    expect(factor(posting({ workplace: 'remote' }), 'quality')?.label).toMatch(/^has location/);
    expect(factor(posting(), 'quality')?.label).toMatch(/^no location/);
  });
});

describe('specificity', () => {
  it('names the skills, the salary and the requirements it found', () => {
    const specific = {
      ...spotify(),
      salary: { min: 70_000, currency: 'GBP' },
      descriptionText: `${description(1000, ['Kafka', 'Terraform'])} You have 4 years of experience and a BSc.`,
    };
    expect(factor(specific, 'specificity')).toEqual({
      id: 'specificity',
      kind: 'specificity',
      label: '2 skills, salary given: from £70,000, asks for 4 years of experience, BSc',
      points: 2 + 5 + 4,
    });
  });

  it("adds the site's own skills to those the text names, once each", () => {
    const listed = { ...spotify(), skills: ['Leadership', 'python'] };
    expect(factor(listed, 'specificity')?.label).toBe('5 skills');
  });

  it('caps skills at six points and takes two off a page that names none', () => {
    const many = {
      ...spotify(),
      descriptionText: description(1500, ['Java', 'Kotlin', 'Scala', 'Kafka', 'Redis', 'Docker', 'AWS', 'GCP']),
    };
    expect(factor(many, 'specificity')).toMatchObject({ label: '8 skills', points: 6 });
    expect(factor({ ...spotify(), descriptionText: description(1500) }, 'specificity')).toMatchObject({
      label: 'no skills named',
      points: -2,
    });
    expect(factor(posting({ view: 'card' }), 'specificity')).toMatchObject({
      label: 'list card: skills unknown',
      points: 0,
    });
  });
});

describe('source', () => {
  it('names a direct ATS and a job board', () => {
    expect(factor(spotify(), 'source')).toMatchObject({ label: 'Direct ATS (lever)', points: 5 });
    const workday = { ...spotify(), source: 'workday' as const };
    expect(factor(workday, 'source')).toMatchObject({ label: 'Direct ATS (workday)', points: 5 });
    const linkedin = { ...spotify(), source: 'linkedin' as const };
    expect(factor(linkedin, 'source')).toMatchObject({ label: 'Job board (linkedin)', points: 0 });
  });

  it("counts Greenhouse and Ashby as direct ATS, and names a career site as the employer's own site", () => {
    for (const source of ['greenhouse', 'ashby'] as const) {
      expect(factor({ ...spotify(), source }, 'source')).toMatchObject({ label: `Direct ATS (${source})`, points: 5 });
    }
    const career = { ...spotify(), source: 'career-site' as const, url: 'https://www.careers.example.com/jobs/42' };
    expect(factor(career, 'source')).toMatchObject({
      label: "Employer's career site (www.careers.example.com)",
      points: 5,
    });
  });
});
