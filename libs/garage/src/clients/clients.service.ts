import { Injectable } from '@nestjs/common';
import {
  AuditTrail,
  isPostgresError,
  offsetOf,
  Page,
  PageQuery,
  pageOf,
  PG_FOREIGN_KEY_VIOLATION,
  resolveSort,
  TenantDatabase,
} from '@pitlane/core';
import { Principal, WorkshopProfileService } from '@pitlane/identity';
import { randomUUID } from 'node:crypto';
import { normalizePhone } from '../contact/phone';
import { GarageError, GarageErrorCode } from '../errors/garage.error';
import { IdentifierVault } from '../identifiers/identifier-vault';
import { VehicleRepository } from '../vehicles/vehicle.repository';
import { Client } from './client.entity';
import { ClientPresenter, mayReadNationalId } from './client.presenter';
import { ClientRepository } from './client.repository';
import { ClientResponse } from './client.response';
import { CreateClientDto } from './dto/create-client.dto';
import { UpdateClientDto } from './dto/update-client.dto';

/** `?sort=` fields (API name -> column), for `resolveSort` and the OpenAPI document. */
export const CLIENT_SORTS = {
  lastName: 'client.lastName',
  firstName: 'client.firstName',
  createdAt: 'client.createdAt',
  updatedAt: 'client.updatedAt',
} as const;

/**
 * A workshop's clients: the business rules. Every read and write runs in a tenant transaction
 * (joining the caller's when one is open); the repositories hold the SQL.
 */
@Injectable()
export class ClientsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: ClientRepository,
    private readonly vehicles: VehicleRepository,
    private readonly vault: IdentifierVault,
    private readonly presenter: ClientPresenter,
    private readonly audit: AuditTrail,
    private readonly workshops: WorkshopProfileService,
  ) {}

  create(actor: Principal, input: CreateClientDto): Promise<ClientResponse> {
    return this.db.transaction(async () => this.presenter.present(await this.insert(actor, input), actor.role));
  }

  /**
   * Creates a client in the open tenant transaction (or its own): also used by
   * create-vehicle-with-client and by public booking. Only owners and managers may give a
   * national id (the roles that may read it); others get 403 and nothing is written.
   */
  insert(actor: Principal, input: CreateClientDto, fieldPrefix = ''): Promise<Client> {
    return this.db.transaction(() => this.insertClient(actor, input, fieldPrefix));
  }

  get(actor: Principal, id: string): Promise<ClientResponse> {
    return this.db.transaction(async () => this.presenter.present(await this.require(id), actor.role));
  }

  list(actor: Principal, query: PageQuery): Promise<Page<ClientResponse>> {
    const order = resolveSort(query.sort, CLIENT_SORTS, { column: 'client.lastName', direction: 'ASC' });
    return this.db.transaction(async () => {
      const [clients, total] = await this.repository.page(order, query.limit, offsetOf(query));
      const items = await Promise.all(clients.map((client) => this.presenter.present(client, actor.role)));
      return pageOf(items, total, query);
    });
  }

  update(actor: Principal, id: string, input: UpdateClientDto): Promise<ClientResponse> {
    return this.db.transaction(async () => {
      const client = await this.require(id, true);
      // After the lookup: another workshop's client stays a 404 whatever the body says.
      if (input.nationalId !== undefined) assertMayWriteNationalId(actor, 'nationalId');
      const { country } = await this.workshops.current();
      const changes: Partial<Client> = {};
      const changed: string[] = [];
      const set = <K extends keyof Client>(field: string, key: K, value: Client[K]) => {
        if (value instanceof Buffer || value !== client[key]) {
          changes[key] = value;
          if (!changed.includes(field)) changed.push(field);
        }
      };
      if (input.firstName !== undefined) set('firstName', 'firstName', input.firstName);
      if (input.lastName !== undefined) set('lastName', 'lastName', input.lastName);
      if (input.email !== undefined) set('email', 'email', input.email);
      if (input.phone !== undefined)
        set('phone', 'phone', input.phone === null ? null : normalizePhone(input.phone, country));
      if (input.notes !== undefined) set('notes', 'notes', input.notes);
      if (input.gdprConsent !== undefined && input.gdprConsent !== (client.gdprConsentAt !== null)) {
        set('gdprConsent', 'gdprConsentAt', input.gdprConsent ? new Date() : null);
      }
      if (input.nationalId === null && client.nationalIdCiphertext !== null) {
        set('nationalId', 'nationalIdCiphertext', null);
        set('nationalId', 'nationalIdIndex', null);
      } else if (typeof input.nationalId === 'string') {
        const nationalId = this.vault.parseNationalId(input.nationalId, country);
        const sealed = await this.vault.sealNationalId(client.tenantId, id, nationalId);
        if (!client.nationalIdIndex?.equals(sealed.index)) {
          set('nationalId', 'nationalIdCiphertext', sealed.ciphertext);
          set('nationalId', 'nationalIdIndex', sealed.index);
        }
      }
      if (changed.length === 0) return this.presenter.present(client, actor.role);
      await this.repository.update(id, changes);
      await this.audit.record({ action: 'client.updated', entityType: 'client', entityId: id, changedFields: changed });
      return this.presenter.present(await this.require(id), actor.role);
    });
  }

  /** Refuses (409) while the client has vehicles, unless `cascade` removes them too. */
  async delete(id: string, cascade: boolean): Promise<void> {
    try {
      await this.deleteWithVehicles(id, cascade);
    } catch (error) {
      // A vehicle with repair orders keeps its history (their foreign key refuses the delete).
      if (isPostgresError(error, PG_FOREIGN_KEY_VIOLATION)) throw GarageError.hasHistory('client');
      throw error;
    }
  }

  /** The client, or 404 (also for another workshop's client), in the open tenant transaction or its own. */
  require(id: string, lock = false): Promise<Client> {
    return this.db.transaction(async () => {
      const client = await this.repository.find(id, lock);
      if (!client) throw GarageError.clientNotFound();
      return client;
    });
  }

  private async insertClient(actor: Principal, input: CreateClientDto, fieldPrefix: string): Promise<Client> {
    if (input.nationalId !== undefined && input.nationalId !== null) {
      assertMayWriteNationalId(actor, `${fieldPrefix}nationalId`);
    }
    const id = randomUUID();
    const { country } = await this.workshops.current();
    const client = {
      id,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email ?? null,
      phone: input.phone ? normalizePhone(input.phone, country, `${fieldPrefix}phone`) : null,
      nationalIdCiphertext: null as Buffer | null,
      nationalIdIndex: null as Buffer | null,
      notes: input.notes ?? null,
      gdprConsentAt: input.gdprConsent ? new Date() : null,
    };
    if (input.nationalId) {
      const nationalId = this.vault.parseNationalId(input.nationalId, country, `${fieldPrefix}nationalId`);
      const sealed = await this.vault.sealNationalId(actor.tenantId, id, nationalId);
      client.nationalIdCiphertext = sealed.ciphertext;
      client.nationalIdIndex = sealed.index;
    }
    await this.repository.insert(client);
    await this.audit.record({
      action: 'client.created',
      entityType: 'client',
      entityId: id,
      changedFields: Object.keys(input).filter((key) => input[key as keyof CreateClientDto] !== undefined),
    });
    return this.require(id);
  }

  private deleteWithVehicles(id: string, cascade: boolean): Promise<void> {
    return this.db.transaction(async () => {
      await this.require(id, true);
      const vehicles = await this.vehicles.ofClient(id);
      if (vehicles.length > 0 && !cascade) {
        throw new GarageError(
          GarageErrorCode.ClientHasVehicles,
          `The client still has ${vehicles.length} vehicle(s); delete them first or pass cascade=true.`,
        );
      }
      for (const vehicle of vehicles) {
        await this.vehicles.delete(vehicle.id);
        await this.audit.record({ action: 'vehicle.deleted', entityType: 'vehicle', entityId: vehicle.id });
      }
      await this.repository.delete(id);
      await this.audit.record({ action: 'client.deleted', entityType: 'client', entityId: id });
    });
  }
}

/** Mechanics cannot read a national id, so they may not set, change or clear one either (403, naming the field). */
function assertMayWriteNationalId(actor: Principal, field: string): void {
  if (!mayReadNationalId(actor.role)) throw GarageError.nationalIdForbidden(field);
}
