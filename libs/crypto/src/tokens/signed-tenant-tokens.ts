import { createHmac, hkdfSync } from 'node:crypto';
import { hashToken, randomToken, sameHash } from './opaque-token';

const KEY_BYTES = 32;
const TENANT_BYTES = 16;
const SECRET_BYTES = 32;
/** base64url of the 16-byte workshop id and 32 random bytes. */
const BODY = /^[A-Za-z0-9_-]{64}$/;
/** The HMAC-SHA256 cut to its first 128 bits (as RFC 4868 does), so the token fits a path segment. */
const TAG_BYTES = 16;
/** base64url of the 16-byte tag. */
const SIGNATURE = /^[A-Za-z0-9_-]{22}$/;

/**
 * A customer's key to one thing of one workshop, sent as a link:
 * `<base64url(workshop id ‖ 256 random bits)>.<base64url(tag)>` (87 characters; Fastify refuses
 * path parameters over 100), the tag the first 128 bits of an HMAC-SHA256 of the first part
 * under a key derived (HKDF-SHA256) from the server secret with `info`. The workshop inside lets a
 * request enter that workshop's context from the token alone; the signature means a token whose
 * workshop part was swapped or altered is refused before any database is touched. Only the
 * SHA-256 of the whole token is stored, so the table alone opens nothing.
 *
 * Each kind of token has its own `info` and therefore its own key: a token minted for one
 * purpose (a booking) never verifies as another (an estimate).
 */
export class SignedTenantTokens {
  private readonly key: Buffer;

  constructor(secret: string, info: string) {
    if (info.length === 0) throw new Error('a signed token kind needs its own HKDF info string');
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, KEY_BYTES));
  }

  mint(tenantId: string): string {
    const tenant = Buffer.from(tenantId.replace(/-/g, ''), 'hex');
    if (tenant.length !== TENANT_BYTES) throw new Error('a workshop id is a UUID');
    const body = Buffer.concat([tenant, Buffer.from(randomToken(SECRET_BYTES), 'base64url')]).toString('base64url');
    return `${body}.${this.sign(body).toString('base64url')}`;
  }

  /** The workshop of a token whose signature holds (checked in constant time), else undefined. */
  tenantOf(token: string): string | undefined {
    const [body, signature, ...rest] = token.split('.');
    if (rest.length > 0 || !body || !signature || !BODY.test(body) || !SIGNATURE.test(signature)) return undefined;
    const presented = Buffer.from(signature, 'base64url');
    // base64url has more than one spelling of the last byte; only the canonical one is accepted.
    if (presented.toString('base64url') !== signature) return undefined;
    if (!sameHash(presented, this.sign(body))) return undefined;
    const hex = Buffer.from(body, 'base64url').subarray(0, TENANT_BYTES).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** What is stored in place of the token. */
  hash(token: string): Buffer {
    return hashToken(token);
  }

  private sign(body: string): Buffer {
    return createHmac('sha256', this.key).update(body, 'utf8').digest().subarray(0, TAG_BYTES);
  }
}
