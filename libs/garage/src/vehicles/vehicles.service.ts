import { Injectable } from '@nestjs/common';
import {
  AuditTrail,
  isPostgresError,
  offsetOf,
  Page,
  pageOf,
  PG_FOREIGN_KEY_VIOLATION,
  PG_UNIQUE_VIOLATION,
  resolveSort,
  TenantDatabase,
} from '@pitlane/core';
import { Principal } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { ClientsService } from '../clients/clients.service';
import { GarageError, GarageErrorCode } from '../errors/garage.error';
import { IdentifierVault } from '../identifiers/identifier-vault';
import { VehicleMileageService } from '../mileage/vehicle-mileage.service';
import { CreateVehicleDto } from './dto/create-vehicle.dto';
import { ListVehiclesQuery } from './dto/list-vehicles.query';
import { UpdateVehicleDto } from './dto/update-vehicle.dto';
import { normalizePlate } from './plate';
import { Vehicle } from './vehicle.entity';
import { VehiclePresenter } from './vehicle.presenter';
import { VehicleFilter, VehicleRepository } from './vehicle.repository';
import { VehicleResponse, VehicleVinResponse } from './vehicle.response';
import { VehicleVisits } from './vehicle-visits';

/** `?sort=` fields (API name -> column), for `resolveSort` and the OpenAPI document. */
export const VEHICLE_SORTS = {
  createdAt: 'vehicle.createdAt',
  updatedAt: 'vehicle.updatedAt',
  make: 'vehicle.make',
  plate: 'vehicle.plateNormalized',
  year: 'vehicle.year',
  mileageKm: 'vehicle.mileageKm',
} as const;

type Editable = Pick<Vehicle, 'make' | 'model' | 'year' | 'engine' | 'fuelType' | 'mileageKm'>;

/** A workshop's vehicles, their sealed VINs and who owns them: the rules; the repository holds the SQL. */
@Injectable()
export class VehiclesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: VehicleRepository,
    private readonly clients: ClientsService,
    private readonly vault: IdentifierVault,
    private readonly presenter: VehiclePresenter,
    private readonly audit: AuditTrail,
    private readonly mileage: VehicleMileageService,
    private readonly visits: VehicleVisits,
  ) {}

  /** With `client` instead of `clientId`, creates both in one transaction. */
  create(actor: Principal, input: CreateVehicleDto): Promise<VehicleResponse> {
    if (input.client !== undefined && input.clientId !== undefined) {
      throw new GarageError(GarageErrorCode.InvalidRequest, 'Send either clientId or client, not both.', [
        { field: 'client', message: 'may not be sent together with clientId' },
      ]);
    }
    return this.writing(() =>
      this.db.transaction(async () => {
        const client = input.client
          ? await this.clients.insert(actor, input.client, 'client.')
          : await this.clients.require(input.clientId!);
        const id = randomUUID();
        const vin = input.vin ? this.vault.parseVin(input.vin) : null;
        const sealed = vin ? await this.vault.sealVin(actor.tenantId, id, vin) : null;
        await this.repository.insert({
          id,
          clientId: client.id,
          vinCiphertext: sealed?.ciphertext ?? null,
          vinIndex: sealed?.index ?? null,
          vinLast6Index: sealed?.last6Index ?? null,
          plate: input.plate ?? null,
          plateNormalized: input.plate ? this.plateKey(input.plate) : null,
          make: input.make,
          model: input.model,
          year: input.year ?? null,
          engine: input.engine ?? null,
          fuelType: input.fuelType ?? null,
          mileageKm: input.mileageKm ?? null,
        });
        if (input.mileageKm !== undefined && input.mileageKm !== null)
          await this.mileage.recordTyped(actor, id, input.mileageKm);
        await this.audit.record({
          action: 'vehicle.created',
          entityType: 'vehicle',
          entityId: id,
          changedFields: Object.keys(input).filter(
            (key) => key !== 'client' && input[key as keyof CreateVehicleDto] !== undefined,
          ),
        });
        return this.opened(actor, id);
      }),
    );
  }

  /**
   * Opening a vehicle is a read: the visit (for "recent") is noted and written off the request
   * (VehicleVisits), and only once the vehicle was found, so a 404 notes nothing.
   */
  get(actor: Principal, id: string): Promise<VehicleResponse> {
    return this.db.transaction(async () => {
      const vehicle = await this.require(id);
      await this.db.afterCommit(() => {
        this.visits.note(actor.tenantId, actor.userId, id);
        return Promise.resolve();
      });
      return this.presenter.present(vehicle);
    });
  }

  /**
   * The full VIN of one vehicle. Every disclosure is an audit event (who, which vehicle, when),
   * written in the same transaction: no event, no VIN. A vehicle without a VIN discloses nothing.
   */
  revealVin(id: string): Promise<VehicleVinResponse> {
    return this.db.transaction(async () => {
      const revealed = await this.presenter.vin(await this.require(id));
      if (revealed.vin !== null) {
        await this.audit.record({ action: 'vehicle.vin_revealed', entityType: 'vehicle', entityId: id });
      }
      return revealed;
    });
  }

  list(actor: Principal, query: ListVehiclesQuery): Promise<Page<VehicleResponse>> {
    const order = resolveSort(query.sort, VEHICLE_SORTS, { column: 'vehicle.createdAt', direction: 'DESC' });
    return this.db.transaction(async () => {
      const filter: VehicleFilter = {
        ...(query.vin !== undefined
          ? { vinIndex: await this.vault.vinIndex(actor.tenantId, this.vault.parseVin(query.vin)) }
          : {}),
        ...(query.plate !== undefined ? { plateKey: normalizePlate(query.plate) } : {}),
        ...(query.clientId !== undefined ? { clientId: query.clientId } : {}),
      };
      const [vehicles, total] = await this.repository.page(filter, order, query.limit, offsetOf(query));
      return pageOf(await this.presenter.presentAll(vehicles), total, query);
    });
  }

  /** The client's vehicles; 404 when the client is not this workshop's. */
  listOfClient(actor: Principal, clientId: string, query: ListVehiclesQuery): Promise<Page<VehicleResponse>> {
    return this.db.transaction(async () => {
      await this.clients.require(clientId);
      return this.list(actor, Object.assign(new ListVehiclesQuery(), query, { clientId }));
    });
  }

  recent(actor: Principal): Promise<VehicleResponse[]> {
    return this.db.transaction(async () => {
      await this.visits.writePendingOf(actor.tenantId, actor.userId);
      return this.presenter.presentAll(await this.repository.recentlyVisitedBy(actor.userId));
    });
  }

  update(actor: Principal, id: string, input: UpdateVehicleDto): Promise<VehicleResponse> {
    return this.writing(() =>
      this.db.transaction(async () => {
        const vehicle = await this.require(id, true);
        const changes: Partial<Vehicle> = {};
        const changed = new Set<string>();
        if (input.clientId !== undefined && input.clientId !== vehicle.clientId) {
          changes.clientId = (await this.clients.require(input.clientId)).id;
          changed.add('clientId');
        }
        if (input.vin === null && vehicle.vinCiphertext) {
          Object.assign(changes, { vinCiphertext: null, vinIndex: null, vinLast6Index: null });
          changed.add('vin');
        } else if (typeof input.vin === 'string') {
          const vin = this.vault.parseVin(input.vin);
          const sealed = await this.vault.sealVin(vehicle.tenantId, id, vin);
          if (!vehicle.vinIndex?.equals(sealed.index)) {
            Object.assign(changes, {
              vinCiphertext: sealed.ciphertext,
              vinIndex: sealed.index,
              vinLast6Index: sealed.last6Index,
            });
            changed.add('vin');
          }
        }
        if (input.plate !== undefined && input.plate !== vehicle.plate) {
          Object.assign(changes, {
            plate: input.plate,
            plateNormalized: input.plate === null ? null : this.plateKey(input.plate),
          });
          changed.add('plate');
        }
        if (
          input.mileageKm !== undefined &&
          vehicle.mileageKm !== null &&
          input.mileageKm < vehicle.mileageKm &&
          !input.mileageOverride
        ) {
          throw new GarageError(GarageErrorCode.MileageDecrease, 'The mileage may not go down.', [
            {
              field: 'mileageKm',
              message: `may not be lower than the recorded ${vehicle.mileageKm}; set mileageOverride to correct it`,
            },
          ]);
        }
        for (const key of [
          'make',
          'model',
          'year',
          'engine',
          'fuelType',
          'mileageKm',
        ] as const satisfies (keyof Editable)[]) {
          const value = input[key];
          if (value !== undefined && value !== vehicle[key]) {
            Object.assign(changes, { [key]: value });
            changed.add(key);
          }
        }
        if (changed.size > 0) {
          await this.repository.update(id, changes);
          if (typeof changes.mileageKm === 'number') await this.mileage.recordTyped(actor, id, changes.mileageKm);
          await this.audit.record({
            action: 'vehicle.updated',
            entityType: 'vehicle',
            entityId: id,
            changedFields: [...changed],
          });
        }
        return this.opened(actor, id);
      }),
    );
  }

  async delete(id: string): Promise<void> {
    try {
      await this.db.transaction(async () => {
        await this.require(id, true);
        await this.repository.delete(id);
        await this.audit.record({ action: 'vehicle.deleted', entityType: 'vehicle', entityId: id });
      });
    } catch (error) {
      // Repair orders keep the car's history and refuse to lose it (their foreign key).
      if (isPostgresError(error, PG_FOREIGN_KEY_VIOLATION)) throw GarageError.hasHistory('vehicle');
      throw error;
    }
  }

  /** Records the visit and answers the vehicle as it now is. */
  private async opened(actor: Principal, id: string): Promise<VehicleResponse> {
    await this.repository.recordVisit(actor.userId, id);
    return this.presenter.present(await this.require(id));
  }

  /** The vehicle, or 404 (also for another workshop's), in the open tenant transaction or its own. */
  require(id: string, lock = false): Promise<Vehicle> {
    return this.db.transaction(async () => {
      const vehicle = await this.repository.find(id, lock);
      if (!vehicle) throw GarageError.vehicleNotFound();
      return vehicle;
    });
  }

  private plateKey(plate: string): string {
    const key = normalizePlate(plate);
    if (!key) throw GarageError.invalid('plate', 'must contain letters or digits');
    return key;
  }

  /** A VIN already on another vehicle of this workshop is a 409, whichever write hit it. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isPostgresError(error, PG_UNIQUE_VIOLATION, 'vehicles_vin_key')) {
        throw new GarageError(GarageErrorCode.DuplicateVin, 'Another vehicle of this workshop has this VIN.', [
          { field: 'vin', message: 'is already registered to another vehicle in this workshop' },
        ]);
      }
      throw error;
    }
  }
}
