import { AppConfig } from '@pitlane/core';
import jwt from 'jsonwebtoken';
import { IdentityError, IdentityErrorCode } from '../errors/identity.error';
import { AccessTokenService } from '../tokens/access-token.service';
import { jwtKey } from '../tokens/jwt-secret-key';
import { OperatorAccessTokenService } from './operator-access-token.service';

const JWT_SECRET = 'unit-test-jwt-secret-0123456789abcdef';
const OPERATOR_KEY = jwtKey(JWT_SECRET, 'operator-access-token');
const STAFF_KEY = jwtKey(JWT_SECRET, 'access-token');

const config = AppConfig.fromEnvironment({
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/never-connected',
  JWT_SECRET,
  MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
});

const OPERATOR = {
  operatorId: '11111111-1111-4111-8111-111111111111',
  sessionId: '33333333-3333-4333-8333-333333333333',
};
const STAFF = {
  userId: OPERATOR.operatorId,
  tenantId: '22222222-2222-4222-8222-222222222222',
  sessionId: OPERATOR.sessionId,
  role: 'owner' as const,
};

function handSigned(payload: object, options: jwt.SignOptions = {}, key: Buffer = OPERATOR_KEY): string {
  return jwt.sign(payload, key, {
    algorithm: 'HS256',
    subject: OPERATOR.operatorId,
    issuer: 'pitlane',
    audience: 'pitlane-operator',
    expiresIn: 60,
    ...options,
  });
}

describe('OperatorAccessTokenService', () => {
  const operators = new OperatorAccessTokenService(config);
  const staff = new AccessTokenService(config);
  const inAnHour = () => new Date(Date.now() + 3_600_000);

  function expectRefused(verify: () => unknown): void {
    try {
      verify();
    } catch (error) {
      expect(error).toBeInstanceOf(IdentityError);
      expect((error as IdentityError).code).toBe(IdentityErrorCode.InvalidToken);
      return;
    }
    throw new Error('expected the token to be refused');
  }

  it('hands back the operator and session it signed, for the audience pitlane-operator', () => {
    const token = operators.sign(OPERATOR, inAnHour());
    expect(operators.verify(token)).toEqual(OPERATOR);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(payload).toMatchObject({ aud: 'pitlane-operator', kind: 'operator', sid: OPERATOR.sessionId });
    expect(payload).not.toHaveProperty('tid');
    expect(payload).not.toHaveProperty('role');
  });

  it('is refused by the staff token service, and a staff token by it', () => {
    expectRefused(() => staff.verify(operators.sign(OPERATOR, inAnHour())));
    expectRefused(() => operators.verify(staff.sign(STAFF)));
  });

  it('refuses a token under the staff key even with every operator claim', () => {
    expectRefused(() => operators.verify(handSigned({ sid: OPERATOR.sessionId, kind: 'operator' }, {}, STAFF_KEY)));
  });

  it('refuses a token under the operator key for the staff audience, or without its kind', () => {
    expectRefused(() =>
      operators.verify(handSigned({ sid: OPERATOR.sessionId, kind: 'operator' }, { audience: 'pitlane-api' })),
    );
    expectRefused(() => operators.verify(handSigned({ sid: OPERATOR.sessionId })));
  });

  it('refuses a token that lives longer than an operator session may (8 hours)', () => {
    expectRefused(() =>
      operators.verify(handSigned({ sid: OPERATOR.sessionId, kind: 'operator' }, { expiresIn: 8 * 3600 + 60 })),
    );
    expect(
      operators.verify(handSigned({ sid: OPERATOR.sessionId, kind: 'operator' }, { expiresIn: 8 * 3600 })),
    ).toEqual(OPERATOR);
  });

  it('refuses an expired token and one whose session id is not a UUID', () => {
    expectRefused(() => operators.verify(handSigned({ sid: OPERATOR.sessionId, kind: 'operator' }, { expiresIn: -1 })));
    expectRefused(() => operators.verify(handSigned({ sid: 'session-1', kind: 'operator' })));
  });
});
