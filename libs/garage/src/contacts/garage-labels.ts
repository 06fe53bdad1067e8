import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { ClientRepository } from '../clients/client.repository';
import { VehicleRepository } from '../vehicles/vehicle.repository';
import type { VehicleLabel } from './garage-contacts';

/**
 * What other contexts show about many vehicles and clients at once (the order board, the bay
 * calendar): a vehicle's plate, make, model and year, never its VIN; a client's name, nothing
 * else. One narrow statement per kind (no sealed column is read or decrypted), in the current
 * workshop; ids of another workshop are simply absent.
 */
@Injectable()
export class GarageLabels {
  constructor(
    private readonly db: TenantDatabase,
    private readonly vehicles: VehicleRepository,
    private readonly clients: ClientRepository,
  ) {}

  async vehicleLabels(ids: readonly string[]): Promise<Map<string, VehicleLabel>> {
    const unique = [...new Set(ids)];
    const rows = await this.db.transaction(() => this.vehicles.labelsOf(unique));
    return new Map(
      rows.map((vehicle) => [
        vehicle.id,
        { plate: vehicle.plate, make: vehicle.make, model: vehicle.model, year: vehicle.year },
      ]),
    );
  }

  /** "First Last" per client id. */
  async clientNames(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const rows = await this.db.transaction(() => this.clients.namesOf(unique));
    return new Map(rows.map((client) => [client.id, `${client.firstName} ${client.lastName}`.trim()]));
  }
}
