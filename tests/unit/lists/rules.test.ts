import { pageSettingsFrom } from '@/lib/content/page-settings';
import { duplicateGroups, duplicateKey } from '@/lib/lists/duplicates';
import { type CardFacts, cardVerdict, hiddenSummary } from '@/lib/lists/rules';
import type { PostingInput } from '@/lib/posting';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { scoreOf } from '../content/cards/cards-page';
import { makeCardResult, makePosting } from '../helpers/results';

const NOW = new Date('2026-09-15T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const settings = (rules: Partial<Settings['listRules']> = {}, more: Partial<Settings> = {}) =>
  pageSettingsFrom({ ...DEFAULT_SETTINGS, ...more, listRules: { ...DEFAULT_SETTINGS.listRules, ...rules } });

function facts(posting: Partial<PostingInput> = {}, result: Parameters<typeof makeCardResult>[0] = {}): CardFacts {
  return {
    posting: makePosting({ source: 'linkedin', id: '1', company: 'Acme', view: 'card', ...posting }),
    result: makeCardResult({ score: scoreOf(70), ...result }),
    labelsEasyApply: true,
  };
}

const marks = (change: Partial<CardFacts['result']['marks']>) => ({
  marks: { viewed: false, applied: false, reposted: false, ...change },
});

describe('cardVerdict', () => {
  it('shows every card while every rule is off, whatever it says', () => {
    const all = facts(
      { flags: { promoted: true, easyApply: true }, applicants: { count: 900, atLeast: true } },
      { ...marks({ viewed: true, applied: true, reposted: true }), keywords: ['x'] },
    );
    expect(cardVerdict(all, settings(), NOW)).toEqual({ treatment: 'show' });
  });

  it('gives the strongest treatment, with the first rule that gives it as the reason', () => {
    const card = facts({ flags: { promoted: true } }, marks({ viewed: true, reposted: true }));
    const current = settings({ promoted: 'dim', viewed: 'hide', reposted: 'hide' });
    expect(cardVerdict(card, current, NOW)).toEqual({ treatment: 'hide', reason: 'viewed' });
    expect(cardVerdict(card, settings({ promoted: 'dim', reposted: 'dim' }), NOW)).toEqual({
      treatment: 'dim',
      reason: 'reposted',
    });
  });

  it("always hides the user's own hidden jobs and blocked companies, before any other reason", () => {
    const current = settings({ viewed: 'hide' }, { blockedCompanies: ['acme'] });
    expect(cardVerdict(facts({}, { hidden: true, ...marks({ viewed: true }) }), current, NOW).reason).toBe('hiddenJob');
    expect(cardVerdict(facts({ company: 'ACME Inc.' }, marks({ viewed: true })), current, NOW).reason).toBe('blocked');
  });

  it('reads Easy Apply only where the card variant says it', () => {
    const current = settings({ notEasyApply: 'hide' });
    expect(cardVerdict(facts(), current, NOW).treatment).toBe('hide');
    expect(cardVerdict({ ...facts(), labelsEasyApply: false }, current, NOW).treatment).toBe('show');
    expect(cardVerdict(facts({ flags: { easyApply: true } }), current, NOW).treatment).toBe('show');
  });

  it('counts age from the youngest the posted date allows, and never for an unknown date', () => {
    const current = settings({ olderThan: { mode: 'hide', days: 30 } });
    expect(cardVerdict(facts({ posted: { kind: 'exact', date: daysAgo(31) } }), current, NOW).treatment).toBe('hide');
    expect(cardVerdict(facts({ posted: { kind: 'exact', date: daysAgo(29) } }), current, NOW).treatment).toBe('show');
    const range = {
      kind: 'range' as const,
      text: '4 weeks ago',
      latest: daysAgo(28),
      earliest: daysAgo(35),
      precision: 'week' as const,
    };
    expect(cardVerdict(facts({ posted: range }), current, NOW).treatment).toBe('show');
    expect(cardVerdict(facts(), current, NOW).treatment).toBe('show');
  });

  it('counts applicants over N, an "over N" as more, "among the first N" as fewer', () => {
    const current = settings({ applicants: { mode: 'dim', count: 100 } });
    const verdict = (applicants: { count: number; atLeast: boolean }, early = false) =>
      cardVerdict(facts({ applicants, flags: { earlyApplicant: early } }), current, NOW).treatment;
    expect(verdict({ count: 101, atLeast: false })).toBe('dim');
    expect(verdict({ count: 100, atLeast: false })).toBe('show');
    expect(verdict({ count: 100, atLeast: true })).toBe('dim');
    expect(verdict({ count: 200, atLeast: false }, true)).toBe('show');
  });

  it('applies the score threshold as one rule among the others', () => {
    const current = settings({}, { lists: { mode: 'hide', threshold: 60 } });
    expect(cardVerdict(facts({}, { score: scoreOf(59) }), current, NOW)).toEqual({
      treatment: 'hide',
      reason: 'belowThreshold',
    });
  });
});

describe('hiddenSummary', () => {
  it("says each reason with its count, in the rules' order", () => {
    const reasons = new Map([
      ['belowThreshold', 1],
      ['reposted', 2],
      ['viewed', 1],
    ] as const);
    expect(hiddenSummary(reasons, settings({}, { lists: { mode: 'hide', threshold: 40 } }))).toBe(
      '1 viewed, 2 reposted, 1 below 40',
    );
  });
});

describe('duplicates', () => {
  const card = (id: string, title: string, company: string | undefined, days?: number) =>
    makePosting({
      source: 'linkedin',
      id,
      title,
      company,
      ...(days === undefined ? {} : { posted: { kind: 'exact', date: daysAgo(days) } }),
    });

  it('are the same company and normalised title, across ids and cities; no company, no duplicate', () => {
    expect(duplicateKey(card('1', 'Data Engineer', 'Acme, Inc.'))).toBe(
      duplicateKey(card('2', 'data-engineer', 'ACME')),
    );
    expect(duplicateKey(card('3', 'Data Engineer', undefined))).toBeUndefined();
  });

  it('keep the freshest card of each group, the first on a tie, an undated one last', () => {
    const cards = [
      card('1', 'Data Engineer', 'Acme'),
      card('2', 'Data Engineer', 'Acme', 9),
      card('3', 'Data Engineer', 'Acme', 2),
      card('4', 'Analyst', 'Acme', 1),
      card('5', 'Analyst', 'Acme', 1),
      card('6', 'Designer', 'Acme', 1),
    ];
    const groups = duplicateGroups(cards, (posting) => posting, NOW);
    expect(groups.map(([kept, others]) => [kept.id, others.map((other) => other.id)])).toEqual([
      ['3', ['1', '2']],
      ['4', ['5']],
    ]);
  });
});
