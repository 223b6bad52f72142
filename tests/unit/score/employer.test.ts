import type { History } from '@/lib/history';
import type { Posting, Vacancy } from '@/lib/posting';
import { scorePosting } from '@/lib/score';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { description, NO_HISTORY, NOW, spotify } from './fixtures';

const score = (p: Posting, history: History = NO_HISTORY, now = NOW) => scorePosting(p, history, DEFAULT_SETTINGS, now);
const stating = (vacancy: Vacancy): Posting => {
  const base = spotify();
  return { ...base, vacancy, evidence: { ...base.evidence, vacancy: 'text' } };
};
const NY = 'THIS POSTING IS FOR A CURRENT VACANCY AND THE EMPLOYER INTENDS TO FILL THIS POSITION BY January 15, 2027.';
const byJan15 = stating({ current: true, fillBy: '2027-01-15T00:00:00.000Z', text: NY });

describe("the employer's statement of a current vacancy", () => {
  it('is a positive factor whose label carries the fill-by day', () => {
    const result = score(byJan15);
    expect(result.factors.find((f) => f.kind === 'employer')).toEqual({
      id: 'employer:vacancy',
      kind: 'employer',
      label: 'Employer states: current vacancy, to be filled by 15 Jan 2027',
      points: 5,
    });
    expect(result.value).toBe(score(spotify()).value + 5);
    expect(result.ghostSignals).toEqual([]);
  });

  it('says so without a date, and with a "no sooner than" day', () => {
    const existing = score(stating({ current: true, text: 'This posting is for an existing vacancy.' }));
    expect(existing.factors.find((f) => f.kind === 'employer')?.label).toBe('Employer states: current vacancy');
    const from = score(stating({ current: true, fillFrom: '2027-03-01T00:00:00.000Z', text: NY }));
    expect(from.factors.find((f) => f.kind === 'employer')?.label).toBe(
      'Employer states: current vacancy, to be filled no sooner than 1 Mar 2027',
    );
  });

  it('holds all through the fill-by day, and goes stale once it has passed', () => {
    const lastDay = new Date('2027-01-15T23:59:00Z');
    expect(score(byJan15, NO_HISTORY, lastDay).factors.some((f) => f.kind === 'employer')).toBe(true);
    const after = score(byJan15, NO_HISTORY, new Date('2027-01-27T12:00:00Z'));
    expect(after.factors.filter((f) => f.kind === 'employer')).toEqual([
      {
        id: 'ghost:fill-by-passed',
        kind: 'employer',
        label: 'Employer states: current vacancy, to be filled by 15 Jan 2027, still up 12 days later',
        points: -8,
      },
    ]);
    const dayAfter = score(byJan15, NO_HISTORY, new Date('2027-01-16T00:00:00Z'));
    expect(dayAfter.ghostSignals.map((s) => s.reason)).toEqual([
      'Employer states: current vacancy, to be filled by 15 Jan 2027, still up 1 day later',
    ]);
    expect(after.ghostSignals.find((s) => s.id === 'fill-by-passed')?.severity).toBe('moderate');
  });
});

describe("the employer's statement that the posting is not a vacancy", () => {
  const ny = 'THIS POSTING IS NOT FOR A CURRENT VACANCY, BUT THE EMPLOYER IS SEEKING RESUMES FOR SIMILAR POSITIONS.';

  it('is a severe ghost signal quoting the sentence, and the warning shows', () => {
    const result = score(stating({ current: false, text: ny }));
    expect(result.ghostSignals).toEqual([
      { id: 'no-vacancy', severity: 'severe', reason: `Employer states: not a current vacancy: "${ny}"` },
    ]);
    expect(result.ghostWarning).toBe(true);
    expect(result.factors.find((f) => f.id === 'ghost:no-vacancy')).toMatchObject({ kind: 'employer', points: -20 });
    expect(result.factors.some((f) => f.id === 'employer:vacancy')).toBe(false);
  });

  it('quotes a long sentence to 200 characters', () => {
    const long = `This posting is not for an existing vacancy; ${'we keep applications on file for later roles, '.repeat(8)}`;
    const reason = score(stating({ current: false, text: long.trim() })).ghostSignals[0]?.reason ?? '';
    expect(reason.length).toBeLessThanOrEqual('Employer states: not a current vacancy: ""'.length + 200);
    expect(reason.endsWith('…"')).toBe(true);
  });

  it('is not counted twice when its sentence is also pipeline wording', () => {
    const text = 'This posting is not a current vacancy.';
    const both = { ...stating({ current: false, text }), descriptionText: `${description(2000, ['Go'])} ${text}` };
    expect(score(both).ghostSignals.map((s) => s.id)).toEqual(['no-vacancy']);
    const elsewhere = { ...both, descriptionText: `${both.descriptionText} Join our talent community.` };
    expect(score(elsewhere).ghostSignals.map((s) => s.id)).toEqual(['evergreen', 'no-vacancy']);
  });
});

describe('the note on a missing company history', () => {
  const company = (postingsObserved: number): NonNullable<History['company']> => ({
    key: 'spotify',
    name: 'Spotify',
    postingsObserved,
    postingsSeenLast14Days: 0,
    reposts: 0,
    medianLifetimeDays: null,
    staleShare: null,
  });
  const seen = (timesSeen: number): NonNullable<History['posting']> => ({
    firstSeen: NOW.toISOString(),
    lastSeen: NOW.toISOString(),
    timesSeen,
    sightings: [],
    repostsSeen: 0,
  });

  it('says a fresh install or a first-seen company has no history, moving no points', () => {
    const first = ['First time this browser sees Spotify: no company history yet'];
    expect(score(spotify()).notes).toEqual(first);
    expect(score(spotify(), { posting: seen(1), company: company(1) }).notes).toEqual(first);
    const again = score(spotify(), { posting: seen(3), company: company(1) });
    expect(again.notes).toEqual(['No other posting from Spotify seen yet: no company history']);
    const { company: _unnamed, ...rest } = spotify();
    expect(score({ ...rest, evidence: {} }).notes).toEqual(['No company named: no company history']);
  });

  it('is gone once another posting of the company is known', () => {
    expect(score(spotify(), { posting: seen(1), company: company(2) }).notes).toEqual([]);
  });
});
