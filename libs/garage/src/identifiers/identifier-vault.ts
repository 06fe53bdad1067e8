import { Injectable } from '@nestjs/common';
import { checkNationalId, checkVin, TenantKeyring, vinTail } from '@pitlane/crypto';
import { GarageError } from '../errors/garage.error';

export interface SealedVin {
  readonly ciphertext: Buffer;
  readonly index: Buffer;
  readonly last6Index: Buffer;
}

export interface SealedNationalId {
  readonly ciphertext: Buffer;
  readonly index: Buffer;
}

const VIN_PROBLEMS = {
  length: 'must be 17 characters',
  characters: 'may contain only digits and the letters A-Z except I, O and Q',
  check_digit: 'has a wrong check digit (9th character)',
} as const;

/**
 * The only place garage code touches VINs and national ids in plain text: validates them,
 * seals them (ciphertext bound to tenant, table, column and row, plus blind indexes) and opens
 * them for an authorised response. Errors name the field, never the value.
 */
@Injectable()
export class IdentifierVault {
  constructor(private readonly keyring: TenantKeyring) {}

  /** The normalised VIN, or a 400 naming `field`. */
  parseVin(input: string, field = 'vin'): string {
    const check = checkVin(input);
    if (!check.valid) throw GarageError.invalid(field, VIN_PROBLEMS[check.reason]);
    return check.normalized;
  }

  /** The normalised national id under the workshop country's rules, or a 400. */
  parseNationalId(input: string, country: string, field = 'nationalId'): string {
    const check = checkNationalId(country, input);
    if (!check.valid) {
      const problem = {
        format: 'is not in the expected format',
        date: 'holds an impossible date',
        checksum: 'has a wrong check digit',
      };
      throw GarageError.invalid(field, problem[check.reason]);
    }
    return check.normalized;
  }

  async sealVin(tenantId: string, vehicleId: string, vin: string): Promise<SealedVin> {
    return {
      ciphertext: await this.keyring.encrypt(vinLocation(tenantId, vehicleId), vin),
      index: await this.vinIndex(tenantId, vin),
      last6Index: await this.vinTailIndex(tenantId, vinTail(vin)),
    };
  }

  openVin(tenantId: string, vehicleId: string, ciphertext: Buffer): Promise<string> {
    return this.keyring.decrypt(vinLocation(tenantId, vehicleId), ciphertext);
  }

  vinIndex(tenantId: string, normalizedVin: string): Promise<Buffer> {
    return this.keyring.blindIndex(tenantId, 'vin', normalizedVin);
  }

  vinTailIndex(tenantId: string, tail: string): Promise<Buffer> {
    return this.keyring.blindIndex(tenantId, 'vin_last6', tail.toUpperCase());
  }

  async sealNationalId(tenantId: string, clientId: string, nationalId: string): Promise<SealedNationalId> {
    return {
      ciphertext: await this.keyring.encrypt(nationalIdLocation(tenantId, clientId), nationalId),
      index: await this.keyring.blindIndex(tenantId, 'national_id', nationalId),
    };
  }

  openNationalId(tenantId: string, clientId: string, ciphertext: Buffer): Promise<string> {
    return this.keyring.decrypt(nationalIdLocation(tenantId, clientId), ciphertext);
  }
}

function vinLocation(tenantId: string, rowId: string) {
  return { tenantId, table: 'vehicles', column: 'vin', rowId };
}

function nationalIdLocation(tenantId: string, rowId: string) {
  return { tenantId, table: 'clients', column: 'national_id', rowId };
}
