import { PasswordHasher } from './password-hasher';

const PASSWORD = 'correct horse battery staple';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();
  let stored: string;

  beforeAll(async () => {
    stored = await hasher.hash(PASSWORD);
  });

  it('stores an argon2id PHC string at the OWASP floor: 19 MiB, 2 passes, 1 lane', () => {
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(stored).not.toContain(PASSWORD);
  });

  it('salts every hash, so the same password never hashes the same twice', async () => {
    expect(await hasher.hash(PASSWORD)).not.toBe(stored);
  });

  it('verifies the right password', async () => {
    await expect(hasher.verify(stored, PASSWORD)).resolves.toBe(true);
  });

  it('does not verify a wrong password, even one differing only in case or a trailing space', async () => {
    await expect(hasher.verify(stored, 'correct horse battery stapler')).resolves.toBe(false);
    await expect(hasher.verify(stored, 'Correct horse battery staple')).resolves.toBe(false);
    await expect(hasher.verify(stored, `${PASSWORD} `)).resolves.toBe(false);
    await expect(hasher.verify(stored, '')).resolves.toBe(false);
  });

  it('answers false, without throwing, for a stored hash that is not a hash at all', async () => {
    await expect(hasher.verify('not-a-hash', PASSWORD)).resolves.toBe(false);
    await expect(hasher.verify('', PASSWORD)).resolves.toBe(false);
    await expect(hasher.verify('$2b$10$abcdefghijklmnopqrstuv', PASSWORD)).resolves.toBe(false);
    await expect(hasher.verify('$argon2id$v=19$m=19456,t=2,p=1$!!!$???', PASSWORD)).resolves.toBe(false);
  });

  it('the decoy check always fails, whatever the password', async () => {
    await expect(hasher.verifyDecoy(PASSWORD)).resolves.toBe(false);
    await expect(hasher.verifyDecoy('pitlane-decoy-password')).resolves.toBe(false);
  });

  describe('needsRehash', () => {
    it('is false for a hash it just made', () => {
      expect(hasher.needsRehash(stored)).toBe(false);
    });

    it('is false for a hash made with stronger parameters', () => {
      expect(hasher.needsRehash('$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$aGFzaA')).toBe(false);
    });

    it('is true for an argon2id hash made with weaker parameters', () => {
      expect(hasher.needsRehash('$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHQ$aGFzaA')).toBe(true);
      expect(hasher.needsRehash('$argon2id$v=19$m=19456,t=1,p=1$c29tZXNhbHQ$aGFzaA')).toBe(true);
      expect(hasher.needsRehash('$argon2id$v=19$m=19455,t=2,p=1$c29tZXNhbHQ$aGFzaA')).toBe(true);
    });

    it('is true for another argon2 variant or an older argon2 version', () => {
      expect(hasher.needsRehash('$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA')).toBe(true);
      expect(hasher.needsRehash('$argon2id$v=16$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA')).toBe(true);
    });

    it('is true for anything that is not an argon2id PHC string', () => {
      expect(hasher.needsRehash('$2b$12$C6UzMDM.H6dfI/f/IKcEeO5CgLMgI8wJ4E0O9rC1QmUjZ3z7Y8nTa')).toBe(true);
      expect(hasher.needsRehash('5f4dcc3b5aa765d61d8327deb882cf99')).toBe(true);
      expect(hasher.needsRehash('')).toBe(true);
    });
  });
});
