import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantContext, TenantDatabase } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { SchedulingError } from '../errors/scheduling.error';
import { CreateServiceDto } from './dto/create-service.dto';
import { UpdateServiceDto } from './dto/update-service.dto';
import { ServiceOffering } from './service-offering.entity';
import { presentService, ServiceOfferingResponse } from './service-offering.response';

/** The workshop's service catalog. Services are deactivated, never deleted: appointments name them. */
@Injectable()
export class ServiceCatalog {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<ServiceOfferingResponse[]> {
    return this.db.transaction(async (manager) =>
      (await manager.getRepository(ServiceOffering).find({ order: { name: 'ASC', id: 'ASC' } })).map(presentService),
    );
  }

  create(input: CreateServiceDto): Promise<ServiceOfferingResponse> {
    return this.db.transaction(async (manager) => {
      const id = randomUUID();
      await manager.getRepository(ServiceOffering).insert({
        tenantId: this.tenantContext.requireTenantId('a service'),
        id,
        name: input.name,
        description: input.description ?? null,
        durationMinutes: input.durationMinutes,
        priceMinor: input.priceMinor,
        vatRateBp: input.vatRateBp,
        active: input.active ?? true,
        bookableOnline: input.bookableOnline ?? true,
      });
      await this.audit.record(manager, { action: 'service.created', entityType: 'service', entityId: id });
      return presentService(await manager.getRepository(ServiceOffering).findOneByOrFail({ id }));
    });
  }

  update(id: string, input: UpdateServiceDto): Promise<ServiceOfferingResponse> {
    return this.db.transaction(async (manager) => {
      const service = await manager.getRepository(ServiceOffering).findOneBy({ id });
      if (!service)
        throw new SchedulingError(SchedulingError.serviceNotFound().code, 'No such service in this workshop.');
      const changes = Object.fromEntries(
        Object.entries(input).filter(
          ([key, value]) => value !== undefined && value !== service[key as keyof ServiceOffering],
        ),
      ) as Partial<ServiceOffering>;
      const changed = Object.keys(changes);
      if (changed.length === 0) return presentService(service);
      await manager.getRepository(ServiceOffering).update({ tenantId: service.tenantId, id }, changes);
      await this.audit.record(manager, {
        action: 'service.updated',
        entityType: 'service',
        entityId: id,
        changedFields: changed,
      });
      return presentService(await manager.getRepository(ServiceOffering).findOneByOrFail({ id }));
    });
  }

  /** The services `ids` names, in that order; 404 when one is missing (or not bookable online). */
  async require(manager: EntityManager, ids: readonly string[], online: boolean): Promise<ServiceOffering[]> {
    const unique = [...new Set(ids)];
    const found = await manager.getRepository(ServiceOffering).findBy({ id: In(unique), active: true });
    const byId = new Map(found.map((service) => [service.id, service]));
    return unique.map((id) => {
      const service = byId.get(id);
      if (!service || (online && !service.bookableOnline)) throw SchedulingError.serviceNotFound();
      return service;
    });
  }
}
