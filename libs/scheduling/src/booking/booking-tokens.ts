import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';
import { SignedTenantTokens } from '@pitlane/crypto';

/**
 * The key to a customer's booking (its manage link): a SignedTenantTokens token under its own
 * HKDF info, so it opens a booking and nothing else. See SignedTenantTokens for the format.
 */
@Injectable()
export class BookingTokens extends SignedTenantTokens {
  constructor(config: AppConfig) {
    super(config.auth.jwtSecret, 'pitlane/booking-manage-token/v1');
  }
}
