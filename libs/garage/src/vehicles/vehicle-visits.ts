import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Vehicle } from './vehicle.entity';

export const RECENT_VEHICLES_LIMIT = 20;

/** Remembers which vehicles each person opened or edited last, for their "recent" list. */
@Injectable()
export class VehicleVisits {
  /**
   * `readOnly`: the surrounding transaction changes nothing else (opening a vehicle). Its commit
   * then need not wait for the disk: losing the last few visits in a crash costs nothing, and a
   * read stays a read in latency.
   */
  async record(
    manager: EntityManager,
    tenantId: string,
    userId: string,
    vehicleId: string,
    readOnly = false,
  ): Promise<void> {
    if (readOnly) await manager.query('set local synchronous_commit = off');
    await manager.query(
      `insert into vehicle_visits (tenant_id, user_id, vehicle_id, visited_at) values ($1, $2, $3, now())
       on conflict (tenant_id, user_id, vehicle_id) do update set visited_at = excluded.visited_at`,
      [tenantId, userId, vehicleId],
    );
  }

  /** Newest first. */
  recent(manager: EntityManager, userId: string): Promise<Vehicle[]> {
    return manager
      .getRepository(Vehicle)
      .createQueryBuilder('vehicle')
      .innerJoin('vehicle_visits', 'visit', 'visit.tenant_id = vehicle.tenant_id and visit.vehicle_id = vehicle.id')
      .where('visit.user_id = :userId', { userId })
      .orderBy('visit.visited_at', 'DESC')
      .limit(RECENT_VEHICLES_LIMIT)
      .getMany();
  }
}
