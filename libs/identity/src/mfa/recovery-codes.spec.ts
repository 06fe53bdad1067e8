import { randomBytes } from 'node:crypto';
import { RECOVERY_CODE_COUNT, RecoveryCodes } from './recovery-codes';

const USER = '5b0a3c1e-2d4f-4a6b-8c9d-0e1f2a3b4c5d';

describe('RecoveryCodes', () => {
  const codes = new RecoveryCodes();

  it('makes ten distinct xxxx-xxxx codes from an alphabet without look-alikes', () => {
    const generated = codes.generate();
    expect(generated).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(generated).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of generated) expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
  });

  it('reads a code however it is typed, and nothing that is not one', () => {
    expect(codes.normalize('AB3D-EF7H')).toBe('ab3def7h');
    expect(codes.normalize(' ab3d ef7h ')).toBe('ab3def7h');
    expect(codes.normalize('123456')).toBeUndefined();
    expect(codes.normalize('ab3d-ef7')).toBeUndefined();
    expect(codes.normalize('ab0d-ef7h')).toBeUndefined();
  });

  it('hashes under a key of the secret and the person: the same code hashes differently elsewhere', () => {
    const secret = randomBytes(20);
    const hash = codes.hash(secret, USER, 'ab3def7h');
    expect(hash).toHaveLength(32);
    expect(codes.hash(secret, USER, 'ab3def7h').equals(hash)).toBe(true);
    expect(codes.hash(randomBytes(20), USER, 'ab3def7h').equals(hash)).toBe(false);
    expect(codes.hash(secret, '00000000-0000-4000-8000-000000000000', 'ab3def7h').equals(hash)).toBe(false);
    expect(codes.hash(secret, USER, 'AB3D-EF7H').equals(hash)).toBe(true);
  });
});
