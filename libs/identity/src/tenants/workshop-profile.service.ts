import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { UpdateWorkshopProfileDto } from './dto/update-workshop-profile.dto';
import { Locale } from './tenant.entity';
import type { WorkshopStatus } from './tenant.entity';
import { WorkshopProfileChanges, WorkshopProfileRow, WorkshopRepository } from './workshop.repository';

export interface WorkshopProfile {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly street: string | null;
  readonly postalCode: string | null;
  readonly city: string | null;
  readonly country: string;
  readonly phone: string | null;
  readonly publicEmail: string | null;
  readonly locale: Locale;
  /** The workshop's one time zone: the schedule, invoices and reports all read it from here. */
  readonly timeZone: string;
  readonly currency: string;
}

/** The fields the owner edits, in the order the audit trail would list them unsorted. */
const EDITABLE = [
  'name',
  'street',
  'postalCode',
  'city',
  'country',
  'phone',
  'publicEmail',
  'locale',
  'timeZone',
] as const satisfies readonly (keyof WorkshopProfileChanges)[];

/**
 * The current workshop's profile: its name, public address and contact, language and time zone.
 * Every context reads it from here (country for phone and id rules, name for mails and exports,
 * the zone for bookings, invoice dates and report periods). The owner edits it; the slug chosen
 * at signup never follows a rename, so booking links customers hold keep working.
 */
@Injectable()
export class WorkshopProfileService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly workshops: WorkshopRepository,
    private readonly audit: AuditTrail,
  ) {}

  current(): Promise<WorkshopProfile> {
    return this.db.transaction(() => this.read());
  }

  /** Applies the fields given; an audit event names the ones that changed (never their values). */
  update(input: UpdateWorkshopProfileDto): Promise<WorkshopProfile> {
    return this.db.transaction(async () => {
      const current = await this.read(true);
      const changes: WorkshopProfileChanges = {};
      for (const field of EDITABLE) {
        const value = input[field];
        if (value !== undefined && value !== current[field]) Object.assign(changes, { [field]: value });
      }
      const changed = Object.keys(changes);
      if (changed.length === 0) return current;
      await this.workshops.updateProfile(changes);
      await this.audit.record({
        action: 'workshop.profile_updated',
        entityType: 'workshop',
        entityId: current.id,
        changedFields: changed,
      });
      return this.read();
    });
  }

  /**
   * The current workshop's status, read fresh in the open (or a new) transaction: public pages
   * refuse requests of a suspended workshop at once. Null once the workshop is gone.
   */
  status(): Promise<WorkshopStatus | null> {
    return this.db.transaction(() => this.workshops.status());
  }

  private async read(lock = false): Promise<WorkshopProfileRow> {
    const tenant = await this.workshops.profile(lock);
    if (!tenant) throw new Error('The current workshop is not visible in its own context');
    return tenant;
  }
}
