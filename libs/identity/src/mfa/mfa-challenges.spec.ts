import { AppConfig } from '@pitlane/core';
import jwt from 'jsonwebtoken';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AccessTokenService } from '../tokens/access-token.service';
import { jwtKey } from '../tokens/jwt-secret-key';
import { MfaChallenges } from './mfa-challenges';

const JWT_SECRET = 'unit-test-jwt-secret-0123456789abcdef';
const config = AppConfig.fromEnvironment({
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/never-connected',
  JWT_SECRET,
  MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
});
const USER = '11111111-1111-4111-8111-111111111111';
const TENANT = '22222222-2222-4222-8222-222222222222';
const CHALLENGE = '44444444-4444-4444-8444-444444444444';

/** An mfaToken as `issue` makes it, signed with `key`, for `audience`. */
function challengeToken(key: Buffer | string, audience = 'pitlane-api/mfa', payload: object = { tid: TENANT }): string {
  return jwt.sign(payload, key, {
    algorithm: 'HS256',
    subject: USER,
    jwtid: CHALLENGE,
    issuer: 'pitlane',
    audience,
    expiresIn: 300,
  });
}

describe('MfaChallenges.verify', () => {
  // verify never touches the database.
  const challenges = new MfaChallenges(undefined as never, undefined as never, undefined as never, config);

  function expectRefused(token: string): void {
    let error: unknown;
    try {
      challenges.verify(token);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IdentityError);
    expect((error as IdentityError).code).toBe(IdentityErrorCode.MfaLoginFailed);
  }

  it('accepts a challenge signed with the MFA-challenge key (the refusals below are not vacuous)', () => {
    expect(challenges.verify(challengeToken(jwtKey(JWT_SECRET, 'mfa-challenge')))).toEqual({
      userId: USER,
      tenantId: TENANT,
      challengeId: CHALLENGE,
    });
  });

  it('refuses an access token', () => {
    const access = new AccessTokenService(config).sign({
      userId: USER,
      tenantId: TENANT,
      sessionId: CHALLENGE,
      role: 'owner',
    });
    expectRefused(access);
  });

  it('refuses a challenge signed with the access-token key, even for the MFA audience', () => {
    expectRefused(challengeToken(jwtKey(JWT_SECRET, 'access-token')));
  });

  it('refuses a challenge signed with JWT_SECRET itself', () => {
    expectRefused(challengeToken(JWT_SECRET));
  });

  it('refuses a challenge whose workshop is not a UUID', () => {
    expectRefused(challengeToken(jwtKey(JWT_SECRET, 'mfa-challenge'), 'pitlane-api/mfa', { tid: 'nope' }));
  });
});

describe('AccessTokenService.verify', () => {
  it('refuses a genuine MFA challenge', () => {
    const service = new AccessTokenService(config);
    const payload = { tid: TENANT, sid: CHALLENGE, role: 'owner' };
    const token = jwt.sign(payload, jwtKey(JWT_SECRET, 'mfa-challenge'), {
      algorithm: 'HS256',
      subject: USER,
      issuer: 'pitlane',
      audience: 'pitlane-api',
      expiresIn: 60,
    });
    expect(() => service.verify(token)).toThrow(IdentityError);
  });
});
