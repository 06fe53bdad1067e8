import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { In } from 'typeorm';
import type { Occupancy } from '../availability/availability-engine';
import { AppointmentLine } from './appointment-line.entity';
import { Appointment } from './appointment.entity';

export type NewAppointmentRow = Omit<Appointment, 'tenantId' | 'version' | 'createdAt' | 'updatedAt'>;
export type NewAppointmentLine = Omit<AppointmentLine, 'tenantId'>;
type Lock = { readonly lock?: boolean };

/**
 * The only place with SQL for an appointment and its lines (`appointments`,
 * `appointment_services`); the manage-token hash lives on the appointment row. Every statement
 * names the current tenant first, so the (tenant_id, ...) indexes serve it without the policy.
 */
@Injectable()
export class AppointmentRepository extends TenantRepository {
  find(id: string, { lock = false }: Lock = {}): Promise<Appointment | null> {
    return this.repository(Appointment).findOne({
      where: { tenantId: this.tenantId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The appointment whose manage token hashes to `hash`. */
  findByTokenHash(hash: Buffer, { lock = false }: Lock = {}): Promise<Appointment | null> {
    return this.repository(Appointment).findOne({
      where: { tenantId: this.tenantId, manageTokenHash: hash },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * A reminder candidate, locked; one another worker holds is skipped (null), as is one that is
   * no longer there.
   */
  lockForReminder(id: string): Promise<Appointment | null> {
    return this.repository(Appointment)
      .createQueryBuilder('appointment')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('appointment.tenantId = :tenantId and appointment.id = :id', { tenantId: this.tenantId, id })
      .getOne();
  }

  /** Appointments meeting [start, end), by start. */
  inRange(start: Date, end: Date): Promise<Appointment[]> {
    return this.repository(Appointment)
      .createQueryBuilder('appointment')
      .where('appointment.tenantId = :tenantId', { tenantId: this.tenantId })
      .andWhere('appointment.startsAt < :end and appointment.endsAt > :start', { start, end })
      .orderBy('appointment.startsAt', 'ASC')
      .addOrderBy('appointment.id', 'ASC')
      .getMany();
  }

  /**
   * One page of the appointments of a client or a vehicle: `upcoming` ones have not ended at
   * `now`, the others have. Ordered by start (`direction`), then id; with the count of all.
   */
  pageOf(
    owner: { readonly clientId: string } | { readonly vehicleId: string },
    when: 'upcoming' | 'past',
    now: Date,
    direction: 'ASC' | 'DESC',
    limit: number,
    offset: number,
  ): Promise<[Appointment[], number]> {
    const query = this.repository(Appointment)
      .createQueryBuilder('appointment')
      .where('appointment.tenantId = :tenantId', { tenantId: this.tenantId });
    if ('clientId' in owner) query.andWhere('appointment.clientId = :clientId', { clientId: owner.clientId });
    else query.andWhere('appointment.vehicleId = :vehicleId', { vehicleId: owner.vehicleId });
    query.andWhere(when === 'upcoming' ? 'appointment.endsAt > :now' : 'appointment.endsAt <= :now', { now });
    return query
      .orderBy('appointment.startsAt', direction)
      .addOrderBy('appointment.id', direction)
      .take(limit)
      .skip(offset)
      .getManyAndCount();
  }

  /**
   * Non-cancelled appointments meeting [from, to), as the engine sees them. Plain rows rather
   * than entities: a busy fortnight is hundreds of them, read on every availability request.
   */
  async occupancy(from: Date, to: Date, exceptId?: string): Promise<Occupancy[]> {
    const rows = await this.manager.query<{ bay: number; starts_at: Date; ends_at: Date; occupied_until: Date }[]>(
      `select bay, starts_at, ends_at, occupied_until from appointments
       where tenant_id = $1 and starts_at < $2 and occupied_until > $3 and status <> 'cancelled'
         and id is distinct from $4::uuid`,
      [this.tenantId, to, from, exceptId ?? null],
    );
    return rows.map((row) => ({
      bay: row.bay,
      start: row.starts_at,
      end: row.ends_at,
      occupiedUntil: row.occupied_until,
    }));
  }

  async insert(appointment: NewAppointmentRow): Promise<void> {
    await this.repository(Appointment).insert({ ...appointment, tenantId: this.tenantId });
  }

  async update(id: string, changes: Partial<Appointment>): Promise<void> {
    await this.repository(Appointment).update({ tenantId: this.tenantId, id }, changes);
  }

  /** Re-points every appointment of client `fromId` to client `intoId`; the ids it moved. */
  async reassignClient(fromId: string, intoId: string): Promise<string[]> {
    const result = await this.repository(Appointment)
      .createQueryBuilder()
      .update()
      .set({ clientId: intoId })
      .where('tenant_id = :tenantId and client_id = :fromId', { tenantId: this.tenantId, fromId })
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  async insertLines(lines: readonly NewAppointmentLine[]): Promise<void> {
    const tenantId = this.tenantId;
    await this.repository(AppointmentLine).insert(lines.map((line) => ({ ...line, tenantId })));
  }

  /** The lines of `appointmentIds`, by appointment id, in booking order. */
  async linesOf(appointmentIds: readonly string[]): Promise<Map<string, AppointmentLine[]>> {
    const byAppointment = new Map<string, AppointmentLine[]>();
    if (appointmentIds.length === 0) return byAppointment;
    const lines = await this.repository(AppointmentLine).find({
      where: { tenantId: this.tenantId, appointmentId: In([...appointmentIds]) },
      order: { position: 'ASC' },
    });
    for (const line of lines) {
      const list = byAppointment.get(line.appointmentId) ?? [];
      list.push(line);
      byAppointment.set(line.appointmentId, list);
    }
    return byAppointment;
  }

  /** The lines of one appointment, in booking order. */
  async linesOfOne(appointmentId: string): Promise<AppointmentLine[]> {
    return (await this.linesOf([appointmentId])).get(appointmentId) ?? [];
  }

  /**
   * Runs `write` under a savepoint: when it fails (the exclusion constraint refused a bay) the
   * transaction is back where it was and stays usable.
   */
  async underSavepoint(write: () => Promise<void>): Promise<void> {
    const manager = this.manager;
    await manager.query('savepoint bay_placement');
    try {
      await write();
    } catch (error) {
      await manager.query('rollback to savepoint bay_placement');
      throw error;
    }
    await manager.query('release savepoint bay_placement');
  }
}
