import fc from 'fast-check';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('starts at 1 s and doubles up to a 5 minute cap', () => {
    const delays = Array.from({ length: 12 }, (_, index) => backoffDelay(index + 1, 0));
    expect(delays).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000,
      300_000,
    ]);
  });

  it('takes up to 20 % off at random, never adding to the cap', () => {
    expect(backoffDelay(1, 0.999)).toBe(800);
    expect(backoffDelay(20, 0.5)).toBe(270_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const delay = backoffDelay(n, r);
          expect(delay).toBeGreaterThanOrEqual(800);
          expect(delay).toBeLessThanOrEqual(300_000);
          expect(Number.isFinite(delay)).toBe(true);
        },
      ),
    );
  });

  it('honours other settings', () => {
    expect(backoffDelay(3, 0, { initialMs: 10, maxMs: 30, jitter: 0 })).toBe(30);
  });
});
