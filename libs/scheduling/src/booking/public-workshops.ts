import { Injectable } from '@nestjs/common';
import { SystemDatabase } from '@pitlane/core';
import type { MailLocale } from '@pitlane/mail';
import { SchedulingError } from '../errors/scheduling.error';

export interface PublicWorkshop {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly timeZone: string;
  readonly locale: MailLocale;
  readonly country: string;
  readonly currency: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Finds the workshop a public page names by its slug: the one cross-tenant read public booking
 * needs, through the `app_public_workshop` SECURITY DEFINER function (active workshops only).
 * Everything after it runs in that workshop's tenant context.
 */
@Injectable()
export class PublicWorkshops {
  constructor(private readonly system: SystemDatabase) {}

  async bySlug(slug: string): Promise<PublicWorkshop> {
    if (!SLUG.test(slug) || slug.length > 63) throw SchedulingError.workshopNotFound();
    const [row] = await this.system.transaction((manager) =>
      manager.query<
        {
          id: string;
          name: string;
          slug: string;
          time_zone: string;
          locale: MailLocale;
          country: string;
          currency: string;
        }[]
      >('select * from app_public_workshop($1)', [slug]),
    );
    if (!row) throw SchedulingError.workshopNotFound();
    return {
      id: row.id,
      name: row.name,
      slug: row.slug,
      timeZone: row.time_zone,
      locale: row.locale,
      country: row.country,
      currency: row.currency,
    };
  }
}
