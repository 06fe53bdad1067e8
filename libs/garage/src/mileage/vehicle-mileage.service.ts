import { Injectable } from '@nestjs/common';
import { AuditTrail, offsetOf, Page, PageQuery, pageOf, TenantDatabase } from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { GarageError } from '../errors/garage.error';
import { VehicleRepository } from '../vehicles/vehicle.repository';
import { MileageReadingRepository, MileageReadingRow } from './mileage-reading.repository';
import { ExportedMileageReadingResponse, MileageReadingResponse } from './mileage-reading.response';

/** The highest mileage a vehicle itself holds (its column's check); an order's intake may say more. */
export const VEHICLE_MILEAGE_MAX = 5_000_000;

/** The intake reading of a repair order, as repairs hands it over. */
export interface OrderIntakeMileage {
  readonly vehicleId: string;
  readonly repairOrderId: string;
  readonly repairOrderNumber: number;
  /** Null: the order no longer states one, so its reading goes. */
  readonly mileageKm: number | null;
}

/**
 * A vehicle's odometer history (docs/vehicle-mileage.md). Every change of a vehicle's mileage
 * and every repair order's intake reading is written here, in the transaction of the change.
 * A lower reading than the one before is kept (an odometer replaced, a typo corrected) and
 * listed as `decreased`.
 */
@Injectable()
export class VehicleMileageService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly readings: MileageReadingRepository,
    private readonly vehicles: VehicleRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** The vehicle's readings, newest first; 404 for a vehicle that is not this workshop's. */
  history(vehicleId: string, query: PageQuery): Promise<Page<MileageReadingResponse>> {
    return this.db.transaction(async () => {
      if (!(await this.vehicles.find(vehicleId))) throw GarageError.vehicleNotFound();
      const rows = await this.readings.page(vehicleId, query.limit, offsetOf(query));
      return pageOf(rows.map(present), await this.readings.count(vehicleId), query);
    });
  }

  /** A mileage typed on the vehicle (created with one, or changed): in the caller's transaction. */
  recordTyped(actor: Principal, vehicleId: string, mileageKm: number): Promise<void> {
    return this.db.transaction(() =>
      this.readings.insert({
        id: randomUUID(),
        vehicleId,
        mileageKm,
        source: 'vehicle',
        repairOrderId: null,
        repairOrderNumber: null,
        recordedBy: actor.userId,
      }),
    );
  }

  /**
   * A repair order's intake reading, written or corrected with the order (the caller's
   * transaction). A higher reading than the vehicle holds becomes the vehicle's mileage; a lower
   * one is kept in the history, marked `decreased`, and leaves the vehicle's as it is: lowering
   * it takes a person's explicit override on the vehicle.
   */
  recordOrderIntake(actor: Principal, intake: OrderIntakeMileage): Promise<void> {
    return this.db.transaction(async () => {
      if (intake.mileageKm === null) {
        await this.readings.deleteOrderReading(intake.repairOrderId);
        return;
      }
      await this.readings.upsertOrderReading({
        id: randomUUID(),
        vehicleId: intake.vehicleId,
        mileageKm: intake.mileageKm,
        source: 'repair-order',
        repairOrderId: intake.repairOrderId,
        repairOrderNumber: intake.repairOrderNumber,
        recordedBy: actor.userId,
      });
      const vehicle = await this.vehicles.find(intake.vehicleId, true);
      if (!vehicle) throw GarageError.vehicleNotFound();
      const raises = vehicle.mileageKm === null || intake.mileageKm > vehicle.mileageKm;
      if (raises && intake.mileageKm <= VEHICLE_MILEAGE_MAX) {
        await this.vehicles.update(vehicle.id, { mileageKm: intake.mileageKm });
        await this.audit.record({
          action: 'vehicle.updated',
          entityType: 'vehicle',
          entityId: vehicle.id,
          changedFields: ['mileageKm'],
        });
      }
    });
  }

  /** Every reading of these vehicles, oldest first, for a GDPR export (caller's transaction). */
  async ofVehicles(vehicleIds: readonly string[]): Promise<ExportedMileageReadingResponse[]> {
    const rows = await this.readings.ofVehicles(vehicleIds);
    return rows.map((row) => ({ ...present(row), vehicleId: row.vehicleId }));
  }

  /** Erases every reading of these vehicles (GDPR erasure, the caller's transaction). */
  eraseOfVehicles(vehicleIds: readonly string[]): Promise<void> {
    return this.readings.deleteOfVehicles(vehicleIds);
  }
}

function present(row: MileageReadingRow): MileageReadingResponse {
  return {
    id: row.id,
    mileageKm: row.mileageKm,
    recordedAt: row.recordedAt.toISOString(),
    source: row.source,
    repairOrderId: row.repairOrderId,
    repairOrderNumber: row.repairOrderNumber,
    recordedBy: row.recordedBy !== null ? { id: row.recordedBy, name: row.recordedByName ?? '' } : null,
    decreased: row.decreased,
  };
}
