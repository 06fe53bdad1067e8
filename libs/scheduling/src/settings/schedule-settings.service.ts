import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantContext, TenantDatabase } from '@pitlane/core';
import { WorkshopProfileService } from '@pitlane/identity';
import { IANAZone } from 'luxon';
import { EntityManager } from 'typeorm';
import { OpeningHours, ScheduleRules, TimeRange, WEEKDAYS } from '../availability/availability-engine';
import { SchedulingError } from '../errors/scheduling.error';
import { UpdateScheduleSettingsDto } from './dto/update-schedule-settings.dto';
import { ScheduleSettings } from './schedule-settings.entity';
import { ScheduleSettingsResponse } from './schedule-settings.response';

const WORKDAY: readonly TimeRange[] = [{ start: '08:00', end: '17:00' }];

/** A new workshop's schedule until its owner changes it. */
export const DEFAULT_SCHEDULE = {
  openingHours: { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
  closedDates: [] as string[],
  slotMinutes: 30,
  bays: 2,
  bufferMinutes: 0,
  minNoticeMinutes: 120,
  horizonDays: 60,
  cancellationCutoffMinutes: 1440,
  reminderLeadMinutes: 1440,
} as const;

/** The workshop's schedule settings: read (with defaults) and changed by owners and managers. */
@Injectable()
export class ScheduleSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly workshops: WorkshopProfileService,
    private readonly audit: AuditTrail,
  ) {}

  get(): Promise<ScheduleSettingsResponse> {
    return this.db.transaction(async (manager) => present(await this.load(manager)));
  }

  update(input: UpdateScheduleSettingsDto): Promise<ScheduleSettingsResponse> {
    return this.db.transaction(async (manager) => {
      const current = await this.load(manager, true);
      const changes: Partial<ScheduleSettings> = {};
      if (input.timeZone !== undefined) {
        if (!IANAZone.isValidZone(input.timeZone))
          throw SchedulingError.invalid('timeZone', 'must be an IANA time zone');
        changes.timeZone = input.timeZone;
      }
      if (input.openingHours !== undefined) {
        const hours: Record<string, readonly TimeRange[]> = { ...current.openingHours };
        for (const day of WEEKDAYS) {
          const ranges = input.openingHours[day];
          if (ranges === undefined) continue;
          hours[day] = checkedRanges(day, ranges);
        }
        changes.openingHours = hours as OpeningHours;
      }
      if (input.closedDates !== undefined) {
        for (const date of input.closedDates) {
          if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
            throw SchedulingError.invalid('closedDates', 'must hold real dates');
        }
        changes.closedDates = [...new Set(input.closedDates)].sort();
      }
      for (const key of [
        'slotMinutes',
        'bays',
        'bufferMinutes',
        'minNoticeMinutes',
        'horizonDays',
        'cancellationCutoffMinutes',
        'reminderLeadMinutes',
      ] as const) {
        if (input[key] !== undefined) changes[key] = input[key];
      }
      const changed = Object.keys(changes);
      if (changed.length === 0) return present(current);
      await manager.getRepository(ScheduleSettings).update({ tenantId: current.tenantId }, changes);
      await this.audit.record(manager, {
        action: 'schedule.updated',
        entityType: 'schedule_settings',
        entityId: current.tenantId,
        changedFields: changed,
      });
      return present(await this.load(manager));
    });
  }

  /** The settings row, created with defaults (the workshop's own time zone) on first use. */
  async load(manager: EntityManager, lock = false): Promise<ScheduleSettings> {
    const repository = manager.getRepository(ScheduleSettings);
    const found = await repository.findOne({
      where: {},
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (found) return found;
    const tenantId = this.tenantContext.requireTenantId('schedule settings');
    const { timeZone } = await this.workshops.current();
    await manager
      .createQueryBuilder()
      .insert()
      .into(ScheduleSettings)
      .values({
        tenantId,
        timeZone,
        ...DEFAULT_SCHEDULE,
        openingHours: DEFAULT_SCHEDULE.openingHours as OpeningHours,
        closedDates: [],
      })
      .orIgnore()
      .execute();
    return repository.findOneOrFail({
      where: { tenantId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}

/** The engine's view of the settings. */
export function rulesOf(settings: ScheduleSettings): ScheduleRules {
  return {
    timeZone: settings.timeZone,
    openingHours: settings.openingHours,
    closedDates: settings.closedDates,
    slotMinutes: settings.slotMinutes,
    bays: settings.bays,
    bufferMinutes: settings.bufferMinutes,
    minNoticeMinutes: settings.minNoticeMinutes,
    horizonDays: settings.horizonDays,
  };
}

function checkedRanges(day: string, ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = ranges
    .map((range) => ({ start: range.start, end: range.end }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  sorted.forEach((range, index) => {
    if (range.start >= range.end) {
      throw SchedulingError.invalid(`openingHours.${day}`, 'each range must end after it starts');
    }
    const previous = sorted[index - 1];
    if (previous && previous.end > range.start) {
      throw SchedulingError.invalid(`openingHours.${day}`, 'ranges must not overlap');
    }
  });
  return sorted;
}

function present(settings: ScheduleSettings): ScheduleSettingsResponse {
  return {
    timeZone: settings.timeZone,
    openingHours: settings.openingHours as ScheduleSettingsResponse['openingHours'],
    closedDates: settings.closedDates,
    slotMinutes: settings.slotMinutes,
    bays: settings.bays,
    bufferMinutes: settings.bufferMinutes,
    minNoticeMinutes: settings.minNoticeMinutes,
    horizonDays: settings.horizonDays,
    cancellationCutoffMinutes: settings.cancellationCutoffMinutes,
    reminderLeadMinutes: settings.reminderLeadMinutes,
  };
}
