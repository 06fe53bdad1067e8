import { randomBytes } from 'node:crypto';

const TENANT_BYTES = 16;
const SECRET_BYTES = 32;
const ENCODED_LENGTH = Math.ceil(((TENANT_BYTES + SECRET_BYTES) * 4) / 3);

/**
 * Refresh tokens are opaque to clients but carry the workshop id in their first 16 bytes, so
 * a refresh can enter that workshop's context and find the token's hash under row-level
 * security instead of searching every workshop. The 256 random bits are the secret.
 */
export function mintRefreshToken(tenantId: string): string {
  const tenant = Buffer.from(tenantId.replace(/-/g, ''), 'hex');
  return Buffer.concat([tenant, randomBytes(SECRET_BYTES)]).toString('base64url');
}

/** The workshop id inside a refresh token, or undefined when the token is malformed. */
export function tenantOfRefreshToken(token: string): string | undefined {
  if (token.length !== ENCODED_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  const hex = Buffer.from(token, 'base64url').subarray(0, TENANT_BYTES).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
