import { ClientsService } from '@pitlane/garage';
import {
  CreateServiceDto,
  ScheduleSettingsService,
  ServiceCatalog,
  ServiceOfferingResponse,
  UpdateScheduleSettingsDto,
} from '@pitlane/scheduling';
import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { MediumContext, MediumTenant } from '../../../../test/medium/medium-context';

export const ZONE = 'Europe/Warsaw';
const WORKDAY = [{ start: '08:00', end: '17:00' }];

/** A schedule the tests control: weekdays 08–17, 60-minute slots, two bays, no notice, a year ahead. */
export async function configureSchedule(
  medium: MediumContext,
  tenant: MediumTenant,
  overrides: UpdateScheduleSettingsDto = {},
): Promise<void> {
  await medium.as(tenant.owner, () =>
    medium.get(ScheduleSettingsService).update({
      openingHours: { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
      slotMinutes: 60,
      bays: 2,
      bufferMinutes: 0,
      minNoticeMinutes: 0,
      horizonDays: 365,
      cancellationCutoffMinutes: 0,
      ...overrides,
    }),
  );
}

export function addService(
  medium: MediumContext,
  tenant: MediumTenant,
  overrides: Partial<CreateServiceDto> = {},
): Promise<ServiceOfferingResponse> {
  return medium.as(tenant.owner, () =>
    medium
      .get(ServiceCatalog)
      .create({ name: 'Oil change', durationMinutes: 60, priceMinor: 25_000, vatRateBp: 2300, ...overrides }),
  );
}

/** A client of `tenant` with an e-mail address, written by garage's own service. */
export async function addClient(medium: MediumContext, tenant: MediumTenant): Promise<string> {
  const client = await medium.as(tenant.owner, () =>
    medium.get(ClientsService).create(tenant.owner, {
      firstName: 'Jan',
      lastName: 'Nowak',
      email: `jan-${randomBytes(4).toString('hex')}@medium.test`,
    }),
  );
  return client.id;
}

/** A Tuesday to Thursday `daysAhead` or more days from now, at `hour`:00 in Warsaw. */
export function weekdayAt(hour: number, daysAhead = 7): DateTime {
  let day = DateTime.now().setZone(ZONE).startOf('day').plus({ days: daysAhead });
  while (day.weekday < 2 || day.weekday > 4) day = day.plus({ days: 1 });
  return day.set({ hour });
}

export function iso(time: DateTime): string {
  return time.toISO({ suppressMilliseconds: true }) ?? '';
}
