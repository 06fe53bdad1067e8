import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@pitlane/core';
import { ClientsService, IdentifierVault, normalizePhone, normalizePlate } from '@pitlane/garage';
import { Principal } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SchedulingError } from '../errors/scheduling.error';
import { BookingCustomerDto, BookingVehicleDto } from './dto/create-booking.dto';

export interface BookingContact {
  readonly clientId: string;
  readonly vehicleId: string;
}

/** Shown as make and model until staff complete a vehicle a customer booked with only its plate. */
const UNKNOWN = 'Unknown';

/**
 * The client and vehicle of a public booking, in the booking's transaction: an existing client
 * of the workshop matched by e-mail (then phone), an existing vehicle by VIN (then plate);
 * otherwise created through the garage context's own rules (phone in E.164, VIN validated and
 * sealed). Nothing is duplicated for a returning customer.
 */
@Injectable()
export class BookingContacts {
  constructor(
    private readonly clients: ClientsService,
    private readonly vault: IdentifierVault,
    private readonly audit: AuditTrail,
  ) {}

  async resolve(
    manager: EntityManager,
    workshop: { readonly tenantId: string; readonly country: string },
    customer: BookingCustomerDto,
    vehicle: BookingVehicleDto,
  ): Promise<BookingContact> {
    const phone = normalizePhone(customer.phone, workshop.country, 'customer.phone');
    const plate = normalizePlate(vehicle.plate);
    if (!plate) throw SchedulingError.invalid('vehicle.plate', 'must contain letters or digits');
    const vin = vehicle.vin ? this.vault.parseVin(vehicle.vin, 'vehicle.vin') : null;
    const clientId =
      (await this.findClient(manager, customer.email, phone)) ??
      (await this.createClient(manager, workshop, customer, phone));
    const vehicleId =
      (await this.findVehicle(manager, workshop.tenantId, clientId, plate, vin)) ??
      (await this.createVehicle(manager, workshop.tenantId, clientId, vehicle, plate, vin));
    return { clientId, vehicleId };
  }

  private async findClient(manager: EntityManager, email: string, phone: string): Promise<string | null> {
    const [match] = await manager.query<{ id: string }[]>(
      `select id from clients
       where lower(email) = lower($1) or phone = $2
       order by (lower(email) = lower($1)) desc nulls last, created_at
       limit 1`,
      [email, phone],
    );
    return match?.id ?? null;
  }

  private async createClient(
    manager: EntityManager,
    workshop: { readonly tenantId: string },
    customer: BookingCustomerDto,
    phone: string,
  ): Promise<string> {
    // The customer acts for themselves: no staff member, no session. The garage context needs
    // only the workshop from it.
    const actor: Principal = { userId: '', sessionId: '', tenantId: workshop.tenantId, role: 'mechanic' };
    const client = await this.clients.insert(
      manager,
      actor,
      {
        firstName: customer.firstName,
        lastName: customer.lastName,
        email: customer.email,
        phone,
        gdprConsent: true,
      },
      'customer.',
    );
    return client.id;
  }

  private async findVehicle(
    manager: EntityManager,
    tenantId: string,
    clientId: string,
    plate: string,
    vin: string | null,
  ): Promise<string | null> {
    if (vin) {
      const index = await this.vault.vinIndex(tenantId, vin);
      const [byVin] = await manager.query<{ id: string }[]>(`select id from vehicles where vin_index = $1`, [index]);
      if (byVin) return byVin.id;
    }
    const [byPlate] = await manager.query<{ id: string }[]>(
      `select id from vehicles where plate_normalized = $1
       order by (client_id = $2) desc nulls last, created_at limit 1`,
      [plate, clientId],
    );
    return byPlate?.id ?? null;
  }

  private async createVehicle(
    manager: EntityManager,
    tenantId: string,
    clientId: string,
    vehicle: BookingVehicleDto,
    plate: string,
    vin: string | null,
  ): Promise<string> {
    const id = randomUUID();
    const sealed = vin ? await this.vault.sealVin(tenantId, id, vin) : null;
    await manager.query(
      `insert into vehicles (tenant_id, id, client_id, vin_ciphertext, vin_index, vin_last6_index, plate, plate_normalized, make, model)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        tenantId,
        id,
        clientId,
        sealed?.ciphertext ?? null,
        sealed?.index ?? null,
        sealed?.last6Index ?? null,
        vehicle.plate,
        plate,
        vehicle.make ?? UNKNOWN,
        vehicle.model ?? UNKNOWN,
      ],
    );
    await this.audit.record(manager, {
      action: 'vehicle.created',
      entityType: 'vehicle',
      entityId: id,
      changedFields: [
        'plate',
        ...(vin ? ['vin'] : []),
        ...(vehicle.make ? ['make'] : []),
        ...(vehicle.model ? ['model'] : []),
      ],
    });
    return id;
  }
}
