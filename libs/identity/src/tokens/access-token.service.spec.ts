import { AppConfig } from '@pitlane/core';
import jwt from 'jsonwebtoken';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AccessTokenClaims, AccessTokenService } from './access-token.service';
import { jwtKey } from './jwt-secret-key';

const JWT_SECRET = 'unit-test-jwt-secret-0123456789abcdef';
/** What access tokens are signed with: a key derived from the secret for this purpose only. */
const ACCESS_KEY = jwtKey(JWT_SECRET, 'access-token');

const config = AppConfig.fromEnvironment({
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/never-connected',
  JWT_SECRET,
  MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
});

const CLAIMS: AccessTokenClaims = {
  userId: '11111111-1111-4111-8111-111111111111',
  tenantId: '22222222-2222-4222-8222-222222222222',
  sessionId: '33333333-3333-4333-8333-333333333333',
  role: 'manager',
};

/** The payload `sign` would produce, for hand-made tokens. */
const PAYLOAD = { tid: CLAIMS.tenantId, sid: CLAIMS.sessionId, role: CLAIMS.role };

/** A token signed with jsonwebtoken directly, valid unless an option says otherwise. */
function handSigned(
  payload: object = PAYLOAD,
  options: jwt.SignOptions = {},
  secret: string | Buffer = ACCESS_KEY,
): string {
  return jwt.sign(payload, secret, {
    algorithm: 'HS256',
    subject: CLAIMS.userId,
    issuer: config.auth.jwtIssuer,
    audience: config.auth.jwtAudience,
    expiresIn: 60,
    ...options,
  });
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decodedPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('AccessTokenService', () => {
  const service = new AccessTokenService(config);

  /** Runs `verify` expecting it to refuse the token and hands back the error. */
  function refusalOf(token: string): IdentityError {
    try {
      service.verify(token);
    } catch (error) {
      expect(error).toBeInstanceOf(IdentityError);
      return error as IdentityError;
    }
    throw new Error('expected the token to be refused');
  }

  function expectRefused(token: string): void {
    const error = refusalOf(token);
    expect(error.code).toBe(IdentityErrorCode.InvalidToken);
    expect(error.kind).toBe('unauthenticated');
  }

  it('hands back the claims it signed', () => {
    expect(service.verify(service.sign(CLAIMS))).toEqual(CLAIMS);
  });

  it('signs with HS256 and names issuer, audience, subject, expiry and a unique id', () => {
    const token = service.sign(CLAIMS);
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as unknown;
    const payload = decodedPayload(token);

    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: CLAIMS.userId,
      tid: CLAIMS.tenantId,
      sid: CLAIMS.sessionId,
      role: CLAIMS.role,
      iss: 'pitlane',
      aud: 'pitlane-api',
    });
    expect(payload.exp).toBe((payload.iat as number) + service.ttlSeconds);
    expect(typeof payload.jti).toBe('string');
    expect(decodedPayload(service.sign(CLAIMS)).jti).not.toBe(payload.jti);
  });

  it('lives as long as ACCESS_TOKEN_TTL_SECONDS', () => {
    expect(service.ttlSeconds).toBe(900);
  });

  it('accepts a token made elsewhere with the same secret and claims', () => {
    expect(service.verify(handSigned())).toEqual(CLAIMS);
  });

  it('refuses an unsigned token with alg "none"', () => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = [
      base64url({ alg: 'none', typ: 'JWT' }),
      base64url({ ...PAYLOAD, sub: CLAIMS.userId, iss: 'pitlane', aud: 'pitlane-api', iat: now, exp: now + 60 }),
      '',
    ].join('.');

    expectRefused(unsigned);
  });

  it('refuses a genuine token whose header was rewritten to alg "none" and signature dropped', () => {
    const [, payload] = service.sign(CLAIMS).split('.');

    expectRefused(`${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`);
  });

  it('refuses a token signed with another secret', () => {
    expectRefused(handSigned(PAYLOAD, {}, 'another-secret-that-is-also-32-chars-long'));
  });

  it('refuses a token signed with HS512, even with the right secret', () => {
    expectRefused(handSigned(PAYLOAD, { algorithm: 'HS512' }));
  });

  it('refuses a token whose payload was altered after signing', () => {
    const [header, , signature] = service.sign(CLAIMS).split('.');
    const forged = base64url({ ...decodedPayload(service.sign(CLAIMS)), role: 'owner' });

    expectRefused(`${header}.${forged}.${signature}`);
  });

  it('refuses a token from another issuer', () => {
    expectRefused(handSigned(PAYLOAD, { issuer: 'someone-else' }));
  });

  it('refuses a token for another audience', () => {
    expectRefused(handSigned(PAYLOAD, { audience: 'pitlane-worker' }));
  });

  it('refuses a token that names no issuer, or no audience', () => {
    const base = { algorithm: 'HS256', subject: CLAIMS.userId, expiresIn: 60 } as const;

    expectRefused(jwt.sign(PAYLOAD, ACCESS_KEY, { ...base, audience: 'pitlane-api' }));
    expectRefused(jwt.sign(PAYLOAD, ACCESS_KEY, { ...base, issuer: 'pitlane' }));
  });

  it('refuses an expired token', () => {
    expectRefused(handSigned(PAYLOAD, { expiresIn: -1 }));
    expectRefused(handSigned(PAYLOAD, { expiresIn: -3600 }));
  });

  it('refuses a token without an expiry, however well signed', () => {
    expectRefused(
      jwt.sign(PAYLOAD, ACCESS_KEY, {
        algorithm: 'HS256',
        subject: CLAIMS.userId,
        issuer: 'pitlane',
        audience: 'pitlane-api',
      }),
    );
  });

  it('refuses a token without an issue time', () => {
    const options = { algorithm: 'HS256', subject: CLAIMS.userId, issuer: 'pitlane', audience: 'pitlane-api' } as const;
    const exp = Math.floor(Date.now() / 1000) + 60;
    expectRefused(jwt.sign({ ...PAYLOAD, exp }, ACCESS_KEY, { ...options, noTimestamp: true }));
  });

  it('refuses a token that lives longer than an access token may', () => {
    expectRefused(handSigned(PAYLOAD, { expiresIn: 30 * 86_400 }));
  });

  it('refuses a token signed with JWT_SECRET itself instead of the access-token key', () => {
    expectRefused(handSigned(PAYLOAD, {}, JWT_SECRET));
  });

  it('refuses a token signed with the key of another purpose (the MFA challenge)', () => {
    expectRefused(handSigned(PAYLOAD, {}, jwtKey(JWT_SECRET, 'mfa-challenge')));
  });

  it.each([
    ['a workshop id that is not a UUID', { tid: "x' or 1=1 --" }],
    ['a workshop id with trailing text', { tid: `${CLAIMS.tenantId}x` }],
    ['a session id that is not a UUID', { sid: 'session-1' }],
  ])('refuses %s', (_label, claims) => {
    expectRefused(handSigned({ ...PAYLOAD, ...claims }));
  });

  it('refuses a subject that is not a UUID', () => {
    expectRefused(handSigned(PAYLOAD, { subject: 'admin' }));
  });

  it('refuses a token that is not valid yet', () => {
    expectRefused(handSigned(PAYLOAD, { notBefore: 300 }));
  });

  it('refuses a token missing the workshop id', () => {
    const { tid: _tid, ...withoutTenant } = PAYLOAD;

    expectRefused(handSigned(withoutTenant));
  });

  it('refuses a token missing the session id or the subject', () => {
    const { sid: _sid, ...withoutSession } = PAYLOAD;

    expectRefused(handSigned(withoutSession));
    expectRefused(
      jwt.sign(PAYLOAD, ACCESS_KEY, { algorithm: 'HS256', issuer: 'pitlane', audience: 'pitlane-api', expiresIn: 60 }),
    );
  });

  it('refuses a token whose claims have the wrong type', () => {
    expectRefused(handSigned({ ...PAYLOAD, tid: 42 }));
    expectRefused(handSigned({ ...PAYLOAD, sid: null }));
  });

  it('refuses a token with a role that does not exist', () => {
    expectRefused(handSigned({ ...PAYLOAD, role: 'superuser' }));
    expectRefused(handSigned({ ...PAYLOAD, role: 'Owner' }));
  });

  it.each([
    ['an empty string', ''],
    ['garbage', 'not-a-jwt'],
    ['two segments', 'eyJhbGciOiJIUzI1NiJ9.e30'],
  ])('refuses %s', (_label, token) => {
    expectRefused(token);
  });

  it('tells the client nothing about why a token was refused', () => {
    const expired = refusalOf(handSigned(PAYLOAD, { expiresIn: -60 }));
    const forged = refusalOf(handSigned(PAYLOAD, {}, 'another-secret-that-is-also-32-chars-long'));

    expect(expired.detail).toBe(forged.detail);
    expect(expired.detail).toBe('The access token is missing, malformed or expired.');
  });
});
