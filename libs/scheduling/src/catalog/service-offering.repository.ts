import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { In } from 'typeorm';
import { ServiceOffering } from './service-offering.entity';

export type NewServiceOffering = Omit<ServiceOffering, 'tenantId' | 'createdAt' | 'updatedAt'>;

/** The only place with SQL for `services`, the workshop's catalog. */
@Injectable()
export class ServiceOfferingRepository extends TenantRepository {
  /** Every service, active or not, by name. */
  list(): Promise<ServiceOffering[]> {
    return this.repository(ServiceOffering).find({
      where: { tenantId: this.tenantId },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** What the public booking page offers: active and bookable online, by name. */
  listBookableOnline(): Promise<ServiceOffering[]> {
    return this.repository(ServiceOffering).find({
      where: { tenantId: this.tenantId, active: true, bookableOnline: true },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  find(id: string): Promise<ServiceOffering | null> {
    return this.repository(ServiceOffering).findOneBy({ tenantId: this.tenantId, id });
  }

  /** The active services among `ids` (any order; missing ones are simply absent). */
  findActive(ids: readonly string[]): Promise<ServiceOffering[]> {
    return this.repository(ServiceOffering).findBy({ tenantId: this.tenantId, id: In([...ids]), active: true });
  }

  async insert(service: NewServiceOffering): Promise<void> {
    await this.repository(ServiceOffering).insert({ ...service, tenantId: this.tenantId });
  }

  async update(id: string, changes: Partial<ServiceOffering>): Promise<void> {
    await this.repository(ServiceOffering).update({ tenantId: this.tenantId, id }, changes);
  }
}
