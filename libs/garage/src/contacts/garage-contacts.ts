import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { GarageError } from '../errors/garage.error';
import { IdentifierVault } from '../identifiers/identifier-vault';
import { normalizePlate } from '../vehicles/plate';
import { VehicleRepository } from '../vehicles/vehicle.repository';

export interface ContactVehicleInput {
  readonly clientId: string;
  /** As the customer typed it; stored normalised too. */
  readonly plate: string;
  /** Already parsed with `IdentifierVault.parseVin` (normalised and validated). */
  readonly vin?: string | null;
  /** Absent: stored as "Unknown" until staff complete the vehicle. */
  readonly make?: string;
  readonly model?: string;
}

export interface VehicleLabel {
  readonly plate: string | null;
  readonly make: string;
  readonly model: string;
  readonly year: number | null;
}

/** Make and model of a vehicle a customer added with only its plate. */
const UNKNOWN = 'Unknown';

/**
 * Adding and labelling the vehicles of the current workshop for contexts that meet customers
 * without a staff member (online booking): no session, so no "recently opened" visit is
 * recorded. Nothing here matches what a customer typed against existing records: an anonymous
 * customer must never be attached to (or learn of) someone else's client or car; staff merge
 * duplicates later. Every method runs in the open tenant transaction and every statement names
 * its tenant (row-level security is the second wall). VINs are only ever sealed here, by the
 * garage's own vault, so blind indexes and the search outbox stay right.
 */
@Injectable()
export class GarageContacts {
  constructor(
    private readonly db: TenantDatabase,
    private readonly vehicles: VehicleRepository,
    private readonly vault: IdentifierVault,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Adds a vehicle to a client of the current workshop, its VIN sealed; audited, no visit. When
   * another vehicle of the workshop already holds the VIN, the new one is stored without it
   * (the caller learns nothing either way, and the existing vehicle is untouched): staff see the
   * likely duplicate by its plate and merge.
   */
  async createVehicle(input: ContactVehicleInput): Promise<string> {
    const { tenantId } = this.db.current('adding a vehicle');
    const plate = normalizePlate(input.plate);
    if (!plate) throw GarageError.invalid('plate', 'must contain letters or digits');
    const id = randomUUID();
    const sealed = input.vin ? await this.vault.sealVin(tenantId, id, input.vin) : null;
    const row = {
      id,
      clientId: input.clientId,
      plate: input.plate,
      plateNormalized: plate,
      make: input.make ?? UNKNOWN,
      model: input.model ?? UNKNOWN,
      year: null,
      engine: null,
      fuelType: null,
      mileageKm: null,
    };
    const inserted = await this.vehicles.insertUnlessVinTaken({
      ...row,
      vinCiphertext: sealed?.ciphertext ?? null,
      vinIndex: sealed?.index ?? null,
      vinLast6Index: sealed?.last6Index ?? null,
    });
    const withVin = sealed !== null && inserted;
    if (!inserted) {
      const again = await this.vehicles.insertUnlessVinTaken({
        ...row,
        vinCiphertext: null,
        vinIndex: null,
        vinLast6Index: null,
      });
      if (!again) throw new Error('A vehicle without a VIN could not be inserted');
    }
    await this.audit.record({
      action: 'vehicle.created',
      entityType: 'vehicle',
      entityId: id,
      changedFields: [
        'plate',
        ...(withVin ? ['vin'] : []),
        ...(input.make ? ['make'] : []),
        ...(input.model ? ['model'] : []),
      ],
    });
    return id;
  }

  /**
   * What a document for the customer may say about a vehicle of the current workshop (an
   * estimate, an invoice): plate, make, model and year. Never the VIN, which stays sealed.
   */
  async vehicleLabel(id: string): Promise<VehicleLabel> {
    const vehicle = await this.db.transaction(() => this.vehicles.find(id));
    if (!vehicle) throw GarageError.vehicleNotFound();
    return { plate: vehicle.plate, make: vehicle.make, model: vehicle.model, year: vehicle.year };
  }
}
