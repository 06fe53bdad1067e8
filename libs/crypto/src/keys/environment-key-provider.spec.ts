import { EnvironmentKeyProvider } from './environment-key-provider';

const ACTIVE = Buffer.alloc(32, 0x5a);
const OLD = Buffer.alloc(32, 0x11);
const OLDER = Buffer.alloc(32, 0x22);

function errorOf(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('EnvironmentKeyProvider with previous keys', () => {
  it('still works with only the active key', () => {
    const provider = new EnvironmentKeyProvider('k1', ACTIVE);

    expect(provider.keyIds).toEqual(['k1']);
    expect(provider.keyEncryptionKey('k1')).toBe(ACTIVE);
  });

  it('hands out previous keys for unwrapping while the active key stays active', () => {
    const provider = new EnvironmentKeyProvider(
      'k2',
      ACTIVE,
      new Map([
        ['k1', OLD],
        ['k0', OLDER],
      ]),
    );

    expect(provider.activeKeyId).toBe('k2');
    expect(provider.keyEncryptionKey('k2')).toBe(ACTIVE);
    expect(provider.keyEncryptionKey('k1')).toBe(OLD);
    expect(provider.keyEncryptionKey('k0')).toBe(OLDER);
  });

  it('lists the active key id first, then the previous ones in order', () => {
    const provider = new EnvironmentKeyProvider(
      'k2',
      ACTIVE,
      new Map([
        ['k1', OLD],
        ['k0', OLDER],
      ]),
    );

    expect(provider.keyIds).toEqual(['k2', 'k1', 'k0']);
    expect(Object.isFrozen(provider.keyIds)).toBe(true);
  });

  it('refuses an unknown key id without printing any key', () => {
    const provider = new EnvironmentKeyProvider('k2', ACTIVE, new Map([['k1', OLD]]));
    const error = errorOf(() => provider.keyEncryptionKey('k9'));

    expect(error.message).toBe('Unknown master key id "k9"');
    for (const key of [ACTIVE, OLD]) {
      expect(error.message).not.toContain(key.toString('base64'));
      expect(error.message).not.toContain(key.toString('hex'));
    }
  });

  it('refuses a previous key that is not 32 bytes, naming its id', () => {
    expect(() => new EnvironmentKeyProvider('k2', ACTIVE, new Map([['k1', Buffer.alloc(16)]]))).toThrow(
      'Previous master key "k1" must be 32 bytes',
    );
  });

  it('refuses a previous key under the active key id', () => {
    expect(() => new EnvironmentKeyProvider('k2', ACTIVE, new Map([['k2', OLD]]))).toThrow(
      'Master key id "k2" is both active and previous',
    );
  });

  it('does not change when the map it was given changes later', () => {
    const previous = new Map([['k1', OLD]]);
    const provider = new EnvironmentKeyProvider('k2', ACTIVE, previous);
    previous.set('k0', OLDER);

    expect(() => provider.keyEncryptionKey('k0')).toThrow('Unknown master key id "k0"');
  });
});

describe('EnvironmentKeyProvider.parsePreviousKeys', () => {
  const OLD_BASE64 = OLD.toString('base64');
  const OLDER_BASE64 = OLDER.toString('base64');

  it('parses id:base64 entries separated by commas', () => {
    const keys = EnvironmentKeyProvider.parsePreviousKeys(`k0:${OLD_BASE64},k-old_1:${OLDER_BASE64}`);

    expect([...keys.keys()]).toEqual(['k0', 'k-old_1']);
    expect(keys.get('k0')?.equals(OLD)).toBe(true);
    expect(keys.get('k-old_1')?.equals(OLDER)).toBe(true);
  });

  it('reads an empty or blank string as no previous keys', () => {
    expect(EnvironmentKeyProvider.parsePreviousKeys('').size).toBe(0);
    expect(EnvironmentKeyProvider.parsePreviousKeys('  ').size).toBe(0);
  });

  it('ignores whitespace around entries and accepts unpadded base64', () => {
    const keys = EnvironmentKeyProvider.parsePreviousKeys(
      ` k0 : ${OLD_BASE64.replace(/=+$/, '')} , k1:${OLDER_BASE64}`,
    );

    expect(keys.get('k0')?.equals(OLD)).toBe(true);
    expect(keys.get('k1')?.equals(OLDER)).toBe(true);
  });

  it('feeds the constructor', () => {
    const provider = new EnvironmentKeyProvider(
      'k2',
      ACTIVE,
      EnvironmentKeyProvider.parsePreviousKeys(`k1:${OLD_BASE64}`),
    );

    expect(provider.keyEncryptionKey('k1').equals(OLD)).toBe(true);
  });

  it('names a key of the wrong length by its id', () => {
    expect(() => EnvironmentKeyProvider.parsePreviousKeys(`k0:${Buffer.alloc(16, 1).toString('base64')}`)).toThrow(
      'Previous master key "k0" must be 32 bytes, base64-encoded',
    );
    expect(() => EnvironmentKeyProvider.parsePreviousKeys(`k0:${Buffer.alloc(33, 1).toString('base64')}`)).toThrow(
      'Previous master key "k0" must be 32 bytes, base64-encoded',
    );
  });

  it('refuses a key with characters outside base64 rather than silently skipping them', () => {
    const mangled = `${OLD_BASE64.slice(0, 20)}!${OLD_BASE64.slice(20)}`;

    expect(() => EnvironmentKeyProvider.parsePreviousKeys(`k0:${mangled}`)).toThrow('Previous master key "k0"');
    expect(() => EnvironmentKeyProvider.parsePreviousKeys('k0:')).toThrow('Previous master key "k0"');
  });

  it('names an entry with a malformed id by its position', () => {
    expect(() => EnvironmentKeyProvider.parsePreviousKeys(`k0:${OLD_BASE64},has space:${OLDER_BASE64}`)).toThrow(
      'Previous master key entry 2 has an id',
    );
    expect(() => EnvironmentKeyProvider.parsePreviousKeys(`${'k'.repeat(33)}:${OLD_BASE64}`)).toThrow(
      'Previous master key entry 1 has an id',
    );
    expect(() => EnvironmentKeyProvider.parsePreviousKeys(`:${OLD_BASE64}`)).toThrow(
      'Previous master key entry 1 has an id',
    );
  });

  it('names an entry without a colon, or an empty entry, by its position', () => {
    expect(() => EnvironmentKeyProvider.parsePreviousKeys(OLD_BASE64)).toThrow(
      'Previous master key entry 1 must be "id:base64-key"',
    );
    expect(() => EnvironmentKeyProvider.parsePreviousKeys(`k0:${OLD_BASE64},,k1:${OLDER_BASE64}`)).toThrow(
      'Previous master key entry 2 must be "id:base64-key"',
    );
  });

  it('refuses the same id twice', () => {
    expect(() => EnvironmentKeyProvider.parsePreviousKeys(`k0:${OLD_BASE64},k0:${OLDER_BASE64}`)).toThrow(
      'Previous master key id "k0" appears more than once',
    );
  });

  it('never puts key material in an error', () => {
    const short = Buffer.alloc(16, 0x33).toString('base64');
    const specs = [
      OLD_BASE64,
      `bad id:${OLD_BASE64}`,
      `k0:${short}`,
      `k0:${OLD_BASE64},k0:${OLDER_BASE64}`,
      `k0:${OLD_BASE64.slice(0, 20)}!${OLD_BASE64.slice(20)}`,
    ];

    for (const spec of specs) {
      const message = errorOf(() => EnvironmentKeyProvider.parsePreviousKeys(spec)).message;
      for (const secret of [OLD_BASE64, OLDER_BASE64, short, OLD_BASE64.slice(0, 20)]) {
        expect(message).not.toContain(secret);
      }
    }
  });
});
