import type { Salary } from '@/lib/posting';

/** How the breakdown writes a salary, whatever language the posting states it in: "$135,000–$165,000 a year". */

const PER: Record<NonNullable<Salary['period']>, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

interface Writer {
  format: Intl.NumberFormat;
  /** Written before the figure when Intl does not know the currency: "XYZ 1,200". */
  prefix: string;
}

const writers = new Map<string, Writer>();
/** Currencies come from pages: the cache is bounded whatever they hold. */
const MAX_WRITERS = 64;

/** Undefined for a three-letter code Intl does not know. */
function currencyFormat(code: string, options: Intl.NumberFormatOptions): Intl.NumberFormat | undefined {
  try {
    return new Intl.NumberFormat('en-US', { ...options, style: 'currency', currency: code });
  } catch {
    return undefined;
  }
}

/** A writer per currency and precision, made once: making an Intl.NumberFormat costs far more than using one. */
function writer(currency: string | undefined, cents: boolean): Writer {
  const key = `${currency ?? ''}:${cents}`;
  let found = writers.get(key);
  if (!found) {
    const digits = cents ? 2 : 0;
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    const code = currency?.toUpperCase();
    const money = code && /^[A-Z]{3}$/.test(code) ? currencyFormat(code, options) : undefined;
    found = money
      ? { format: money, prefix: '' }
      : { format: new Intl.NumberFormat('en-US', options), prefix: currency ? `${currency} ` : '' };
    if (writers.size >= MAX_WRITERS) writers.clear();
    writers.set(key, found);
  }
  return found;
}

/** "$135,000–$165,000 a year", "€18.50 an hour", "up to £60,000 a year", "from 45,000". */
export function formatSalary(salary: Salary): string {
  const { min, max, currency, period } = salary;
  const cents = [min, max].some((value) => value !== undefined && !Number.isInteger(value));
  const { format, prefix } = writer(currency, cents);
  const write = (value: number) => prefix + format.format(value);
  let figures: string;
  if (min !== undefined && max !== undefined) {
    figures = min === max ? write(min) : `${write(min)}–${write(max)}`;
  } else if (max !== undefined) {
    figures = `up to ${write(max)}`;
  } else {
    figures = `from ${write(min as number)}`;
  }
  return period ? `${figures} ${PER[period]}` : figures;
}
