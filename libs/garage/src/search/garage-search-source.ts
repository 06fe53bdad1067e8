import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { ClientRow, GarageSearchRepository, VehicleRow } from './garage-search.repository';

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
  /** The parts of title and subtitle, for clients that lay a hit out themselves. */
  readonly plate: string | null;
  readonly name: string;
  readonly ownerName: string | null;
  readonly phone: string | null;
}

/**
 * The garage's side of search: what of a client or vehicle may be indexed (names, plates,
 * phones, VIN blind indexes; never a VIN or national id), and how a hit reads. Runs in the
 * caller's tenant transaction; its repository names the tenant in every read.
 */
@Injectable()
export class GarageSearchSource {
  constructor(
    private readonly db: TenantDatabase,
    private readonly rows: GarageSearchRepository,
  ) {}

  /** The current records of `refs`; deleted ones are simply absent. */
  records(refs: readonly SearchableRef[]): Promise<GarageSearchRecord[]> {
    return this.db.transaction(async () => {
      const clientIds = refs.filter((ref) => ref.type === 'client').map((ref) => ref.id);
      const vehicleIds = refs.filter((ref) => ref.type === 'vehicle').map((ref) => ref.id);
      const clients = clientIds.length > 0 ? await this.rows.clients(clientIds) : [];
      const vehicles = vehicleIds.length > 0 ? await this.rows.vehicles(vehicleIds) : [];
      return [...clients.map(clientRecord), ...vehicles.map(vehicleRecord)];
    });
  }

  /** One page of every record of `type`, in id order after `afterId` (reindex and verify). */
  page(type: SearchableType, afterId: string | null, limit: number): Promise<GarageSearchRecord[]> {
    return this.db.transaction(async () => {
      const after = afterId ?? '00000000-0000-0000-0000-000000000000';
      if (type === 'client') return (await this.rows.clientPage(after, limit)).map(clientRecord);
      return (await this.rows.vehiclePage(after, limit)).map(vehicleRecord);
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
    const name = `${record.firstName} ${record.lastName}`;
    const phone = displayPhone(record.phone);
    return {
      type: 'client',
      id: record.id,
      title: name,
      subtitle: joined([phone, record.email]),
      plate: null,
      name,
      ownerName: null,
      phone,
    };
  }
  const car = joined([record.make, record.model, record.year === null ? null : String(record.year)], ' ');
  const ownerName = record.owner ? `${record.owner.firstName} ${record.owner.lastName}` : null;
  const phone = record.owner ? displayPhone(record.owner.phone) : null;
  return {
    type: 'vehicle',
    id: record.id,
    title: joined([record.plate, car]),
    subtitle: joined([ownerName, phone]),
    plate: record.plate,
    name: car,
    ownerName,
    phone,
  };
}

function displayPhone(e164: string | null): string | null {
  if (!e164) return null;
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

function joined(parts: readonly (string | null)[], separator = ' · '): string {
  return parts.filter((part): part is string => part !== null && part !== '').join(separator);
}
