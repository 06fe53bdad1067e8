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
import { EntityManager } from 'typeorm';
import { normalizePhone } from '../contact/phone';
import { GarageError, GarageErrorCode } from '../errors/garage.error';
import { IdentifierVault } from '../identifiers/identifier-vault';
import { Vehicle } from '../vehicles/vehicle.entity';
import { Client } from './client.entity';
import { ClientPresenter } from './client.presenter';
import { ClientResponse } from './client.response';
import { CreateClientDto } from './dto/create-client.dto';
import { UpdateClientDto } from './dto/update-client.dto';

const SORTABLE = {
  lastName: 'client.lastName',
  firstName: 'client.firstName',
  createdAt: 'client.createdAt',
  updatedAt: 'client.updatedAt',
} as const;

/** A workshop's clients. Every read and write runs in the caller's tenant transaction. */
@Injectable()
export class ClientsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly vault: IdentifierVault,
    private readonly presenter: ClientPresenter,
    private readonly audit: AuditTrail,
    private readonly workshops: WorkshopProfileService,
  ) {}

  create(actor: Principal, input: CreateClientDto): Promise<ClientResponse> {
    return this.db.transaction(async (manager) =>
      this.presenter.present(await this.insert(manager, actor, input), actor.role),
    );
  }

  /** Creates a client inside the caller's transaction (also used by create-vehicle-with-client). */
  async insert(manager: EntityManager, actor: Principal, input: CreateClientDto, fieldPrefix = ''): Promise<Client> {
    const id = randomUUID();
    const { country } = await this.workshops.current();
    const client = manager.getRepository(Client).create({
      tenantId: actor.tenantId,
      id,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email ?? null,
      phone: input.phone ? normalizePhone(input.phone, country, `${fieldPrefix}phone`) : null,
      nationalIdCiphertext: null,
      nationalIdIndex: null,
      notes: input.notes ?? null,
      gdprConsentAt: input.gdprConsent ? new Date() : null,
    });
    if (input.nationalId) {
      const nationalId = this.vault.parseNationalId(input.nationalId, country, `${fieldPrefix}nationalId`);
      const sealed = await this.vault.sealNationalId(client.tenantId, id, nationalId);
      client.nationalIdCiphertext = sealed.ciphertext;
      client.nationalIdIndex = sealed.index;
    }
    await manager.getRepository(Client).insert(client);
    await this.audit.record(manager, {
      action: 'client.created',
      entityType: 'client',
      entityId: id,
      changedFields: Object.keys(input).filter((key) => input[key as keyof CreateClientDto] !== undefined),
    });
    return manager.getRepository(Client).findOneByOrFail({ id });
  }

  get(actor: Principal, id: string): Promise<ClientResponse> {
    return this.db.transaction(async (manager) => this.presenter.present(await this.require(manager, id), actor.role));
  }

  list(actor: Principal, query: PageQuery): Promise<Page<ClientResponse>> {
    const order = resolveSort(query.sort, SORTABLE, { column: 'client.lastName', direction: 'ASC' });
    return this.db.transaction(async (manager) => {
      const [clients, total] = await manager
        .getRepository(Client)
        .createQueryBuilder('client')
        .orderBy(order.column, order.direction)
        .addOrderBy('client.id')
        .take(query.limit)
        .skip(offsetOf(query))
        .getManyAndCount();
      const items = await Promise.all(clients.map((client) => this.presenter.present(client, actor.role)));
      return pageOf(items, total, query);
    });
  }

  update(actor: Principal, id: string, input: UpdateClientDto): Promise<ClientResponse> {
    return this.db.transaction(async (manager) => {
      const client = await this.require(manager, id, true);
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
      await manager.getRepository(Client).update({ tenantId: client.tenantId, id }, changes);
      await this.audit.record(manager, {
        action: 'client.updated',
        entityType: 'client',
        entityId: id,
        changedFields: changed,
      });
      return this.presenter.present(await this.require(manager, id), actor.role);
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

  private deleteWithVehicles(id: string, cascade: boolean): Promise<void> {
    return this.db.transaction(async (manager) => {
      const client = await this.require(manager, id, true);
      const vehicles = await manager.getRepository(Vehicle).find({ where: { clientId: id }, select: { id: true } });
      if (vehicles.length > 0 && !cascade) {
        throw new GarageError(
          GarageErrorCode.ClientHasVehicles,
          `The client still has ${vehicles.length} vehicle(s); delete them first or pass cascade=true.`,
        );
      }
      for (const vehicle of vehicles) {
        await manager.getRepository(Vehicle).delete({ tenantId: client.tenantId, id: vehicle.id });
        await this.audit.record(manager, { action: 'vehicle.deleted', entityType: 'vehicle', entityId: vehicle.id });
      }
      await manager.getRepository(Client).delete({ tenantId: client.tenantId, id });
      await this.audit.record(manager, { action: 'client.deleted', entityType: 'client', entityId: id });
    });
  }

  /** The client, or 404 (also for another workshop's client: RLS hides it). */
  async require(manager: EntityManager, id: string, lock = false): Promise<Client> {
    const client = await manager.getRepository(Client).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!client) throw GarageError.clientNotFound();
    return client;
  }
}
