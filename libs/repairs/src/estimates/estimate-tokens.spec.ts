import { AppConfig } from '@pitlane/core';
import { BookingTokens } from '@pitlane/scheduling';
import { EstimateTokens } from './estimate-tokens';

const config = AppConfig.fromEnvironment({
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/never-connected',
  JWT_SECRET: 'unit-test-jwt-secret-0123456789abcdef',
  MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
});
const A = '11111111-1111-4111-8111-111111111111';

describe('estimate link tokens', () => {
  const estimates = new EstimateTokens(config);

  it('carry their workshop and open only as estimate tokens: a booking token of the same server is refused', () => {
    const token = estimates.mint(A);
    expect(estimates.tenantOf(token)).toBe(A);
    const booking = new BookingTokens(config).mint(A);
    expect(booking).toMatch(/^[A-Za-z0-9_-]{64}\.[A-Za-z0-9_-]{22}$/);
    expect(estimates.tenantOf(booking)).toBeUndefined();
    expect(new BookingTokens(config).tenantOf(token)).toBeUndefined();
  });

  it('link to the public estimate route with the token as one path segment', () => {
    const token = estimates.mint(A);
    expect(estimates.link(token)).toBe(`${config.http.publicBaseUrl}/estimate#${token}`);
  });
});
