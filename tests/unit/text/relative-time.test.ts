import fc from 'fast-check';
import { isRepostText, parseRelativeTime } from '@/lib/text/relative-time';

const now = new Date('2026-11-24T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

/** [text, matched phrase, age at least, age under (undefined: open), precision] */
type Row = [string, string, number, number | undefined, string];

const english: Row[] = [
  ['Posted Today', 'Posted Today', 0, DAY, 'day'],
  ['Posted Yesterday', 'Posted Yesterday', DAY, 2 * DAY, 'day'],
  ['Posted 3 Days Ago', 'Posted 3 Days Ago', 3 * DAY, 4 * DAY, 'day'],
  ['Posted 30+ Days Ago', 'Posted 30+ Days Ago', 30 * DAY, undefined, 'day'],
  ['3 days ago', '3 days ago', 3 * DAY, 4 * DAY, 'day'],
  ['2 weeks ago', '2 weeks ago', 2 * WEEK, 3 * WEEK, 'week'],
  ['1 month ago', '1 month ago', MONTH, 2 * MONTH, 'month'],
  ['Reposted 2 weeks ago', 'Reposted 2 weeks ago', 2 * WEEK, 3 * WEEK, 'week'],
  ['Just now', 'Just now', 0, MINUTE, 'minute'],
  ['30+ days ago', '30+ days ago', 30 * DAY, undefined, 'day'],
  ['an hour ago', 'an hour ago', HOUR, 2 * HOUR, 'hour'],
  ['a week ago', 'a week ago', WEEK, 2 * WEEK, 'week'],
  ['1 minute ago', '1 minute ago', MINUTE, 2 * MINUTE, 'minute'],
  ['45 minutes ago', '45 minutes ago', 45 * MINUTE, 46 * MINUTE, 'minute'],
  ['5 hours ago', '5 hours ago', 5 * HOUR, 6 * HOUR, 'hour'],
  ['1 day ago', '1 day ago', DAY, 2 * DAY, 'day'],
  ['1 week ago', '1 week ago', WEEK, 2 * WEEK, 'week'],
  ['3 months ago', '3 months ago', 3 * MONTH, 4 * MONTH, 'month'],
  ['a year ago', 'a year ago', YEAR, 2 * YEAR, 'year'],
  ['2 years ago', '2 years ago', 2 * YEAR, 3 * YEAR, 'year'],
  ['more than 30 days ago', 'more than 30 days ago', 30 * DAY, undefined, 'day'],
  ['3d', '3d', 3 * DAY, 4 * DAY, 'day'],
  ['2w', '2w', 2 * WEEK, 3 * WEEK, 'week'],
  ['5 mins', '5 mins', 5 * MINUTE, 6 * MINUTE, 'minute'],
  ['1 hr', '1 hr', HOUR, 2 * HOUR, 'hour'],
  ['3d ago', '3d ago', 3 * DAY, 4 * DAY, 'day'],
  ['1mo ago', '1mo ago', MONTH, 2 * MONTH, 'month'],
  ['2 yrs ago', '2 yrs ago', 2 * YEAR, 3 * YEAR, 'year'],
  ['London, England · Reposted 3 days ago · Over 100 applicants', 'Reposted 3 days ago', 3 * DAY, 4 * DAY, 'day'],
  ['Lille · 3d · 87 applicants', '3d', 3 * DAY, 4 * DAY, 'day'],
];

const french: Row[] = [
  ['il y a 2 semaines', 'il y a 2 semaines', 2 * WEEK, 3 * WEEK, 'week'],
  ['Publié il y a 3 jours', 'Publié il y a 3 jours', 3 * DAY, 4 * DAY, 'day'],
  ["Publié aujourd'hui", "Publié aujourd'hui", 0, DAY, 'day'],
  ['Publié il y a plus de 30 jours', 'Publié il y a plus de 30 jours', 30 * DAY, undefined, 'day'],
  ['Il y a 31 minutes', 'Il y a 31 minutes', 31 * MINUTE, 32 * MINUTE, 'minute'],
  ['il y a 1 jour', 'il y a 1 jour', DAY, 2 * DAY, 'day'],
  ["aujourd'hui", "aujourd'hui", 0, DAY, 'day'],
  ['Publié aujourd’hui', 'Publié aujourd’hui', 0, DAY, 'day'],
  ['hier', 'hier', DAY, 2 * DAY, 'day'],
  ['republié il y a 3 jours', 'republié il y a 3 jours', 3 * DAY, 4 * DAY, 'day'],
  ['il y a une heure', 'il y a une heure', HOUR, 2 * HOUR, 'hour'],
  ['il y a 2 mois', 'il y a 2 mois', 2 * MONTH, 3 * MONTH, 'month'],
  ['il y a un an', 'il y a un an', YEAR, 2 * YEAR, 'year'],
  ['il y a plus de 30 jours', 'il y a plus de 30 jours', 30 * DAY, undefined, 'day'],
  ['Lille · il y a 2 semaines · 87 candidats', 'il y a 2 semaines', 2 * WEEK, 3 * WEEK, 'week'],
];

const german: Row[] = [
  ['vor 2 Wochen', 'vor 2 Wochen', 2 * WEEK, 3 * WEEK, 'week'],
  ['vor 1 Tag', 'vor 1 Tag', DAY, 2 * DAY, 'day'],
  ['heute', 'heute', 0, DAY, 'day'],
  ['gestern', 'gestern', DAY, 2 * DAY, 'day'],
  ['vor 30+ Tagen', 'vor 30+ Tagen', 30 * DAY, undefined, 'day'],
  ['erneut gepostet vor 1 Woche', 'erneut gepostet vor 1 Woche', WEEK, 2 * WEEK, 'week'],
  ['vor einer Stunde', 'vor einer Stunde', HOUR, 2 * HOUR, 'hour'],
  ['vor 5 Minuten', 'vor 5 Minuten', 5 * MINUTE, 6 * MINUTE, 'minute'],
  ['vor 3 Monaten', 'vor 3 Monaten', 3 * MONTH, 4 * MONTH, 'month'],
  ['vor einem Jahr', 'vor einem Jahr', YEAR, 2 * YEAR, 'year'],
  ['Berlin · vor 4 Tagen · 12 Bewerber', 'vor 4 Tagen', 4 * DAY, 5 * DAY, 'day'],
  // Workday's German UI puts the verb last.
  ['Vor 3 Tagen ausgeschrieben', 'Vor 3 Tagen', 3 * DAY, 4 * DAY, 'day'],
  ['Heute ausgeschrieben', 'Heute ausgeschrieben', 0, DAY, 'day'],
  ['Gestern ausgeschrieben', 'Gestern ausgeschrieben', DAY, 2 * DAY, 'day'],
  ['Vor mehr als 30 Tagen ausgeschrieben', 'Vor mehr als 30 Tagen', 30 * DAY, undefined, 'day'],
];

const spanish: Row[] = [
  ['hace 2 semanas', 'hace 2 semanas', 2 * WEEK, 3 * WEEK, 'week'],
  ['hace 1 día', 'hace 1 día', DAY, 2 * DAY, 'day'],
  ['hoy', 'hoy', 0, DAY, 'day'],
  ['ayer', 'ayer', DAY, 2 * DAY, 'day'],
  ['publicado de nuevo hace 3 días', 'publicado de nuevo hace 3 días', 3 * DAY, 4 * DAY, 'day'],
  ['hace una hora', 'hace una hora', HOUR, 2 * HOUR, 'hour'],
  ['hace 10 minutos', 'hace 10 minutos', 10 * MINUTE, 11 * MINUTE, 'minute'],
  ['hace 2 meses', 'hace 2 meses', 2 * MONTH, 3 * MONTH, 'month'],
  ['hace un año', 'hace un año', YEAR, 2 * YEAR, 'year'],
  ['hace más de 30 días', 'hace más de 30 días', 30 * DAY, undefined, 'day'],
];

const portuguese: Row[] = [
  ['há 2 semanas', 'há 2 semanas', 2 * WEEK, 3 * WEEK, 'week'],
  ['há 3 dias', 'há 3 dias', 3 * DAY, 4 * DAY, 'day'],
  ['hoje', 'hoje', 0, DAY, 'day'],
  ['ontem', 'ontem', DAY, 2 * DAY, 'day'],
  ['anunciado novamente há 1 semana', 'anunciado novamente há 1 semana', WEEK, 2 * WEEK, 'week'],
  ['há uma hora', 'há uma hora', HOUR, 2 * HOUR, 'hour'],
  ['há 20 minutos', 'há 20 minutos', 20 * MINUTE, 21 * MINUTE, 'minute'],
  ['há um mês', 'há um mês', MONTH, 2 * MONTH, 'month'],
  ['há 2 anos', 'há 2 anos', 2 * YEAR, 3 * YEAR, 'year'],
  ['há mais de 30 dias', 'há mais de 30 dias', 30 * DAY, undefined, 'day'],
  ['2 semanas atrás', '2 semanas atrás', 2 * WEEK, 3 * WEEK, 'week'],
];

describe.each([
  ['English', english],
  ['French', french],
  ['German', german],
  ['Spanish', spanish],
  ['Portuguese', portuguese],
])('parseRelativeTime in %s', (_language, rows) => {
  it.each(rows)('reads %j', (text, phrase, atLeast, under, precision) => {
    const expected: Record<string, unknown> = { kind: 'range', text: phrase, latest: ago(atLeast), precision };
    if (under !== undefined) expected.earliest = ago(under);
    expect(parseRelativeTime(text, now)).toEqual(expected);
  });
});

describe('parseRelativeTime refuses to guess', () => {
  it.each([
    'Posted by recruiter',
    '3 applicants',
    '',
    'il y a',
    'vor Ort in Berlin',
    'hace',
    'Apply today and join us',
    'Say hier to the team',
    'We build 3D printers',
    'Senior Engineer · Lille · 87 candidats',
    'Posted on 2024-03-01',
  ])('returns undefined for %j', (text) => {
    expect(parseRelativeTime(text, now)).toBeUndefined();
  });

  it('never throws and, when it answers, brackets a time no later than now', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = parseRelativeTime(text, now);
        if (!result) return;
        expect(Date.parse(result.latest)).toBeLessThanOrEqual(now.getTime());
        if (result.earliest) expect(Date.parse(result.earliest)).toBeLessThan(Date.parse(result.latest));
        expect(text).toContain(result.text);
      }),
    );
  });
});

describe('isRepostText', () => {
  it.each([
    'Reposted 2 weeks ago',
    'Republié il y a 3 jours',
    'Erneut gepostet vor 1 Woche',
    'Publicado de nuevo hace 2 días',
    'Republicado há 3 dias',
    'Anunciado novamente há 1 semana',
  ])('flags %j', (text) => {
    expect(isRepostText(text)).toBe(true);
  });

  it.each(['Posted 2 weeks ago', 'il y a 3 jours', 'vor 1 Woche', 'hace 2 días', 'há 3 dias', 'repost-free zone'])(
    'does not flag %j',
    (text) => {
      expect(isRepostText(text)).toBe(false);
    },
  );
});
