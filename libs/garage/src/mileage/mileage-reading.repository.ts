import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { MileageReading } from './mileage-reading.entity';

/** A reading as written: the tenant comes from the open transaction. */
export type NewMileageReading = Omit<MileageReading, 'tenantId' | 'recordedAt'> & { readonly recordedAt?: Date };

/** A reading as listed: with who typed it and whether it is lower than the one before it. */
export interface MileageReadingRow {
  readonly id: string;
  readonly vehicleId: string;
  readonly mileageKm: number;
  readonly recordedAt: Date;
  readonly source: MileageReading['source'];
  readonly repairOrderId: string | null;
  readonly repairOrderNumber: number | null;
  readonly recordedBy: string | null;
  readonly recordedByName: string | null;
  readonly decreased: boolean;
}

/**
 * `decreased` compares each reading with the one before it on the same vehicle, over all of
 * the vehicle's readings (before any paging). The tenant is bound in the inner select; the
 * person's name comes from `users`, which is not a tenant table (recorded_by is always one of
 * this workshop's staff, written from the acting principal).
 */
const READINGS = `
  select r.id, r.vehicle_id as "vehicleId", r.mileage_km as "mileageKm", r.recorded_at as "recordedAt",
         r.source, r.repair_order_id as "repairOrderId", r.repair_order_number as "repairOrderNumber",
         r.recorded_by as "recordedBy", u.name as "recordedByName", coalesce(r.decreased, false) as decreased
    from (select *, mileage_km < lag(mileage_km) over (partition by vehicle_id order by recorded_at, id) as decreased
            from vehicle_mileage_readings
           where tenant_id = $1 and vehicle_id = any($2::uuid[])) r
    left join users u on u.id = r.recorded_by`;

/** The only SQL on `vehicle_mileage_readings`; every statement names the open transaction's tenant. */
@Injectable()
export class MileageReadingRepository extends TenantRepository {
  async insert(reading: NewMileageReading): Promise<void> {
    await this.repository(MileageReading).insert({ ...reading, tenantId: this.tenantId });
  }

  /**
   * The intake reading of a repair order: written with the order, corrected in place when the
   * order's intake mileage is (one reading per order; it keeps the time of the intake).
   */
  async upsertOrderReading(reading: NewMileageReading & { readonly repairOrderId: string }): Promise<void> {
    await this.manager.query(
      `insert into vehicle_mileage_readings
         (tenant_id, id, vehicle_id, mileage_km, source, repair_order_id, repair_order_number, recorded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (tenant_id, repair_order_id) where repair_order_id is not null
       do update set mileage_km = excluded.mileage_km, recorded_by = excluded.recorded_by`,
      [
        this.tenantId,
        reading.id,
        reading.vehicleId,
        reading.mileageKm,
        reading.source,
        reading.repairOrderId,
        reading.repairOrderNumber,
        reading.recordedBy,
      ],
    );
  }

  async deleteOrderReading(repairOrderId: string): Promise<void> {
    await this.manager.query('delete from vehicle_mileage_readings where tenant_id = $1 and repair_order_id = $2', [
      this.tenantId,
      repairOrderId,
    ]);
  }

  /** One page of the vehicle's readings, newest first. */
  page(vehicleId: string, limit: number, offset: number): Promise<MileageReadingRow[]> {
    return this.manager.query(`${READINGS} order by r.recorded_at desc, r.id desc limit $3 offset $4`, [
      this.tenantId,
      [vehicleId],
      limit,
      offset,
    ]);
  }

  async count(vehicleId: string): Promise<number> {
    const rows = await this.manager.query<{ total: number }[]>(
      'select count(*)::int as total from vehicle_mileage_readings where tenant_id = $1 and vehicle_id = $2',
      [this.tenantId, vehicleId],
    );
    return rows[0]?.total ?? 0;
  }

  /** Every reading of these vehicles, oldest first (a GDPR export). */
  ofVehicles(vehicleIds: readonly string[]): Promise<MileageReadingRow[]> {
    if (vehicleIds.length === 0) return Promise.resolve([]);
    return this.manager.query(`${READINGS} order by r.recorded_at, r.id`, [this.tenantId, vehicleIds]);
  }

  /** Removes every reading of these vehicles (GDPR erasure). */
  async deleteOfVehicles(vehicleIds: readonly string[]): Promise<void> {
    if (vehicleIds.length === 0) return;
    await this.manager.query(
      'delete from vehicle_mileage_readings where tenant_id = $1 and vehicle_id = any($2::uuid[])',
      [this.tenantId, vehicleIds],
    );
  }
}
