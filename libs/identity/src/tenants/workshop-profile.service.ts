import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { Locale } from './tenant.entity';
import type { WorkshopStatus } from './tenant.entity';
import { WorkshopRepository } from './workshop.repository';

export interface WorkshopProfile {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly country: string;
  readonly timeZone: string;
  readonly locale: Locale;
  readonly currency: string;
}

/** The current workshop's settings other contexts need (country for phone and id rules, name for exports). */
@Injectable()
export class WorkshopProfileService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly workshops: WorkshopRepository,
  ) {}

  current(): Promise<WorkshopProfile> {
    return this.db.transaction(async () => {
      const tenant = await this.workshops.profile();
      if (!tenant) throw new Error('The current workshop is not visible in its own context');
      return tenant;
    });
  }

  /**
   * The current workshop's status, read fresh in the open (or a new) transaction: public pages
   * refuse requests of a suspended workshop at once. Null once the workshop is gone.
   */
  status(): Promise<WorkshopStatus | null> {
    return this.db.transaction(() => this.workshops.status());
  }
}
