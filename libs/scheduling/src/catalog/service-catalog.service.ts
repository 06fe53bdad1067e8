import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { randomUUID } from 'node:crypto';
import { SchedulingError } from '../errors/scheduling.error';
import { CreateServiceDto } from './dto/create-service.dto';
import { UpdateServiceDto } from './dto/update-service.dto';
import { ServiceOffering } from './service-offering.entity';
import { ServiceOfferingRepository } from './service-offering.repository';
import { presentService, ServiceOfferingResponse } from './service-offering.response';

/** The workshop's service catalog. Services are deactivated, never deleted: appointments name them. */
@Injectable()
export class ServiceCatalog {
  constructor(
    private readonly db: TenantDatabase,
    private readonly services: ServiceOfferingRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<ServiceOfferingResponse[]> {
    return this.db.transaction(async () => (await this.services.list()).map(presentService));
  }

  create(input: CreateServiceDto): Promise<ServiceOfferingResponse> {
    return this.db.transaction(async () => {
      const id = randomUUID();
      await this.services.insert({
        id,
        name: input.name,
        description: input.description ?? null,
        durationMinutes: input.durationMinutes,
        priceMinor: input.priceMinor,
        vatRateBp: input.vatRateBp,
        active: input.active ?? true,
        bookableOnline: input.bookableOnline ?? true,
      });
      await this.audit.record({ action: 'service.created', entityType: 'service', entityId: id });
      return presentService(await this.found(id));
    });
  }

  update(id: string, input: UpdateServiceDto): Promise<ServiceOfferingResponse> {
    return this.db.transaction(async () => {
      const service = await this.services.find(id);
      if (!service)
        throw new SchedulingError(SchedulingError.serviceNotFound().code, 'No such service in this workshop.');
      const changes = Object.fromEntries(
        Object.entries(input).filter(
          ([key, value]) => value !== undefined && value !== service[key as keyof ServiceOffering],
        ),
      ) as Partial<ServiceOffering>;
      const changed = Object.keys(changes);
      if (changed.length === 0) return presentService(service);
      await this.services.update(id, changes);
      await this.audit.record({
        action: 'service.updated',
        entityType: 'service',
        entityId: id,
        changedFields: changed,
      });
      return presentService(await this.found(id));
    });
  }

  /** The services `ids` names, in that order; 404 when one is missing (or not bookable online). */
  async require(ids: readonly string[], online: boolean): Promise<ServiceOffering[]> {
    const unique = [...new Set(ids)];
    const found = await this.db.transaction(() => this.services.findActive(unique));
    const byId = new Map(found.map((service) => [service.id, service]));
    return unique.map((id) => {
      const service = byId.get(id);
      if (!service || (online && !service.bookableOnline)) throw SchedulingError.serviceNotFound();
      return service;
    });
  }

  /** What the public booking page offers: active and bookable online, by name. */
  bookableOnline(): Promise<ServiceOffering[]> {
    return this.db.transaction(() => this.services.listBookableOnline());
  }

  private async found(id: string): Promise<ServiceOffering> {
    const service = await this.services.find(id);
    if (!service) throw SchedulingError.serviceNotFound();
    return service;
  }
}
