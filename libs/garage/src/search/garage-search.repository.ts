import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';

export interface ClientRow {
  tenant_id: string;
  id: string;
  search_version: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
}

export interface VehicleRow {
  tenant_id: string;
  id: string;
  search_version: string;
  plate: string | null;
  plate_normalized: string | null;
  make: string;
  model: string;
  year: number | null;
  engine: string | null;
  vin_index: Buffer | null;
  vin_last6_index: Buffer | null;
  owner_first_name: string | null;
  owner_last_name: string | null;
  owner_phone: string | null;
}

const CLIENT_COLUMNS = `c.tenant_id, c.id, c.search_version, c.first_name, c.last_name, c.email, c.phone`;
const VEHICLE_COLUMNS = `v.tenant_id, v.id, v.search_version, v.plate, v.plate_normalized, v.make, v.model, v.year,
  v.engine, v.vin_index, v.vin_last6_index,
  o.first_name as owner_first_name, o.last_name as owner_last_name, o.phone as owner_phone`;
/** The owner is joined on the vehicle's tenant and bound to the current one too (`$1`). */
const VEHICLE_FROM = `vehicles v left join clients o on o.tenant_id = v.tenant_id and o.tenant_id = $1 and o.id = v.client_id`;

/**
 * The search source's reads of `clients` and `vehicles`: only what may be indexed. Every
 * statement names the tenant of the open tenant transaction first (joins too).
 */
@Injectable()
export class GarageSearchRepository extends TenantRepository {
  clients(ids: readonly string[]): Promise<ClientRow[]> {
    return this.manager.query<ClientRow[]>(
      `select ${CLIENT_COLUMNS} from clients c where c.tenant_id = $1 and c.id = any ($2::uuid[])`,
      [this.tenantId, ids],
    );
  }

  vehicles(ids: readonly string[]): Promise<VehicleRow[]> {
    return this.manager.query<VehicleRow[]>(
      `select ${VEHICLE_COLUMNS} from ${VEHICLE_FROM} where v.tenant_id = $1 and v.id = any ($2::uuid[])`,
      [this.tenantId, ids],
    );
  }

  /** Clients after `afterId` in id order. */
  clientPage(afterId: string, limit: number): Promise<ClientRow[]> {
    return this.manager.query<ClientRow[]>(
      `select ${CLIENT_COLUMNS} from clients c where c.tenant_id = $1 and c.id > $2 order by c.id limit $3`,
      [this.tenantId, afterId, limit],
    );
  }

  /** Vehicles after `afterId` in id order. */
  vehiclePage(afterId: string, limit: number): Promise<VehicleRow[]> {
    return this.manager.query<VehicleRow[]>(
      `select ${VEHICLE_COLUMNS} from ${VEHICLE_FROM} where v.tenant_id = $1 and v.id > $2 order by v.id limit $3`,
      [this.tenantId, afterId, limit],
    );
  }
}
