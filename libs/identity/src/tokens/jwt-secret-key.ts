import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@pitlane/core';
import { createSecretKey } from 'node:crypto';

/**
 * A JwtService over the HMAC secret as a key object. Given the secret as a string,
 * jsonwebtoken tries to read it as a public key on every verification before falling back: about
 * a fifth of the API's CPU per request in a profile (docs/benchmarks.md).
 */
export function hmacJwtService(config: AppConfig): JwtService {
  const key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  return new JwtService({ privateKey: key, publicKey: key });
}
