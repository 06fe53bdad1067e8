import { Module } from '@nestjs/common';
import { GarageModule } from '@pitlane/garage';
import { IdentityModule } from '@pitlane/identity';
import { AppointmentBook } from './appointments/appointment-book';
import { AppointmentHistory } from './appointments/appointment-history';
import { AppointmentCalendar } from './appointments/appointment-calendar';
import { AppointmentClientMerge } from './appointments/appointment-client-merge';
import { AppointmentRepository } from './appointments/appointment.repository';
import { AppointmentsService } from './appointments/appointments.service';
import { BayPlacement } from './appointments/bay-placement';
import { BookingContacts } from './booking/booking-contacts';
import { BookingTokens } from './booking/booking-tokens';
import { ManageLinks } from './booking/manage-links';
import { PublicBookingService } from './booking/public-booking.service';
import { PublicWorkshops } from './booking/public-workshops';
import { ServiceCatalog } from './catalog/service-catalog.service';
import { ServiceOfferingRepository } from './catalog/service-offering.repository';
import { Clock } from './clock';
import { AppointmentMailer } from './notifications/appointment-mailer';
import { ReminderSweep } from './reminders/reminder-sweep';
import { ScheduleSettingsRepository } from './settings/schedule-settings.repository';
import { ScheduleSettingsService } from './settings/schedule-settings.service';

/**
 * Schedule settings, the service catalog, appointments and public booking. Needs the core
 * Config, Database and Audit modules, MailModule (with QueueModule) and the workshops' keyring.
 */
@Module({
  imports: [IdentityModule, GarageModule],
  providers: [
    AppointmentBook,
    AppointmentCalendar,
    AppointmentClientMerge,
    AppointmentHistory,
    AppointmentMailer,
    AppointmentRepository,
    AppointmentsService,
    BayPlacement,
    BookingContacts,
    BookingTokens,
    Clock,
    ManageLinks,
    PublicBookingService,
    PublicWorkshops,
    ScheduleSettingsRepository,
    ScheduleSettingsService,
    ServiceCatalog,
    ServiceOfferingRepository,
  ],
  exports: [
    AppointmentHistory,
    AppointmentCalendar,
    AppointmentMailer,
    AppointmentRepository,
    AppointmentsService,
    Clock,
    PublicBookingService,
    ScheduleSettingsService,
    ServiceCatalog,
  ],
})
export class SchedulingModule {}

/** The worker's part: the sweep that sends due appointment reminders. */
@Module({
  imports: [SchedulingModule],
  providers: [ReminderSweep],
  exports: [ReminderSweep],
})
export class SchedulingRemindersModule {}
