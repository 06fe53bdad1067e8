import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export type SearchableType = 'client' | 'vehicle';
export const SEARCHABLE_TYPES: readonly SearchableType[] = ['client', 'vehicle'];

export interface SearchableRef {
  readonly type: SearchableType;
  readonly id: string;
}

interface RecordBase {
  readonly tenantId: string;
  readonly id: string;
  /** The row's search version (a bigint from one sequence): later writes have larger ones. */
  readonly version: string;
}

export interface ClientSearchRecord extends RecordBase {
  readonly type: 'client';
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  /** E.164. */
  readonly phone: string | null;
}

export interface VehicleSearchRecord extends RecordBase {
  readonly type: 'vehicle';
  readonly plate: string | null;
  readonly plateKey: string | null;
  readonly make: string;
  readonly model: string;
  readonly year: number | null;
  readonly engine: string | null;
  readonly owner: { readonly firstName: string; readonly lastName: string; readonly phone: string | null } | null;
  /** Blind indexes only: the VIN itself never leaves the garage. */
  readonly vinIndex: Buffer | null;
  readonly vinTailIndex: Buffer | null;
}

export type GarageSearchRecord = ClientSearchRecord | VehicleSearchRecord;

/** What a search hit shows: current data, read at answer time. */
export interface SearchSummary {
  readonly type: SearchableType;
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
}

interface ClientRow {
  tenant_id: string;
  id: string;
  search_version: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
}

interface VehicleRow {
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
const VEHICLE_FROM = `vehicles v left join clients o on o.tenant_id = v.tenant_id and o.id = v.client_id`;

/**
 * The garage's side of search: what of a client or vehicle may be indexed (names, plates,
 * phones, VIN blind indexes; never a VIN or national id), and how a hit reads. Runs in the
 * caller's tenant transaction, so row-level security scopes every read.
 */
@Injectable()
export class GarageSearchSource {
  constructor(private readonly db: TenantDatabase) {}

  /** The current records of `refs`; deleted ones are simply absent. */
  records(refs: readonly SearchableRef[]): Promise<GarageSearchRecord[]> {
    return this.db.transaction(async (manager) => {
      const clientIds = refs.filter((ref) => ref.type === 'client').map((ref) => ref.id);
      const vehicleIds = refs.filter((ref) => ref.type === 'vehicle').map((ref) => ref.id);
      const [clients, vehicles] = await Promise.all([
        clientIds.length > 0
          ? manager.query<ClientRow[]>(`select ${CLIENT_COLUMNS} from clients c where c.id = any ($1::uuid[])`, [
              clientIds,
            ])
          : [],
        vehicleIds.length > 0
          ? manager.query<VehicleRow[]>(
              `select ${VEHICLE_COLUMNS} from ${VEHICLE_FROM} where v.id = any ($1::uuid[])`,
              [vehicleIds],
            )
          : [],
      ]);
      return [...clients.map(clientRecord), ...vehicles.map(vehicleRecord)];
    });
  }

  /** One page of every record of `type`, in id order after `afterId` (reindex and verify). */
  page(type: SearchableType, afterId: string | null, limit: number): Promise<GarageSearchRecord[]> {
    return this.db.transaction(async (manager) => {
      const after = afterId ?? '00000000-0000-0000-0000-000000000000';
      if (type === 'client') {
        const rows = await manager.query<ClientRow[]>(
          `select ${CLIENT_COLUMNS} from clients c where c.id > $1 order by c.id limit $2`,
          [after, limit],
        );
        return rows.map(clientRecord);
      }
      const rows = await manager.query<VehicleRow[]>(
        `select ${VEHICLE_COLUMNS} from ${VEHICLE_FROM} where v.id > $1 order by v.id limit $2`,
        [after, limit],
      );
      return rows.map(vehicleRecord);
    });
  }

  /** Titles and subtitles of `refs`, in their order; refs that no longer exist are dropped. */
  async summaries(refs: readonly SearchableRef[]): Promise<SearchSummary[]> {
    const records = await this.records(refs);
    const byKey = new Map(records.map((record) => [`${record.type}:${record.id}`, record]));
    return refs.flatMap((ref) => {
      const record = byKey.get(`${ref.type}:${ref.id}`);
      return record ? [summarize(record)] : [];
    });
  }
}

function clientRecord(row: ClientRow): ClientSearchRecord {
  return {
    type: 'client',
    tenantId: row.tenant_id,
    id: row.id,
    version: row.search_version,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
  };
}

function vehicleRecord(row: VehicleRow): VehicleSearchRecord {
  return {
    type: 'vehicle',
    tenantId: row.tenant_id,
    id: row.id,
    version: row.search_version,
    plate: row.plate,
    plateKey: row.plate_normalized,
    make: row.make,
    model: row.model,
    year: row.year,
    engine: row.engine,
    owner:
      row.owner_first_name !== null && row.owner_last_name !== null
        ? { firstName: row.owner_first_name, lastName: row.owner_last_name, phone: row.owner_phone }
        : null,
    vinIndex: row.vin_index,
    vinTailIndex: row.vin_last6_index,
  };
}

/** "WA 12345 · Volkswagen Golf 2014" over "Jan Kowalski · +48 601 234 567". */
function summarize(record: GarageSearchRecord): SearchSummary {
  if (record.type === 'client') {
    return {
      type: 'client',
      id: record.id,
      title: `${record.firstName} ${record.lastName}`,
      subtitle: joined([displayPhone(record.phone), record.email]),
    };
  }
  const car = joined([record.make, record.model, record.year === null ? null : String(record.year)], ' ');
  return {
    type: 'vehicle',
    id: record.id,
    title: joined([record.plate, car]),
    subtitle: record.owner
      ? joined([`${record.owner.firstName} ${record.owner.lastName}`, displayPhone(record.owner.phone)])
      : '',
  };
}

function displayPhone(e164: string | null): string | null {
  if (!e164) return null;
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

function joined(parts: readonly (string | null)[], separator = ' · '): string {
  return parts.filter((part): part is string => part !== null && part !== '').join(separator);
}
