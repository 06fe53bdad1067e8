import { describe, expect, it } from 'vitest';
import { passwordStrength } from './password-strength';

// The cases of the API's own policy test (libs/identity, passwords/password-policy.spec.ts).
describe('passwordStrength', () => {
  it('says nothing of an empty password', () => {
    expect(passwordStrength('')).toMatchObject({ verdict: 'empty', score: 0, longEnough: false });
  });

  it('asks for 12 characters, as the API does', () => {
    expect(passwordStrength('x7#Kq!2pZ').verdict).toBe('too-short');
    expect(passwordStrength('vT9#qL2!xR4').verdict).toBe('too-short');
    expect(passwordStrength('vT9#qL2!xR4z').longEnough).toBe(true);
  });

  it('refuses more than 256 characters', () => {
    expect(passwordStrength('correct horse battery staple '.repeat(10))).toMatchObject({
      verdict: 'too-long',
      longEnough: false,
    });
  });

  it.each(['password1234', 'qwertyuiop123', 'Password1234!', '123456789012', 'aaaaaaaaaaaaaaaa', 'qwertyuiopasdf'])(
    'calls "%s" guessable though it is long enough',
    (password) => {
      expect(passwordStrength(password)).toMatchObject({ verdict: 'guessable', longEnough: true });
    },
  );

  it.each(['haslo12345678', 'P@ssw0rd2024!', 'abcabcabcabc', 'kodeord12345', 'zaq12wsxzaq12wsx', '0987654321qwe'])(
    'sees through "%s"',
    (password) => {
      expect(passwordStrength(password).verdict).toBe('guessable');
    },
  );

  it('accepts a passphrase of ordinary words and a long random password', () => {
    expect(passwordStrength('correct horse battery staple').verdict).toBe('strong');
    expect(['fair', 'strong']).toContain(passwordStrength('mgtqzvkpwhrbnjxd').verdict);
  });

  it("counts the person's own e-mail and workshop name as easy to guess", () => {
    const personal = ['anna.kowalska@garage.pl', 'Kowalski Garage'];
    expect(passwordStrength('kowalskigarage', personal).verdict).toBe('guessable');
    expect(passwordStrength('kowalskigarage').verdict).not.toBe('guessable');
  });

  it('matches personal words without their diacritics', () => {
    expect(passwordStrength('lodzlodz2024', ['Warsztat Łódź']).verdict).toBe('guessable');
  });

  it('scores a password like the e2e ones as strong', () => {
    expect(passwordStrength('Wrench-3fa9c01b7e2d-lift').verdict).toBe('strong');
  });
});
