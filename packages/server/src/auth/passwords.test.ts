import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  MIN_PASSPHRASE_LENGTH,
  parsePasswordHash,
  passphraseProblem,
  passwordNeedsRehash,
  verifyDummyPassword,
  verifyPassword,
} from './passwords.ts';

const PASSPHRASE = 'うわじま の みかん は おいしい';

describe('passwords', () => {
  it('hashes with scrypt N=2^15, r=8, p=1, a 16-byte salt and a 64-byte key, and verifies', async () => {
    const stored = await hashPassword(PASSPHRASE);
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    const parsed = parsePasswordHash(stored);
    expect(parsed).toMatchObject({ N: 32768, r: 8, p: 1 });
    expect(parsed?.salt).toHaveLength(16);
    expect(parsed?.hash).toHaveLength(64);
    expect(await verifyPassword(PASSPHRASE, stored)).toBe(true);
    expect(await verifyPassword(`${PASSPHRASE} `, stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([hashPassword(PASSPHRASE), hashPassword(PASSPHRASE)]);
    expect(first).not.toBe(second);
  });

  it('verifies with the parameters stored in the hash, so they can change later', async () => {
    const old = await hashPassword(PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 });
    expect(old).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword(PASSPHRASE, old)).toBe(true);
    expect(passwordNeedsRehash(old)).toBe(true);
    expect(passwordNeedsRehash(await hashPassword(PASSPHRASE))).toBe(false);
  });

  it('normalises to NFKC, so full-width input matches half-width', async () => {
    const stored = await hashPassword('Password-2026-uwajima');
    expect(await verifyPassword('Ｐａｓｓｗｏｒｄ－２０２６－ｕｗａｊｉｍａ', stored)).toBe(true);
  });

  it('never matches a malformed or dangerous stored hash, and does not throw', async () => {
    const good = await hashPassword(PASSPHRASE);
    const [, , , , salt, hash] = good.split('$');
    for (const stored of [
      '',
      'plain-text-password',
      `bcrypt$32768$8$1$${salt}$${hash}`,
      `scrypt$32768$8$1$${salt}`,
      `scrypt$30000$8$1$${salt}$${hash}`, // N not a power of two
      `scrypt$${2 ** 24}$8$1$${salt}$${hash}`, // would allocate gigabytes
      `scrypt$32768$8$99$${salt}$${hash}`,
      `scrypt$32768$8$1$${salt}$not+base64/url`,
      `scrypt$32768$8$1$AA$${hash}`, // salt too short
    ]) {
      expect(parsePasswordHash(stored)).toBeUndefined();
      expect(await verifyPassword(PASSPHRASE, stored)).toBe(false);
    }
    await expect(hashPassword(PASSPHRASE, { N: 1000, r: 8, p: 1 })).rejects.toThrow(RangeError);
  });

  it('the dummy verify for unknown usernames costs about as much as a real one and never matches', async () => {
    await verifyDummyPassword('warm-up'); // the dummy hash is made once
    const stored = await hashPassword(PASSPHRASE);
    const time = async (fn: () => Promise<unknown>) => {
      const started = performance.now();
      await fn();
      return performance.now() - started;
    };
    const real = await time(() => verifyPassword('wrong passphrase', stored));
    const dummy = await time(() => verifyDummyPassword(PASSPHRASE));
    expect(await verifyDummyPassword(PASSPHRASE)).toBe(false);
    // Same parameters, so the same work; a generous bound keeps a busy CI machine from flaking.
    expect(dummy).toBeGreaterThan(real / 4);
  });

  it(`asks for at least ${MIN_PASSPHRASE_LENGTH} characters, counted after normalisation`, () => {
    expect(passphraseProblem('a'.repeat(11))).toMatchObject({
      code: 'too_small',
      message: {
        en: 'The passphrase must be at least 12 characters. Several words you can remember make a strong one.',
      },
    });
    expect(passphraseProblem('a'.repeat(12))).toBeUndefined();
    expect(passphraseProblem('みかん'.repeat(4))).toBeUndefined(); // 12 characters, 36 bytes
    expect(passphraseProblem('x'.repeat(1025))).toMatchObject({ code: 'too_big' });
  });
});
