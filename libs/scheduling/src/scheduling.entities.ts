import { AppointmentLine } from './appointments/appointment-line.entity';
import { Appointment } from './appointments/appointment.entity';
import { ServiceOffering } from './catalog/service-offering.entity';
import { ScheduleSettings } from './settings/schedule-settings.entity';

export const SCHEDULING_ENTITIES = [Appointment, AppointmentLine, ScheduleSettings, ServiceOffering];
