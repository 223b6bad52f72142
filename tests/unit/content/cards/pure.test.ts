import { chunks, matchResults } from '@/lib/content/cards/batch';
import { cardFinder } from '@/lib/content/cards/find-cards';
import { cardPillLabel, pillSignature } from '@/lib/content/cards/pill-label';
import { pageSettingsFrom, scoringChanged } from '@/lib/content/page-settings';
import { CARD_SELECTORS } from '@/lib/extract/linkedin-selectors';
import { cardVerdict, isBlockedCompany } from '@/lib/lists/rules';
import type { CardResult } from '@/lib/messages';
import type { Posting } from '@/lib/posting';
import type { Score } from '@/lib/score/types';
import type { Settings } from '@/lib/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';
import { GHOST_SCORE, makeCardResult, makePosting } from '../../helpers/results';
import { scoreOf } from './cards-page';

const settings = (change: Partial<Settings> = {}) => pageSettingsFrom({ ...DEFAULT_SETTINGS, ...change });
const posting = makePosting({ source: 'linkedin', id: '4400000101', company: 'Acme Inc.' });
const { cardAround, cardsTouched } = cardFinder(CARD_SELECTORS.card);

/** The treatment the rules give a card of `posting` scored `score`, with nothing else known. */
const cardTreatment = (card: Posting, score: Score, current: ReturnType<typeof settings>) =>
  cardVerdict({ posting: card, result: makeCardResult({ score }), labelsEasyApply: false }, current, new Date())
    .treatment;

describe('the score threshold and the block list', () => {
  it('shows every card in "show" mode', () => {
    expect(cardTreatment(posting, scoreOf(10), settings())).toBe('show');
  });

  it('dims or hides below the list threshold, the ghost threshold when it has none', () => {
    const dim = settings({ lists: { mode: 'dim', threshold: null } });
    expect(cardTreatment(posting, scoreOf(49), dim)).toBe('dim');
    expect(cardTreatment(posting, scoreOf(50), dim)).toBe('show');
    const hide = settings({ lists: { mode: 'hide', threshold: 70 } });
    expect(cardTreatment(posting, scoreOf(69), hide)).toBe('hide');
    expect(cardTreatment(posting, scoreOf(70), hide)).toBe('show');
  });

  it("hides a blocked company's card in every mode, whatever its score, matched by company key", () => {
    const blocked = settings({ blockedCompanies: ['acme'] });
    expect(isBlockedCompany(posting, blocked)).toBe(true);
    expect(cardTreatment(posting, scoreOf(95), blocked)).toBe('hide');
    expect(cardTreatment(posting, scoreOf(95), { ...blocked, lists: { mode: 'dim' as const, threshold: 10 } })).toBe(
      'hide',
    );
    expect(isBlockedCompany(makePosting({ company: undefined }), blocked)).toBe(false);
  });
});

describe('scoringChanged', () => {
  it('is true for the bands, the ghost threshold and the stale point, false for list and block settings', () => {
    const base = settings();
    expect(scoringChanged(base, settings({ bands: { ...DEFAULT_SETTINGS.bands, likely: 66 } }))).toBe(true);
    expect(scoringChanged(base, settings({ ghostThreshold: 40 }))).toBe(true);
    expect(scoringChanged(base, settings({ staleDays: 30 }))).toBe(true);
    expect(scoringChanged(base, settings({ lists: { mode: 'hide', threshold: 30 }, blockedCompanies: ['x'] }))).toBe(
      false,
    );
  });
});

describe('cardPillLabel', () => {
  it('says the score, the band and the top reason', () => {
    expect(cardPillLabel(scoreOf(42))).toBe('Score 42, Possibly Stale (35–49): Posted 3 days ago');
  });

  it('says the ghost warning and its most severe reason', () => {
    expect(cardPillLabel(GHOST_SCORE)).toBe(
      'Score 28, Likely Ghost (0–34). Ghost job warning: Says "no longer accepting applications"',
    );
  });

  it('is the score and band alone when nothing moved the score', () => {
    expect(cardPillLabel(scoreOf(50, { factors: [] }))).toBe('Score 50, Uncertain (50–64)');
  });

  it('gives one signature to scores shown alike and another when anything shown differs', () => {
    expect(pillSignature(scoreOf(60))).toBe(pillSignature(scoreOf(60, { confidence: { value: 10, level: 'Low' } })));
    expect(pillSignature(scoreOf(60))).not.toBe(pillSignature(scoreOf(61)));
    expect(pillSignature(scoreOf(60))).not.toBe(pillSignature(scoreOf(60, { ghostWarning: true })));
  });
});

describe('batches', () => {
  it('splits into runs of at most the size, in order', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 200)).toEqual([]);
  });

  it('matches results to postings by id in order, two cards of one job each getting theirs, skipped ones none', () => {
    const a1 = makePosting({ source: 'linkedin', id: '1', title: 'A' });
    const a2 = makePosting({ source: 'linkedin', id: '1', title: 'A, edited' });
    const b = makePosting({ source: 'linkedin', id: '2' });
    const result = (id: string, value: number): CardResult => makeCardResult({ id, score: scoreOf(value) });
    const matched = matchResults([a1, b, a2], [result('1', 60), result('1', 70), result('2', 80)]);
    expect(matched.map((r) => r?.score.value)).toEqual([60, 80, 70]);
    expect(matchResults([a1, b], [result('2', 80)]).map((r) => r?.score.value)).toEqual([undefined, 80]);
  });
});

describe('finding cards', () => {
  beforeEach(() => {
    document.body.innerHTML = `<ul>
      <li data-occludable-job-id="1"><div class="job-card-container" data-job-id="1"><a href="/jobs/view/1/">One</a></div></li>
      <li data-occludable-job-id="2"><div class="job-card-container" data-job-id="2"><span id="t">Two</span></div></li>
    </ul><p id="other">Not a card</p>`;
  });

  it('takes the outermost card: the list item, not the container inside it', () => {
    const text = document.getElementById('t') as HTMLElement;
    expect(cardAround(text)?.getAttribute('data-occludable-job-id')).toBe('2');
    expect(cardAround(document.getElementById('other') as HTMLElement)).toBeUndefined();
  });

  it('finds the cards around changed nodes and inside added ones, each once', () => {
    const text = document.getElementById('t')?.firstChild as Text;
    const list = document.querySelector('ul') as HTMLElement;
    const found = cardsTouched([text, document.getElementById('other') as HTMLElement], [list]);
    expect([...found].map((card) => card.getAttribute('data-occludable-job-id'))).toEqual(['2', '1']);
  });
});
