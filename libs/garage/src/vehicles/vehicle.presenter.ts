import { Injectable } from '@nestjs/common';
import { checkVin } from '@pitlane/crypto';
import { IdentifierVault } from '../identifiers/identifier-vault';
import { Vehicle } from './vehicle.entity';
import { RevealedVehicleResponse, VehicleResponse, VehicleVinResponse, VIN_TAIL_LENGTH } from './vehicle.response';

@Injectable()
export class VehiclePresenter {
  constructor(private readonly vault: IdentifierVault) {}

  /** The vehicle with its VIN masked to the tail: what every staff read answers. */
  async present(vehicle: Vehicle): Promise<VehicleResponse> {
    const { vin, vinCheckDigit } = await this.vin(vehicle);
    return this.shape(vehicle, vin, vinCheckDigit);
  }

  presentAll(vehicles: readonly Vehicle[]): Promise<VehicleResponse[]> {
    return Promise.all(vehicles.map((vehicle) => this.present(vehicle)));
  }

  /** With the full VIN: for the caller that audits the disclosure (the GDPR export). */
  async presentRevealed(vehicle: Vehicle): Promise<RevealedVehicleResponse> {
    const { vin, vinCheckDigit } = await this.vin(vehicle);
    return { ...this.shape(vehicle, vin, vinCheckDigit), vin };
  }

  presentAllRevealed(vehicles: readonly Vehicle[]): Promise<RevealedVehicleResponse[]> {
    return Promise.all(vehicles.map((vehicle) => this.presentRevealed(vehicle)));
  }

  /** The VIN in clear and whether its check digit holds; the caller audits the reveal. */
  async vin(vehicle: Vehicle): Promise<VehicleVinResponse> {
    const vin = vehicle.vinCiphertext
      ? await this.vault.openVin(vehicle.tenantId, vehicle.id, vehicle.vinCiphertext)
      : null;
    const check = vin ? checkVin(vin) : null;
    return { vin, vinCheckDigit: check?.valid ? check.checkDigit : null };
  }

  private shape(
    vehicle: Vehicle,
    vin: string | null,
    vinCheckDigit: VehicleResponse['vinCheckDigit'],
  ): VehicleResponse {
    return {
      id: vehicle.id,
      clientId: vehicle.clientId,
      vinTail: vin ? vin.slice(-VIN_TAIL_LENGTH) : null,
      vinCheckDigit,
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
}
