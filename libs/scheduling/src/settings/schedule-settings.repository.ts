import { Injectable } from '@nestjs/common';
import { TenantRepository } from '@pitlane/core';
import { ScheduleSettingsRow } from './schedule-settings.entity';

/** The only place with SQL for `schedule_settings` (one row per workshop, keyed by the tenant). */
@Injectable()
export class ScheduleSettingsRepository extends TenantRepository {
  /** The current workshop's row, locked for update when `lock`; null before its first use. */
  find(lock = false): Promise<ScheduleSettingsRow | null> {
    return this.repository(ScheduleSettingsRow).findOne({
      where: { tenantId: this.tenantId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Writes the first row of the current workshop; a racing first use that wrote it already wins. */
  async insertIfAbsent(values: Omit<ScheduleSettingsRow, 'tenantId' | 'version' | 'updatedAt'>): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(ScheduleSettingsRow)
      .values({ ...values, tenantId: this.tenantId })
      .orIgnore()
      .execute();
  }

  async update(changes: Partial<ScheduleSettingsRow>): Promise<void> {
    await this.repository(ScheduleSettingsRow).update({ tenantId: this.tenantId }, changes);
  }
}
