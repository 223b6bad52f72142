import fc from 'fast-check';
import { descriptionKey } from '@/lib/summary/summary';

describe('descriptionKey', () => {
  it('is equal for equal descriptions and differs for changed ones', () => {
    const text = 'We are looking for a Senior Platform Engineer.';
    expect(descriptionKey(text)).toBe(descriptionKey(`${text}`));
    expect(descriptionKey(text)).not.toBe(descriptionKey(`${text} `));
    expect(descriptionKey(text)).not.toBe(descriptionKey(text.replace('Senior', 'Junior')));
    expect(descriptionKey('')).toMatch(/^0-[0-9a-f]{16}$/);
  });

  it('tells apart distinct texts', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => a === b || descriptionKey(a) !== descriptionKey(b)));
  });
});
