import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';

/**
 * The web app's pages that account mails link to, under PUBLIC_BASE_URL. The token rides in the
 * URL fragment (`#token=`), which browsers never send to a server, so it cannot land in an
 * access log, a proxy's log or a Referer header; the page reads it and posts it to the API.
 */
@Injectable()
export class AccountLinks {
  constructor(private readonly config: AppConfig) {}

  verifyEmail(token: string): string {
    return this.link('/verify-email', token);
  }

  /** The sign-in page, where a forgotten password is also reset. */
  signIn(): string {
    return `${this.config.http.publicBaseUrl}/login`;
  }

  confirmEmailChange(token: string): string {
    return this.link('/confirm-email', token);
  }

  acceptInvitation(token: string): string {
    return this.link('/accept-invitation', token);
  }

  private link(path: string, token: string): string {
    return `${this.config.http.publicBaseUrl}${path}#token=${encodeURIComponent(token)}`;
  }
}
