import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';

/**
 * Where a customer sees, moves or cancels a booking: `GET`/`POST /api/v1/public/bookings/:token`.
 * The signed token is the key and names the workshop itself.
 */
@Injectable()
export class ManageLinks {
  constructor(private readonly config: AppConfig) {}

  booking(token: string): string {
    return `${this.config.http.publicBaseUrl}/api/v1/public/bookings/${encodeURIComponent(token)}`;
  }
}
