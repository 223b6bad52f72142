import { formatSalary } from '@/lib/text/money';

describe('formatSalary', () => {
  it.each([
    [{ min: 135_000, max: 165_000, currency: 'USD', period: 'year' as const }, '$135,000–$165,000 a year'],
    [{ min: 95_000, max: 120_000, currency: 'EUR', period: 'year' as const }, '€95,000–€120,000 a year'],
    [{ min: 18.5, max: 18.5, currency: 'USD', period: 'hour' as const }, '$18.50 an hour'],
    [{ max: 150_000, currency: 'GBP' }, 'up to £150,000'],
    [{ min: 90_000, currency: 'cad', period: 'year' as const }, 'from CA$90,000 a year'],
    [{ min: 8_000, max: 10_000, currency: 'BRL', period: 'month' as const }, 'R$8,000–R$10,000 a month'],
    [{ min: 1_200_000, max: 1_800_000, currency: 'INR', period: 'year' as const }, '₹1,200,000–₹1,800,000 a year'],
    [{ min: 120_000, max: 140_000, currency: 'CHF', period: 'week' as const }, 'CHF 120,000–CHF 140,000 a week'],
    [{ min: 450, max: 550, period: 'day' as const }, '450–550 a day'],
  ])('writes %j as %j', (salary, written) => {
    expect(formatSalary(salary).replace(/\u00a0/g, ' ')).toBe(written);
  });

  it('writes a currency Intl does not know before the figures, whatever a page sends', () => {
    expect(formatSalary({ min: 1000, max: 2000, currency: 'US$' })).toBe('US$ 1,000–US$ 2,000');
    expect(formatSalary({ min: 1000, currency: 'ZZZ' })).toMatch(/^from ZZZ\s?1,000$/);
  });
});
