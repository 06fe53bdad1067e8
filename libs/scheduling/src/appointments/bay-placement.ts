import { Injectable } from '@nestjs/common';
import { isPostgresError, PG_EXCLUSION_VIOLATION } from '@pitlane/core';
import { AppointmentRepository } from './appointment.repository';

const PG_DEADLOCK_DETECTED = '40P01';
/** Two inserts that meet on the exclusion constraint can each wait for the other; Postgres then aborts one. */
const DEADLOCK_RETRIES = 5;

/**
 * Puts an appointment on the first free bay, inside the open tenant transaction. Each try runs
 * under a savepoint: when the exclusion constraint refuses the bay (another booking committed
 * there first, even one this transaction could not yet see), the try is rolled back and the next
 * bay is tried. The database, not this loop, is what makes a double booking impossible.
 */
@Injectable()
export class BayPlacement {
  constructor(private readonly appointments: AppointmentRepository) {}

  /** The bay `write` succeeded on, or null when every bay in `bays` was taken. */
  async place(bays: readonly number[], write: (bay: number) => Promise<void>): Promise<number | null> {
    for (const bay of bays) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          await this.appointments.underSavepoint(() => write(bay));
          return bay;
        } catch (error) {
          if (isPostgresError(error, PG_EXCLUSION_VIOLATION, 'appointments_no_overlap')) break;
          if (isPostgresError(error, PG_DEADLOCK_DETECTED) && attempt < DEADLOCK_RETRIES) continue;
          throw error;
        }
      }
    }
    return null;
  }
}
