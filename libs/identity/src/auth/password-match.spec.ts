import { matchPassword, PASSWORD_CHECKS_PER_LOGIN } from './password-match';

/** A hasher that counts its work: `hash:<password>` matches `<password>`. */
function countingHasher() {
  const calls: string[] = [];
  return {
    calls,
    verify: (hash: string, password: string) => {
      calls.push('verify');
      return Promise.resolve(hash === `hash:${password}`);
    },
    verifyDecoy: () => {
      calls.push('decoy');
      return Promise.resolve(false as const);
    },
  };
}

const account = (id: string, password: string) => ({ id, passwordHash: `hash:${password}` });

describe('a login checks the same number of password hashes, however many accounts hold the address', () => {
  it.each([
    ['no account, wrong password', [], 'x', undefined],
    ['one account, right password', [account('a', 'pw')], 'pw', 'a'],
    ['one account, wrong password', [account('a', 'pw')], 'x', undefined],
    ['two accounts, the first matches', [account('a', 'pw'), account('b', 'other')], 'pw', 'a'],
    ['two accounts, the second matches', [account('a', 'other'), account('b', 'pw')], 'pw', 'b'],
    ['two accounts, none matches', [account('a', 'one'), account('b', 'two')], 'x', undefined],
    [
      'three accounts: only the first two are tried',
      [account('a', '1'), account('b', '2'), account('c', 'pw')],
      'pw',
      undefined,
    ],
  ])('%s', async (_name, candidates, password, expected) => {
    const hasher = countingHasher();
    const match = await matchPassword(hasher, candidates, password);
    expect(match?.id).toBe(expected);
    expect(hasher.calls).toHaveLength(PASSWORD_CHECKS_PER_LOGIN);
  });

  it('prefers the earlier candidate (the verified account) when both hashes match', async () => {
    const match = await matchPassword(countingHasher(), [account('verified', 'pw'), account('newer', 'pw')], 'pw');
    expect(match?.id).toBe('verified');
  });
});
