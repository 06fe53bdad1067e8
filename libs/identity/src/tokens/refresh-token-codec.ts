import { mintTenantScopedToken, tenantOfTenantScopedToken } from './tenant-scoped-token';

/**
 * Refresh tokens are opaque to clients but carry the workshop id in their first 16 bytes, so
 * a refresh can enter that workshop's context and find the token's hash under row-level
 * security instead of searching every workshop. The 256 random bits are the secret.
 */
export function mintRefreshToken(tenantId: string): string {
  return mintTenantScopedToken(tenantId);
}

/** The workshop id inside a refresh token, or undefined when the token is malformed. */
export function tenantOfRefreshToken(token: string): string | undefined {
  return tenantOfTenantScopedToken(token);
}
