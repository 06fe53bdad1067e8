import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';
import { SignedTenantTokens } from '@pitlane/crypto';

/**
 * The key in a customer's estimate link: a SignedTenantTokens token under its own HKDF info, so
 * a booking's manage token (same format, same server secret) never opens an estimate.
 */
@Injectable()
export class EstimateTokens extends SignedTenantTokens {
  constructor(private readonly config: AppConfig) {
    super(config.auth.jwtSecret, 'pitlane/estimate-approval-token/v1');
  }

  /**
   * The web app's estimate page, the token in the URL fragment (never sent to a server, so never
   * logged); the page posts it in the body of `/api/v1/public/estimates/view` and `/decide`.
   */
  link(token: string): string {
    return `${this.config.http.publicBaseUrl}/estimate#${encodeURIComponent(token)}`;
  }
}
