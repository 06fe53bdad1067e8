import { BeforeApplicationShutdown, Inject, Injectable, Optional } from '@nestjs/common';
import { LOGGER, TenantContext, TenantDatabase, TenantWriteBatch } from '@pitlane/core';
import type { Logger } from 'pino';
import { VehicleRepository, VisitRecord } from './vehicle.repository';

/** How often opened vehicles are written to `vehicle_visits`. */
const FLUSH_INTERVAL_MS = 2_000;

/**
 * "Recently opened" bookkeeping for reads: opening a vehicle (a GET) notes the visit here instead
 * of writing it, and the visits are written every few seconds and at shutdown, each workshop's
 * in its own tenant transaction (TenantWriteBatch). Writes (create, edit) still record theirs in
 * their own transaction. The person's list of recent vehicles first writes their pending visits,
 * so what they just opened is on it.
 */
@Injectable()
export class VehicleVisits implements BeforeApplicationShutdown {
  private readonly batch: TenantWriteBatch<VisitRecord>;

  constructor(
    tenantContext: TenantContext,
    db: TenantDatabase,
    private readonly repository: VehicleRepository,
    @Optional() @Inject(LOGGER) logger?: Logger,
  ) {
    this.batch = new TenantWriteBatch<VisitRecord>(
      {
        name: 'vehicle visits',
        key: (visit) => `${visit.userId}:${visit.vehicleId}`,
        merge: (earlier, later) => (later.at > earlier.at ? later : earlier),
        write: (visits) => repository.recordVisits(visits),
        intervalMs: FLUSH_INTERVAL_MS,
      },
      tenantContext,
      db,
      logger,
    );
  }

  note(tenantId: string, userId: string, vehicleId: string): void {
    this.batch.add(tenantId, { userId, vehicleId, at: new Date() });
  }

  /** Writes the person's pending visits in the open tenant transaction (before reading them). */
  async writePendingOf(tenantId: string, userId: string): Promise<void> {
    const visits = this.batch.take(tenantId, (visit) => visit.userId === userId);
    if (visits.length === 0) return;
    try {
      await this.repository.recordVisits(visits);
    } catch (error) {
      for (const visit of visits) this.batch.add(tenantId, visit);
      throw error;
    }
  }

  flush(): Promise<void> {
    return this.batch.flush();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.batch.close();
  }
}
