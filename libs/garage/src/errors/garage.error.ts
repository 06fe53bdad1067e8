import { codedDomainError, ErrorKind } from '@pitlane/core';

export enum GarageErrorCode {
  ClientNotFound = 'client_not_found',
  VehicleNotFound = 'vehicle_not_found',
  DuplicateVin = 'duplicate_vin',
  ClientHasVehicles = 'client_has_vehicles',
  HasHistory = 'has_history',
  InvalidIdentifier = 'invalid_identifier',
  MileageDecrease = 'mileage_decrease',
  InvalidRequest = 'invalid_request',
  NationalIdForbidden = 'national_id_forbidden',
  MergeBlocked = 'merge_blocked',
}

const KIND: Readonly<Record<GarageErrorCode, ErrorKind>> = {
  [GarageErrorCode.ClientNotFound]: 'not_found',
  [GarageErrorCode.VehicleNotFound]: 'not_found',
  [GarageErrorCode.DuplicateVin]: 'conflict',
  [GarageErrorCode.ClientHasVehicles]: 'conflict',
  [GarageErrorCode.HasHistory]: 'conflict',
  [GarageErrorCode.InvalidIdentifier]: 'invalid',
  [GarageErrorCode.MileageDecrease]: 'invalid',
  [GarageErrorCode.InvalidRequest]: 'invalid',
  [GarageErrorCode.NationalIdForbidden]: 'forbidden',
  [GarageErrorCode.MergeBlocked]: 'conflict',
};

/** Every expected failure of the garage context: clients, vehicles, their identifiers. */
export class GarageError extends codedDomainError(KIND) {
  static clientNotFound(): GarageError {
    return new GarageError(GarageErrorCode.ClientNotFound, 'No such client in this workshop.');
  }

  static vehicleNotFound(): GarageError {
    return new GarageError(GarageErrorCode.VehicleNotFound, 'No such vehicle in this workshop.');
  }

  /**
   * The vehicle (or a client's vehicle) has history elsewhere — repair orders — that a delete
   * would destroy. Erasure under GDPR (`?erase=true`) is the way to remove the person.
   */
  static hasHistory(what: 'vehicle' | 'client'): GarageError {
    return new GarageError(
      GarageErrorCode.HasHistory,
      what === 'vehicle'
        ? 'The vehicle has repair history and cannot be deleted.'
        : "The client's vehicles have repair history and cannot be deleted; erase the client (GDPR) to remove the person and keep the history anonymous.",
    );
  }

  /** Only owners and managers may read a national id, so only they may set, change or clear one. */
  static nationalIdForbidden(field: string): GarageError {
    return new GarageError(
      GarageErrorCode.NationalIdForbidden,
      'Only owners and managers may set or change a national id.',
      [{ field, message: 'may be set or changed only by an owner or a manager' }],
    );
  }

  static invalid(field: string, message: string): GarageError {
    return new GarageError(GarageErrorCode.InvalidIdentifier, `The ${field} is not valid.`, [{ field, message }]);
  }
}
