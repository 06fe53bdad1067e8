import { Injectable } from '@nestjs/common';
import { AuditTrail, TenantDatabase } from '@pitlane/core';
import { WorkshopProfileService } from '@pitlane/identity';
import { OpeningHours, ScheduleRules, TimeRange, WEEKDAYS } from '../availability/availability-engine';
import { SchedulingError } from '../errors/scheduling.error';
import { UpdateScheduleSettingsDto } from './dto/update-schedule-settings.dto';
import { ScheduleSettings, ScheduleSettingsRow } from './schedule-settings.entity';
import { ScheduleSettingsRepository } from './schedule-settings.repository';
import { ScheduleSettingsResponse } from './schedule-settings.response';

const WORKDAY: readonly TimeRange[] = [{ start: '08:00', end: '17:00' }];
const BAY_NAME_MAX = 40;

/** The brand colour of the staff app: the public page's accent until the owner picks another. */
export const DEFAULT_ACCENT_COLOR = '#c2410c';

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
  bookingPageEnabled: true,
  bookingAccentColor: DEFAULT_ACCENT_COLOR,
} as const;

/** "Bay 1", "Bay 2", …: what a bay is called until the owner names it. */
export function defaultBayName(bay: number): string {
  return `Bay ${bay}`;
}

/**
 * The workshop's schedule settings: read (with defaults) and changed by owners and managers. They
 * run in the workshop's time zone, shown here but changed only on the workshop profile (owners).
 */
@Injectable()
export class ScheduleSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: ScheduleSettingsRepository,
    private readonly workshops: WorkshopProfileService,
    private readonly audit: AuditTrail,
  ) {}

  get(): Promise<ScheduleSettingsResponse> {
    return this.db.transaction(async () => present(await this.load()));
  }

  update(input: UpdateScheduleSettingsDto): Promise<ScheduleSettingsResponse> {
    return this.db.transaction(async () => {
      const current = await this.load(true);
      const changes: Partial<ScheduleSettingsRow> = {};
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
        // The DTO already refused anything but real calendar dates ("YYYY-MM-DD", no 30 February).
        changes.closedDates = [...new Set(input.closedDates)].sort();
      }
      const bayNames = namesFor(current, input);
      if (bayNames) changes.bayNames = bayNames;
      if (input.bookingAccentColor !== undefined) {
        const color = input.bookingAccentColor.toLowerCase();
        if (color !== current.bookingAccentColor) changes.bookingAccentColor = color;
      }
      if (input.bookingPageEnabled !== undefined && input.bookingPageEnabled !== current.bookingPageEnabled) {
        changes.bookingPageEnabled = input.bookingPageEnabled;
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
      await this.repository.update(changes);
      await this.audit.record({
        action: 'schedule.updated',
        entityType: 'schedule_settings',
        entityId: current.tenantId,
        changedFields: changed,
      });
      return present(await this.load());
    });
  }

  /**
   * The settings (the row, created with defaults on first use) in the workshop's time zone, read
   * fresh from the workshop profile. Runs in the open tenant transaction (or opens one).
   */
  load(lock = false): Promise<ScheduleSettings> {
    return this.db.transaction(async () => {
      const row = await this.row(lock);
      const { timeZone } = await this.workshops.current();
      return { ...row, timeZone };
    });
  }

  private async row(lock: boolean): Promise<ScheduleSettingsRow> {
    const found = await this.repository.find(lock);
    if (found) return found;
    await this.repository.insertIfAbsent({
      ...DEFAULT_SCHEDULE,
      openingHours: DEFAULT_SCHEDULE.openingHours,
      closedDates: [],
      bayNames: Array.from({ length: DEFAULT_SCHEDULE.bays }, (_, index) => defaultBayName(index + 1)),
    });
    const inserted = await this.repository.find(lock);
    if (!inserted) throw new Error('The schedule settings just written are not visible in their transaction');
    return inserted;
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

/**
 * The bay names to store after this change, or undefined when they stay. Sent names are trimmed
 * and must be 1–40 characters, unlike each other (ignoring case) and one per bay. A change of
 * `bays` alone keeps the names of the bays that stay and names new ones "Bay n" (or "Bay n (2)"
 * when an existing bay already has that name).
 */
function namesFor(
  current: ScheduleSettingsRow,
  input: Pick<UpdateScheduleSettingsDto, 'bays' | 'bayNames'>,
): string[] | undefined {
  const bays = input.bays ?? current.bays;
  if (input.bayNames !== undefined) {
    const names = input.bayNames.map((name) => name.trim());
    const seen = new Set<string>();
    names.forEach((name, index) => {
      if (name.length < 1 || name.length > BAY_NAME_MAX) {
        throw SchedulingError.invalid(`bayNames.${index}`, `must be 1 to ${BAY_NAME_MAX} characters`);
      }
      const key = name.toLocaleLowerCase();
      if (seen.has(key)) throw SchedulingError.invalid(`bayNames.${index}`, 'names another bay already');
      seen.add(key);
    });
    if (names.length !== bays) {
      throw SchedulingError.invalid('bayNames', `must name each of the ${bays} bays, in bay order`);
    }
    return names.every((name, index) => name === current.bayNames[index]) && names.length === current.bayNames.length
      ? undefined
      : names;
  }
  if (bays === current.bayNames.length) return undefined;
  const names = current.bayNames.slice(0, bays);
  const taken = new Set(names.map((name) => name.toLocaleLowerCase()));
  for (let bay = names.length + 1; bay <= bays; bay += 1) {
    let name = defaultBayName(bay);
    for (let copy = 2; taken.has(name.toLocaleLowerCase()); copy += 1) name = `${defaultBayName(bay)} (${copy})`;
    taken.add(name.toLocaleLowerCase());
    names.push(name);
  }
  return names;
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
    bayNames: settings.bayNames,
    bufferMinutes: settings.bufferMinutes,
    minNoticeMinutes: settings.minNoticeMinutes,
    horizonDays: settings.horizonDays,
    cancellationCutoffMinutes: settings.cancellationCutoffMinutes,
    reminderLeadMinutes: settings.reminderLeadMinutes,
    bookingPageEnabled: settings.bookingPageEnabled,
    bookingAccentColor: settings.bookingAccentColor,
  };
}
