import { describe, expect, it } from 'vitest';
import { companyKey, estimatedAgeDays, parsePosting, postingAgeDays } from '@/lib/posting';

const now = new Date('2026-11-24T12:00:00Z');

describe('Posting', () => {
  it('fills defaults for a minimal posting', () => {
    const r = parsePosting({ source: 'lever', id: 'abc', url: 'https://jobs.lever.co/x/abc', title: 'Engineer' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.posting.view).toBe('page');
      expect(r.posting.locations).toEqual([]);
      expect(r.posting.evidence).toEqual({});
    }
  });

  it('names the first bad field', () => {
    const r = parsePosting({ source: 'monster', id: 'abc', url: 'https://x.test/', title: 'Engineer' });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/^source:/);
  });
});

describe('posting age', () => {
  it('is exact for an exact date', () => {
    expect(postingAgeDays({ kind: 'exact', date: '2026-11-21T12:00:00Z' }, now)).toEqual({ min: 3, max: 3 });
  });

  it('is open-ended for "30+ days ago"', () => {
    const posted = {
      kind: 'range',
      text: 'Posted 30+ Days Ago',
      latest: '2026-10-25T12:00:00Z',
      precision: 'day',
    } as const;
    expect(postingAgeDays(posted, now)).toEqual({ min: 30, max: Number.POSITIVE_INFINITY });
    expect(estimatedAgeDays(posted, now)).toBe(30);
  });
});

describe('companyKey', () => {
  it('drops legal suffixes and punctuation', () => {
    expect(companyKey('Autodesk, Inc.')).toBe(companyKey('AUTODESK'));
    expect(companyKey('Société Générale SA')).toBe('societe generale');
  });
});
