import { AppointmentLine } from './appointments/appointment-line.entity';
import { Appointment } from './appointments/appointment.entity';
import { ServiceOffering } from './catalog/service-offering.entity';
import { ScheduleSettingsRow } from './settings/schedule-settings.entity';

export const SCHEDULING_ENTITIES = [Appointment, AppointmentLine, ScheduleSettingsRow, ServiceOffering];
