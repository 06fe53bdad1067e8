import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';

/**
 * Where a customer sees, moves or cancels a booking: the web app's booking page, with the signed
 * token in the URL fragment (`/booking#token=…`). Browsers never send a fragment, so the token
 * reaches no access log; the page reads it, removes it from the address bar and posts it in the
 * body of `/api/v1/public/bookings/{view,manage,calendar-file}` (docs/scheduling.md).
 */
@Injectable()
export class ManageLinks {
  constructor(private readonly config: AppConfig) {}

  booking(token: string): string {
    return `${this.config.http.publicBaseUrl}/booking#token=${encodeURIComponent(token)}`;
  }
}
