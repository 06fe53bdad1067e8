import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@pitlane/core';
import { createSecretKey, hkdfSync } from 'node:crypto';

const KEY_BYTES = 32;

/**
 * What a JWT is for. Each purpose signs under its own key, derived (HKDF-SHA256) from
 * JWT_SECRET with its own label, so a token made for one purpose cannot verify as another even
 * if a claim check were ever forgotten, and no key is the raw secret that other derivations
 * (reset-code hashing, customer link tokens) start from.
 */
export type JwtPurpose = 'access-token' | 'mfa-challenge' | 'operator-access-token';

const HKDF_INFO: Readonly<Record<JwtPurpose, string>> = {
  'access-token': 'pitlane/jwt/access-token/v1',
  'mfa-challenge': 'pitlane/jwt/mfa-challenge/v1',
  'operator-access-token': 'pitlane/jwt/operator-access-token/v1',
};

/** The HMAC key of one purpose: a label of its own, never the secret itself. */
export function jwtKey(secret: string, purpose: JwtPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), HKDF_INFO[purpose], KEY_BYTES));
}

/**
 * A JwtService over the purpose's HMAC key as a key object. Given the key as a string,
 * jsonwebtoken tries to read it as a public key on every verification before falling back: about
 * a fifth of the API's CPU per request in a profile (docs/benchmarks.md).
 */
export function hmacJwtService(config: AppConfig, purpose: JwtPurpose): JwtService {
  const key = createSecretKey(jwtKey(config.auth.jwtSecret, purpose));
  return new JwtService({ privateKey: key, publicKey: key });
}
