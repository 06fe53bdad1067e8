import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pitlane/core';

/** The public page where a customer sees, moves or cancels a booking; the token is the key. */
@Injectable()
export class ManageLinks {
  constructor(private readonly config: AppConfig) {}

  booking(slug: string, token: string): string {
    return `${this.config.http.publicBaseUrl}/w/${encodeURIComponent(slug)}/booking?token=${encodeURIComponent(token)}`;
  }
}
