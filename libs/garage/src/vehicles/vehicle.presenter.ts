import { Injectable } from '@nestjs/common';
import { checkVin } from '@pitlane/crypto';
import { IdentifierVault } from '../identifiers/identifier-vault';
import { Vehicle } from './vehicle.entity';
import { VehicleResponse } from './vehicle.response';

@Injectable()
export class VehiclePresenter {
  constructor(private readonly vault: IdentifierVault) {}

  async present(vehicle: Vehicle): Promise<VehicleResponse> {
    const vin = vehicle.vinCiphertext
      ? await this.vault.openVin(vehicle.tenantId, vehicle.id, vehicle.vinCiphertext)
      : null;
    const check = vin ? checkVin(vin) : null;
    return {
      id: vehicle.id,
      clientId: vehicle.clientId,
      vin,
      vinCheckDigit: check?.valid ? check.checkDigit : null,
      plate: vehicle.plate,
      make: vehicle.make,
      model: vehicle.model,
      year: vehicle.year,
      engine: vehicle.engine,
      fuelType: vehicle.fuelType,
      mileageKm: vehicle.mileageKm,
      createdAt: vehicle.createdAt.toISOString(),
      updatedAt: vehicle.updatedAt.toISOString(),
    };
  }

  presentAll(vehicles: readonly Vehicle[]): Promise<VehicleResponse[]> {
    return Promise.all(vehicles.map((vehicle) => this.present(vehicle)));
  }
}
