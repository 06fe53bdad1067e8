import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { MIN_PASSWORD_LENGTH, PasswordPolicy } from './password-policy';

const policy = new PasswordPolicy();

/** Runs the policy expecting it to refuse the password and hands back the error. */
function refusalOf(password: string, personalWords?: readonly string[]): IdentityError {
  try {
    policy.assertAcceptable(password, personalWords);
  } catch (error) {
    expect(error).toBeInstanceOf(IdentityError);
    return error as IdentityError;
  }
  throw new Error(`expected "${password}" to be refused`);
}

describe('PasswordPolicy', () => {
  it('asks for at least 12 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });

  it('refuses a short password as a weak_password 400 on the "password" field', () => {
    const error = refusalOf('x7#Kq!2pZ');

    expect(error.code).toBe(IdentityErrorCode.WeakPassword);
    expect(error.kind).toBe('invalid');
    expect(error.fieldProblems).toHaveLength(1);
    expect(error.fieldProblems?.[0]?.field).toBe('password');
    expect(error.fieldProblems?.[0]?.message).toContain('12');
  });

  it('refuses a random password one character under the floor', () => {
    expect(refusalOf('vT9#qL2!xR4').code).toBe(IdentityErrorCode.WeakPassword);
  });

  it('refuses an absurdly long password', () => {
    const error = refusalOf('correct horse battery staple '.repeat(10));

    expect(error.code).toBe(IdentityErrorCode.WeakPassword);
    expect(error.fieldProblems?.[0]?.message).toContain('256');
  });

  it.each(['password1234', 'qwertyuiop123', 'Password1234!', '123456789012', 'aaaaaaaaaaaaaaaa', 'qwertyuiopasdf'])(
    'refuses the common or guessable password "%s" even though it is long enough',
    (password) => {
      const error = refusalOf(password);

      expect(error.code).toBe(IdentityErrorCode.WeakPassword);
      expect(error.fieldProblems?.[0]?.field).toBe('password');
    },
  );

  it('accepts a passphrase of ordinary words', () => {
    expect(() => policy.assertAcceptable('correct horse battery staple')).not.toThrow();
  });

  it('accepts a long random password without any composition rules', () => {
    expect(() => policy.assertAcceptable('mgtqzvkpwhrbnjxd')).not.toThrow();
  });

  it("refuses a password built from the user's own e-mail and workshop name", () => {
    const personalWords = ['anna.kowalska@garage.pl', 'Kowalski Garage'];

    const error = refusalOf('kowalskigarage', personalWords);

    expect(error.code).toBe(IdentityErrorCode.WeakPassword);
    expect(error.fieldProblems?.[0]?.field).toBe('password');
  });

  it('refuses that password because of the personal words, not on its own', () => {
    expect(() => policy.assertAcceptable('kowalskigarage')).not.toThrow();
  });

  it('never puts the password in the error', () => {
    const password = 'password1234';
    const error = refusalOf(password);

    expect(error.message).not.toContain(password);
    expect(JSON.stringify(error.fieldProblems)).not.toContain(password);
  });
});
