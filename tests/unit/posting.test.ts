import { describe, expect, it } from 'vitest';
import { parsePosting } from '@/lib/posting';
import { estimatedAgeDays, postingAgeDays } from '@/lib/posting-age';
import { companyKey } from '@/lib/posting-keys';

const now = new Date('2026-11-24T12:00:00Z');
const minimal = { source: 'lever', id: 'abc', url: 'https://jobs.lever.co/x/abc', title: 'Engineer' };

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

  const withUrl = (url: unknown) => parsePosting({ ...minimal, url });

  it('takes an absolute address, trimmed and without tabs or line breaks', () => {
    expect(withUrl('  https://jobs.lever.co/x/abc \n')).toMatchObject({
      posting: { url: 'https://jobs.lever.co/x/abc' },
    });
    expect(withUrl('https://jobs.lever.co/x/\tabc')).toMatchObject({ posting: { url: 'https://jobs.lever.co/x/abc' } });
    for (const url of ['/x/abc', 'jobs.lever.co/x/abc', '', 42]) {
      expect(withUrl(url)).toEqual({ ok: false, error: 'url: Invalid input' });
    }
  });

  it('counts applicants in whole numbers, 0 or more', () => {
    const withCount = (count: unknown) => parsePosting({ ...minimal, applicants: { count, atLeast: false } });
    expect(withCount(25)).toMatchObject({ posting: { applicants: { count: 25, atLeast: false } } });
    for (const count of [1.5, -1, 2 ** 53, Number.NaN, '25']) {
      expect(withCount(count)).toEqual({ ok: false, error: 'applicants.count: Invalid input' });
    }
  });

  const withEvidence = (evidence: unknown) => parsePosting({ ...minimal, evidence });

  it("keeps each field's evidence and refuses unknown fields, unknown kinds and empty entries", () => {
    expect(withEvidence({ title: 'dom', skills: 'text' })).toMatchObject({
      posting: { evidence: { title: 'dom', skills: 'text' } },
    });
    expect(withEvidence({ salaryText: 'dom' })).toEqual({ ok: false, error: 'evidence: Invalid input' });
    expect(withEvidence({ title: 'guess' })).toEqual({ ok: false, error: 'evidence.title: Invalid input' });
    expect(withEvidence({ title: undefined })).toEqual({ ok: false, error: 'evidence.title: Invalid input' });
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
