import { Injectable } from '@nestjs/common';
import { DatabaseNotifications, RecentEvictions, SystemDatabase } from '@pitlane/core';
import { WorkshopProfileService } from '@pitlane/identity';
import type { MailLocale } from '@pitlane/mail';
import { SchedulingError } from '../errors/scheduling.error';
import type { ScheduleSettings } from '../settings/schedule-settings.entity';
import type { PublicWorkshopSummary } from './public-booking.response';

export interface PublicWorkshop {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly timeZone: string;
  readonly locale: MailLocale;
  readonly country: string;
  readonly currency: string;
  /** 'active', or 'suspended': then nothing is booked, shown or changed. */
  readonly status: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/**
 * How long a resolved slug is reused: a renamed workshop's page follows within it. A suspension or
 * reactivation evicts the entry at once (the `auth_state` channel's `tenant:<id>`).
 */
const CACHE_MS = 30_000;
const AUTH_STATE_CHANNEL = 'auth_state';
const CACHE_ENTRIES = 10_000;

/**
 * Finds the workshop a public page names by its slug: the one cross-tenant read public booking
 * needs, through the `app_booking_workshop` SECURITY DEFINER function. A suspended workshop is
 * found, and answered as not taking requests. Everything after it runs in that workshop's
 * tenant context.
 */
@Injectable()
export class PublicWorkshops {
  private readonly cache = new Map<string, { readonly workshop: PublicWorkshop; readonly until: number }>();
  private listening = false;
  /** Only while the listener holds: a missed notification must not keep a stale status. */
  private trusted = false;
  /** So a lookup that raced an eviction of its workshop does not store what it read. */
  private readonly evictions = new RecentEvictions<[tenantId: string]>();

  constructor(
    private readonly system: SystemDatabase,
    private readonly workshops: WorkshopProfileService,
    private readonly notifications: DatabaseNotifications,
  ) {}

  /**
   * The active workshop named `slug`; 404 when there is none, 403 when it is suspended. Found workshops are kept for 30 seconds in this
   * process: every public page request starts here, and the lookup is a transaction of its own.
   */
  async bySlug(slug: string): Promise<PublicWorkshop> {
    if (!SLUG.test(slug) || slug.length > 63) throw SchedulingError.workshopNotFound();
    this.listenForChanges();
    const cached = this.trusted ? this.cache.get(slug) : undefined;
    const workshop = cached && cached.until > Date.now() ? cached.workshop : await this.remember(slug);
    if (workshop.status !== 'active') throw SchedulingError.workshopNotAcceptingRequests();
    return workshop;
  }

  /**
   * Drops a workshop's entry when its status changes (the tenants trigger announces it on
   * `auth_state`, as it does for the session cache), so a reactivated workshop's page takes
   * bookings again at once and a suspended one stops at once.
   */
  private listenForChanges(): void {
    if (this.listening) return;
    this.listening = true;
    this.notifications.subscribe(AUTH_STATE_CHANNEL, {
      message: (payload) => {
        const [kind, id] = payload.split(':');
        if (kind !== 'tenant' || !id) return;
        this.evictions.record((tenantId) => tenantId === id);
        for (const [slug, entry] of this.cache) if (entry.workshop.id === id) this.cache.delete(slug);
      },
      listening: (listening) => {
        this.evictions.record(() => true);
        this.cache.clear();
        this.trusted = listening;
      },
    });
  }

  /**
   * In the open tenant transaction: refuses (403) unless the current workshop is active. Read
   * fresh, never from the slug cache, so a suspension stops bookings and manage links at once.
   */
  async requireAcceptingRequests(missing = (): SchedulingError => SchedulingError.workshopNotFound()): Promise<void> {
    const status = await this.workshops.status();
    if (!status) throw missing();
    if (status !== 'active') throw SchedulingError.workshopNotAcceptingRequests();
  }

  /**
   * In the open tenant transaction: the current workshop as its customer pages present it (its
   * language, public address and contact, read fresh from its profile) with the rules the pages
   * explain and the accent colour every customer page is drawn in.
   */
  async summary(settings: ScheduleSettings): Promise<PublicWorkshopSummary> {
    const profile = await this.workshops.current();
    return {
      name: profile.name,
      slug: profile.slug,
      locale: profile.locale,
      timeZone: settings.timeZone,
      currency: profile.currency,
      phone: profile.phone,
      email: profile.publicEmail,
      address: { street: profile.street, postalCode: profile.postalCode, city: profile.city, country: profile.country },
      cancellationCutoffMinutes: settings.cancellationCutoffMinutes,
      minNoticeMinutes: settings.minNoticeMinutes,
      horizonDays: settings.horizonDays,
      accentColor: settings.bookingAccentColor,
    };
  }

  private async remember(slug: string): Promise<PublicWorkshop> {
    const generation = this.evictions.generation;
    const workshop = await this.lookUp(slug);
    // A change of this workshop announced while the lookup ran may be newer than what it read.
    if (!this.trusted || this.evictions.touchedSince(generation, workshop.id)) return workshop;
    this.cache.delete(slug);
    if (this.cache.size >= CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value ?? '');
    this.cache.set(slug, { workshop, until: Date.now() + CACHE_MS });
    return workshop;
  }

  private async lookUp(slug: string): Promise<PublicWorkshop> {
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
          status: string;
        }[]
      >('select * from app_booking_workshop($1)', [slug]),
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
      status: row.status,
    };
  }
}
