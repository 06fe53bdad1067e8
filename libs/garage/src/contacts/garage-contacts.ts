import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantContext } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { GarageError } from '../errors/garage.error';
import { IdentifierVault } from '../identifiers/identifier-vault';
import { normalizePlate } from '../vehicles/plate';
import { Vehicle } from '../vehicles/vehicle.entity';

export interface ContactVehicleInput {
  readonly clientId: string;
  /** As the customer typed it; matched and stored normalised too. */
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
 * Matching and adding the clients and vehicles of the current workshop for contexts that meet
 * customers without a staff member (online booking): no session, so no "recently opened" visit
 * is recorded. Every method runs in the caller's transaction, which must be a tenant
 * transaction; row-level security keeps each to the current workshop. VINs are only ever
 * sealed here, by the garage's own vault, so blind indexes and the search outbox stay right.
 */
@Injectable()
export class GarageContacts {
  constructor(
    private readonly vault: IdentifierVault,
    private readonly audit: AuditTrail,
    private readonly tenantContext: TenantContext,
  ) {}

  /** The client with this e-mail (any case), else with this E.164 phone; the oldest wins. */
  async findClient(
    manager: EntityManager,
    contact: { readonly email: string; readonly phone: string },
  ): Promise<string | null> {
    this.tenantId(); // outside a tenant context this fails loudly rather than matching nothing
    const [match] = await manager.query<{ id: string }[]>(
      `select id from clients
       where lower(email) = lower($1) or phone = $2
       order by (lower(email) = lower($1)) desc nulls last, created_at, id
       limit 1`,
      [contact.email, contact.phone],
    );
    return match?.id ?? null;
  }

  /**
   * The vehicle with this VIN (by its blind index), else with this plate (normalised), the one
   * of `preferClientId` first. `vin` must already be parsed (`IdentifierVault.parseVin`).
   */
  async findVehicle(
    manager: EntityManager,
    match: { readonly plate: string; readonly vin?: string | null; readonly preferClientId?: string },
  ): Promise<string | null> {
    const tenantId = this.tenantId();
    if (match.vin) {
      const index = await this.vault.vinIndex(tenantId, match.vin);
      const [byVin] = await manager.query<{ id: string }[]>('select id from vehicles where vin_index = $1', [index]);
      if (byVin) return byVin.id;
    }
    const plate = normalizePlate(match.plate);
    if (!plate) return null;
    const [byPlate] = await manager.query<{ id: string }[]>(
      `select id from vehicles where plate_normalized = $1
       order by (client_id = $2) desc nulls last, created_at, id limit 1`,
      [plate, match.preferClientId ?? null],
    );
    return byPlate?.id ?? null;
  }

  /** Adds a vehicle to a client of the current workshop, its VIN sealed; audited, no visit. */
  async createVehicle(manager: EntityManager, input: ContactVehicleInput): Promise<string> {
    const tenantId = this.tenantId();
    const plate = normalizePlate(input.plate);
    if (!plate) throw GarageError.invalid('plate', 'must contain letters or digits');
    const id = randomUUID();
    const sealed = input.vin ? await this.vault.sealVin(tenantId, id, input.vin) : null;
    await manager.getRepository(Vehicle).insert({
      tenantId,
      id,
      clientId: input.clientId,
      vinCiphertext: sealed?.ciphertext ?? null,
      vinIndex: sealed?.index ?? null,
      vinLast6Index: sealed?.last6Index ?? null,
      plate: input.plate,
      plateNormalized: plate,
      make: input.make ?? UNKNOWN,
      model: input.model ?? UNKNOWN,
      year: null,
      engine: null,
      fuelType: null,
      mileageKm: null,
    });
    await this.audit.record(manager, {
      action: 'vehicle.created',
      entityType: 'vehicle',
      entityId: id,
      changedFields: [
        'plate',
        ...(input.vin ? ['vin'] : []),
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
  async vehicleLabel(manager: EntityManager, id: string): Promise<VehicleLabel> {
    this.tenantId();
    const vehicle = await manager
      .getRepository(Vehicle)
      .findOne({ where: { id }, select: { id: true, plate: true, make: true, model: true, year: true } });
    if (!vehicle) throw GarageError.vehicleNotFound();
    return { plate: vehicle.plate, make: vehicle.make, model: vehicle.model, year: vehicle.year };
  }

  private tenantId(): string {
    return this.tenantContext.requireTenantId('a garage contact lookup');
  }
}
