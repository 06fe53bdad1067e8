import { randomBytes } from 'node:crypto';

const TENANT_BYTES = 16;
const SECRET_BYTES = 32;
const ENCODED_LENGTH = Math.ceil(((TENANT_BYTES + SECRET_BYTES) * 4) / 3);

/**
 * An opaque, URL-safe token that carries a workshop id in its first 16 bytes and 256 random
 * bits after it. Whoever presents it (a refresh, an invitation link) can be placed in that
 * workshop's context and its hash looked up under row-level security, instead of searching
 * every workshop. The random part is the secret; only its SHA-256 is ever stored.
 */
export function mintTenantScopedToken(tenantId: string): string {
  const tenant = Buffer.from(tenantId.replace(/-/g, ''), 'hex');
  return Buffer.concat([tenant, randomBytes(SECRET_BYTES)]).toString('base64url');
}

/** The workshop id inside a tenant-scoped token, or undefined when the token is malformed. */
export function tenantOfTenantScopedToken(token: string): string | undefined {
  if (token.length !== ENCODED_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  const hex = Buffer.from(token, 'base64url').subarray(0, TENANT_BYTES).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
