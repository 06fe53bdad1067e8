import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { Locale, Tenant } from './tenant.entity';

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
  constructor(private readonly db: TenantDatabase) {}

  current(): Promise<WorkshopProfile> {
    return this.db.transaction(async (manager) => {
      const [tenant] = await manager.getRepository(Tenant).find({
        select: { id: true, name: true, slug: true, country: true, timeZone: true, locale: true, currency: true },
        take: 1,
      });
      if (!tenant) throw new Error('The current workshop is not visible in its own context');
      return tenant;
    });
  }
}
