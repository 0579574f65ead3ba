import fc from 'fast-check';
import { createUuidV7, isUuid, uuidv7, uuidv7Time } from './uuid';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('UUIDv7', () => {
  it('has the RFC 9562 layout: version 7, variant 10, lowercase', () => {
    for (let index = 0; index < 200; index += 1) expect(uuidv7()).toMatch(V7);
  });

  it('carries its creation time in the first 48 bits', () => {
    const at = Date.UTC(2026, 11, 1, 1, 0, 0);
    const next = createUuidV7({ now: () => at });
    const id = next();
    expect(id.slice(0, 8) + id.slice(9, 13)).toBe(at.toString(16).padStart(12, '0'));
    expect(uuidv7Time(id)).toBe(at);
  });

  it('sorts strictly in creation order whatever the clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 16, maxLength: 16 }),
        (clock, noise) => {
          let tick = 0;
          const next = createUuidV7({
            now: () => clock[tick++ % clock.length]!,
            randomBytes: (bytes) => bytes.set(noise),
          });
          const ids = clock.map(() => next());
          for (const id of ids) expect(id).toMatch(V7);
          for (let index = 1; index < ids.length; index += 1) {
            expect(ids[index]! > ids[index - 1]!).toBe(true);
          }
        },
      ),
    );
  });

  it('keeps the order past 4,096 ids in one millisecond by borrowing the next one', () => {
    const next = createUuidV7({ now: () => 1_000 });
    const ids = Array.from({ length: 10_000 }, () => next());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(uuidv7Time(ids.at(-1)!)).toBeGreaterThan(1_000);
  });

  it('does not repeat across many ids', () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => uuidv7()));
    expect(ids.size).toBe(20_000);
  });
});

describe('isUuid', () => {
  it('accepts canonical lowercase UUIDs and nothing else', () => {
    expect(isUuid('0192f3a0-7b1c-7def-8abc-0123456789ab')).toBe(true);
    expect(isUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(true);
    for (const bad of [
      '0192F3A0-7B1C-7DEF-8ABC-0123456789AB',
      '0192f3a07b1c7def8abc0123456789ab',
      '0192f3a0-7b1c-7def-cabc-0123456789ab',
      '00000000-0000-0000-0000-000000000000',
      'uuid:0192f3a0-7b1c-7def-8abc-0123456789ab',
      42,
    ]) {
      expect(isUuid(bad)).toBe(false);
    }
    expect(uuidv7Time('6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBeUndefined();
  });
});
