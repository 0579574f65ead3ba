// @vitest-environment node
import fc from 'fast-check';
import {
  constantTimeEqual,
  createIdempotencyKey,
  generateManageToken,
  generateReference,
  hashManageToken,
  isValidReference,
  normalizeReference,
  referenceAlphabet,
} from './reference';

describe('booking references', () => {
  it('look like UWJ-7K4P-M2 and use only unambiguous characters', () => {
    for (let i = 0; i < 200; i++) {
      const reference = generateReference();
      expect(reference).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
      expect(reference).not.toMatch(/[01ILO]/);
      expect(isValidReference(reference)).toBe(true);
    }
    expect(referenceAlphabet).toHaveLength(31);
  });

  it('are spread over the alphabet', () => {
    const seen = new Set(
      Array.from({ length: 200 }, () => generateReference().slice(0, 3)).join(''),
    );
    expect(seen.size).toBeGreaterThan(25);
    expect(new Set(Array.from({ length: 500 }, generateReference)).size).toBe(500);
  });

  it('read back what a person typed', () => {
    const reference = generateReference();
    const typed = reference.toLowerCase().replace(/-/g, ' ');
    expect(normalizeReference(typed)).toBe(reference);
    const fullWidth = reference.replace(/[!-~]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );
    expect(normalizeReference(fullWidth)).toBe(reference);
    expect(normalizeReference('')).toBeUndefined();
    expect(normalizeReference('UWJ-7K4P-M')).toBeUndefined();
    expect(normalizeReference('0WJ-7K4P-M2')).toBeUndefined();
  });

  it('catch every single wrong character and every swap of neighbours', () => {
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 30 }),
        (_seed, position, shift) => {
          const reference = generateReference();
          const chars = reference.replace(/-/g, '').split('');
          const wrong = [...chars];
          wrong[position] =
            referenceAlphabet[(referenceAlphabet.indexOf(chars[position]!) + shift) % 31]!;
          expect(isValidReference(wrong.join(''))).toBe(false);
          if (position < 8 && chars[position] !== chars[position + 1]) {
            const swapped = [...chars];
            [swapped[position], swapped[position + 1]] = [
              swapped[position + 1]!,
              swapped[position]!,
            ];
            expect(isValidReference(swapped.join(''))).toBe(false);
          }
        },
      ),
    );
  });
});

describe('manage tokens', () => {
  it('carry 256 random bits as base64url', () => {
    const tokens = Array.from({ length: 100 }, generateManageToken);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(tokens).size).toBe(100);
  });

  it('hash to a stable SHA-256 digest', async () => {
    expect(await hashManageToken('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    expect(await hashManageToken('abd')).not.toBe(await hashManageToken('abc'));
  });

  it('compare equal only when identical, whatever the lengths', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(a === b);
        expect(constantTimeEqual(a, a)).toBe(true);
      }),
    );
    expect(constantTimeEqual('token', 'token\u0000')).toBe(false);
  });

  it('idempotency keys are UUID v4', () => {
    expect(createIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
