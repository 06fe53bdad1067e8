import { SignedTenantTokens } from './signed-tenant-tokens';

const SECRET = 'unit-test-server-secret-0123456789abcdef';
const A = '11111111-1111-4111-8111-111111111111';

describe('SignedTenantTokens', () => {
  it('keeps kinds apart: a token of one HKDF info never verifies under another', () => {
    const bookings = new SignedTenantTokens(SECRET, 'pitlane/booking-manage-token/v1');
    const estimates = new SignedTenantTokens(SECRET, 'pitlane/estimate-approval-token/v1');
    const booking = bookings.mint(A);
    const estimate = estimates.mint(A);
    expect(bookings.tenantOf(booking)).toBe(A);
    expect(estimates.tenantOf(estimate)).toBe(A);
    expect(estimates.tenantOf(booking)).toBeUndefined();
    expect(bookings.tenantOf(estimate)).toBeUndefined();
  });

  it('verifies across instances of the same secret and info (every API instance)', () => {
    const one = new SignedTenantTokens(SECRET, 'pitlane/test/v1');
    const two = new SignedTenantTokens(SECRET, 'pitlane/test/v1');
    expect(two.tenantOf(one.mint(A))).toBe(A);
  });

  it('refuses to be built without an info string, or to mint for something that is not a UUID', () => {
    expect(() => new SignedTenantTokens(SECRET, '')).toThrow(/info/);
    expect(() => new SignedTenantTokens(SECRET, 'pitlane/test/v1').mint('not-a-uuid')).toThrow(/UUID/);
  });
});
