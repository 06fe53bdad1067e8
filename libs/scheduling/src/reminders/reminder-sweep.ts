import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LOGGER, SystemDatabase, TenantContext, TenantDatabase } from '@pitlane/core';
import type { Logger } from 'pino';
import { AppointmentRepository } from '../appointments/appointment.repository';
import { Clock } from '../clock';
import { AppointmentMailer } from '../notifications/appointment-mailer';
import { ScheduleSettingsService } from '../settings/schedule-settings.service';

const SWEEP_INTERVAL_MS = 60_000;
const BATCH = 200;

/**
 * Sends appointment reminders that are due. The due time lives on the appointment row
 * (`reminder_due_at`, recomputed on every move), so nothing is held in memory: a worker that
 * restarts, or one of several, finds the same due rows on its next sweep. Each reminder is
 * claimed under a row lock, re-checked (not cancelled, not moved, not already sent), written to
 * the mail ledger under a key naming the appointment and its schedule version, and marked sent
 * in the same transaction: sent once, for the booked time, never for a cancelled booking.
 * Only the list of due reminders crosses workshops, through the `app_due_appointment_reminders`
 * SECURITY DEFINER function; each reminder is then handled in its own workshop's tenant
 * transaction, where every statement names that tenant.
 */
@Injectable()
export class ReminderSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly system: SystemDatabase,
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly appointments: AppointmentRepository,
    private readonly settings: ScheduleSettingsService,
    private readonly mailer: AppointmentMailer,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), SWEEP_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Sends the reminders due at `now`; returns how many were sent. */
  async sweep(now: Date = this.clock.now()): Promise<number> {
    const due = await this.system.transaction((manager) =>
      manager.query<{ tenant_id: string; id: string }[]>('select * from app_due_appointment_reminders($1, $2)', [
        now,
        BATCH,
      ]),
    );
    let sent = 0;
    for (const row of due) {
      if (await this.tenantContext.run(row.tenant_id, () => this.remind(row.id, now))) sent += 1;
    }
    if (sent > 0) this.logger.info({ reminders: sent }, 'appointment reminders sent');
    return sent;
  }

  private remind(appointmentId: string, now: Date): Promise<boolean> {
    return this.db.transaction(async () => {
      const appointment = await this.appointments.lockForReminder(appointmentId);
      if (
        !appointment ||
        !['requested', 'confirmed'].includes(appointment.status) ||
        appointment.reminderSentAt !== null ||
        appointment.reminderDueAt === null ||
        appointment.reminderDueAt.getTime() > now.getTime() ||
        appointment.startsAt.getTime() <= now.getTime()
      ) {
        return false;
      }
      const settings = await this.settings.load();
      const lines = await this.appointments.linesOfOne(appointment.id);
      await this.mailer.reminder({ appointment, lines, timeZone: settings.timeZone });
      await this.appointments.update(appointment.id, { reminderSentAt: now });
      return true;
    });
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep();
    try {
      await this.running;
    } catch (error) {
      this.logger.error({ err: error }, 'appointment reminder sweep failed');
    } finally {
      this.running = undefined;
    }
  }
}
