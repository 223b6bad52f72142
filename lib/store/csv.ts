import { BAND_NAMES } from '@/lib/settings-defaults';
import type { StoredPosting } from './types';

const HEADER = [
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
];

/** Spreadsheets run a cell starting with one of these as a formula; a leading quote makes it plain text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(p: StoredPosting): string[] {
  const score = p.lastScore;
  return [
    p.title,
    p.company ?? '',
    p.locations.join('; '),
    score ? String(score.value) : '',
    score ? BAND_NAMES[score.bandId] : '',
    score ? (score.ghostWarning ? 'yes' : 'no') : '',
    p.postedAt ?? '',
    p.firstSeen,
    p.lastSeen,
    p.saved?.at ?? '',
    p.url,
  ];
}

/** Saved listings as a CSV file Excel and others open as UTF-8: a byte order mark, CRLF line ends. */
export function savedCsv(postings: readonly StoredPosting[]): string {
  const lines = [HEADER, ...postings.map(row)].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
