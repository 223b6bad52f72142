import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, savedCsv } from '@/lib/store/csv';
import type { StoredPosting } from '@/lib/store/types';

/** A reader of RFC 4180 as a spreadsheet does it, to check that what is written reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const record = (overrides: Partial<StoredPosting>): StoredPosting => ({
  key: 'lever:abc',
  source: 'lever',
  id: 'abc',
  url: 'https://jobs.lever.co/acme/abc',
  title: 'Engineer',
  titleKey: 'engineer',
  locations: [],
  locationKey: '',
  firstSeen: '2026-03-01T09:00:00.000Z',
  lastSeen: '2026-03-02T09:00:00.000Z',
  timesSeen: 2,
  sightings: ['2026-03-01T09:00:00.000Z', '2026-03-02T09:00:00.000Z'],
  ...overrides,
});

describe('CSV cells', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Senior Engineer')).toBe('Senior Engineer');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('Paris, France')).toBe('"Paris, France"');
    expect(csvCell('The "best" job')).toBe('"The ""best"" job"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('turns cells a spreadsheet would run as formulas into text', () => {
    expect(csvCell('=HYPERLINK("http://evil.test")')).toBe('"\'=HYPERLINK(""http://evil.test"")"');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('reads back every cell as written, apart from the formula guard', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          const text = rows.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
          const expected = rows.map((cells) => cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parseCsv(text)).toEqual(expected);
        },
      ),
    );
  });
});

describe('saved listings CSV', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    const csv = savedCsv([record({})]);
    expect(csv.startsWith('\uFEFFTitle,Company,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.match(/\r\n/g)).toHaveLength(2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes one row per listing in the documented columns', () => {
    const csv = savedCsv([
      record({
        title: '=cmd|"/c calc"!A1',
        company: 'Acme, Inc.',
        locations: ['Paris', 'Remote'],
        postedAt: '2026-02-28T00:00:00.000Z',
        lastScore: {
          value: 12,
          bandId: 'ghost',
          bandLabel: 'Likely Ghost (0–34)',
          ghostWarning: true,
          scoredAt: '2026-03-02T09:00:00.000Z',
        },
        saved: { at: '2026-03-02T10:00:00.000Z' },
      }),
      record({ key: 'lever:def', id: 'def', title: 'Line\nbreak' }),
    ]);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      'Title',
      'Company',
      'Location',
      'Score',
      'Band',
      'Ghost warning',
      'Posted',
      'First seen',
      'Last seen',
      'Saved at',
      'URL',
    ]);
    expect(rows[1]).toEqual([
      '\'=cmd|"/c calc"!A1',
      'Acme, Inc.',
      'Paris; Remote',
      '12',
      'Likely Ghost',
      'yes',
      '2026-02-28T00:00:00.000Z',
      '2026-03-01T09:00:00.000Z',
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
      'https://jobs.lever.co/acme/abc',
    ]);
    expect(rows[2]?.slice(0, 6)).toEqual(['Line\nbreak', '', '', '', '', '']);
    expect(rows).toHaveLength(3);
  });
});
