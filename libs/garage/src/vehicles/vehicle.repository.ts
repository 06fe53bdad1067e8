import { Injectable } from '@nestjs/common';
import { SortOrder, TenantRepository } from '@pitlane/core';
import { In } from 'typeorm';
import { Vehicle } from './vehicle.entity';

export const RECENT_VEHICLES_LIMIT = 20;

/** Which vehicles a page holds: each filter present narrows it. */
export interface VehicleFilter {
  readonly vinIndex?: Buffer;
  readonly plateKey?: string;
  readonly clientId?: string;
}

/** That a person opened a vehicle at a time, waiting to be written (VehicleVisits). */
export interface VisitRecord {
  readonly userId: string;
  readonly vehicleId: string;
  readonly at: Date;
}

/** A vehicle as written: the tenant comes from the open transaction, the rest from the database. */
export type NewVehicle = Omit<Vehicle, 'tenantId' | 'version' | 'createdAt' | 'updatedAt'>;

/** What erasure strips from a vehicle: everything that points at a person. */
const ANONYMOUS: Partial<Vehicle> = {
  clientId: null,
  vinCiphertext: null,
  vinIndex: null,
  vinLast6Index: null,
  plate: null,
  plateNormalized: null,
};

/**
 * The only SQL on `vehicles` and `vehicle_visits` (who opened which vehicle last). Every
 * statement names the tenant of the open tenant transaction first, joins included, so the
 * `(tenant_id, ...)` indexes serve it and row-level security is the second wall.
 */
@Injectable()
export class VehicleRepository extends TenantRepository {
  async insert(vehicle: NewVehicle): Promise<void> {
    await this.repository(Vehicle).insert({ ...vehicle, tenantId: this.tenantId });
  }

  /**
   * True when inserted; false when the vehicle's VIN is already another vehicle's in this
   * workshop. `on conflict do nothing` rather than a look-up first: a customer who submits the
   * booking form twice with a new VIN races itself, and a unique violation would abort the
   * transaction.
   */
  async insertUnlessVinTaken(vehicle: NewVehicle): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Vehicle)
      .values({ ...vehicle, tenantId: this.tenantId })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  find(id: string, lock = false): Promise<Vehicle | null> {
    return this.findOwned(Vehicle, id, { forUpdate: lock });
  }

  /**
   * One page in `order` and the total. The default order is served by `vehicles_created_idx`;
   * a page that is neither full nor past the end already tells the total, so only a full page
   * (or an empty one past page 1) pays for a count.
   */
  async page(filter: VehicleFilter, order: SortOrder, limit: number, offset: number): Promise<[Vehicle[], number]> {
    const { where, values } = this.filtered(filter);
    // Written by hand, not with the query builder: the list is the staff app's commonest call,
    // and each of its few shapes is a statement prepared once per connection.
    const column = this.columnOf(Vehicle, order.column.replace(/^vehicle\./, ''));
    const rows = await this.selectPrepared(
      Vehicle,
      (columns) =>
        `select ${columns} from vehicles where ${where} ` +
        `order by ${column} ${order.direction === 'DESC' ? 'desc' : 'asc'} nulls last, id ` +
        `limit $${values.length + 1} offset $${values.length + 2}`,
      [...values, limit, offset],
    );
    const pageTellsTotal = rows.length > 0 ? rows.length < limit : offset === 0;
    if (pageTellsTotal) return [rows, offset + rows.length];
    const [count] = await this.queryPrepared<{ n: number }>(
      `select count(*)::int as n from vehicles where ${where}`,
      values,
    );
    return [rows, count?.n ?? 0];
  }

  /** The page's condition: the workshop, then each filter present, as `$n` parameters. */
  private filtered(filter: VehicleFilter): { where: string; values: unknown[] } {
    const values: unknown[] = [this.tenantId];
    const conditions = ['tenant_id = $1'];
    const narrow = (column: string, value: unknown) => {
      values.push(value);
      conditions.push(`${column} = $${values.length}`);
    };
    if (filter.vinIndex !== undefined) narrow('vin_index', filter.vinIndex);
    if (filter.plateKey !== undefined) narrow('plate_normalized', filter.plateKey);
    if (filter.clientId !== undefined) narrow('client_id', filter.clientId);
    return { where: conditions.join(' and '), values };
  }

  /** Plate, make and model of `ids` in one statement; never the sealed VIN. */
  labelsOf(ids: readonly string[]): Promise<Pick<Vehicle, 'id' | 'plate' | 'make' | 'model' | 'year'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repository(Vehicle).find({
      select: { id: true, plate: true, make: true, model: true, year: true },
      where: { tenantId: this.tenantId, id: In([...ids]) },
    });
  }

  /** The client's vehicles, oldest first. */
  ofClient(clientId: string): Promise<Vehicle[]> {
    return this.repository(Vehicle).find({
      where: { tenantId: this.tenantId, clientId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Moves every vehicle of `fromId` to `intoId` in one statement; the ids of those moved. */
  async reassignClient(fromId: string, intoId: string): Promise<string[]> {
    const result = await this.repository(Vehicle)
      .createQueryBuilder()
      .update()
      .set({ clientId: intoId })
      .where('tenant_id = :tenantId and client_id = :fromId', { tenantId: this.tenantId, fromId })
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  async update(id: string, changes: Partial<Vehicle>): Promise<void> {
    await this.repository(Vehicle).update({ tenantId: this.tenantId, id }, changes);
  }

  /** Strips the vehicle of its owner, VIN and plate (GDPR erasure); make, model and mileage stay. */
  async anonymize(id: string): Promise<void> {
    await this.repository(Vehicle).update({ tenantId: this.tenantId, id }, ANONYMOUS);
  }

  async delete(id: string): Promise<void> {
    await this.repository(Vehicle).delete({ tenantId: this.tenantId, id });
  }

  /** Remembers that `userId` edited the vehicle, in the write's own transaction. */
  async recordVisit(userId: string, vehicleId: string): Promise<void> {
    await this.manager.query(
      `insert into vehicle_visits (tenant_id, user_id, vehicle_id, visited_at) values ($1, $2, $3, now())
       on conflict (tenant_id, user_id, vehicle_id) do update set visited_at = excluded.visited_at`,
      [this.tenantId, userId, vehicleId],
    );
  }

  /**
   * Writes opened-vehicle visits noted earlier, in one statement; a later time wins, an earlier
   * one never moves a visit back. A vehicle deleted since it was opened is skipped, not an error.
   */
  async recordVisits(visits: readonly VisitRecord[]): Promise<void> {
    if (visits.length === 0) return;
    await this.manager.query(
      `insert into vehicle_visits (tenant_id, user_id, vehicle_id, visited_at)
       select $1, v.user_id, v.vehicle_id, v.at
         from unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) as v(user_id, vehicle_id, at)
        where exists (select 1 from vehicles x where x.tenant_id = $1 and x.id = v.vehicle_id)
       on conflict (tenant_id, user_id, vehicle_id)
       do update set visited_at = greatest(vehicle_visits.visited_at, excluded.visited_at)`,
      [
        this.tenantId,
        visits.map((visit) => visit.userId),
        visits.map((visit) => visit.vehicleId),
        visits.map((visit) => visit.at.toISOString()),
      ],
    );
  }

  /** What `userId` opened or edited last, newest first. */
  recentlyVisitedBy(userId: string): Promise<Vehicle[]> {
    return this.repository(Vehicle)
      .createQueryBuilder('vehicle')
      .innerJoin(
        'vehicle_visits',
        'visit',
        'visit.tenant_id = vehicle.tenant_id and visit.tenant_id = :tenantId and visit.vehicle_id = vehicle.id',
      )
      .where('vehicle.tenantId = :tenantId', { tenantId: this.tenantId })
      .andWhere('visit.user_id = :userId', { userId })
      .orderBy('visit.visited_at', 'DESC')
      .limit(RECENT_VEHICLES_LIMIT)
      .getMany();
  }
}
