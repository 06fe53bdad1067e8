import { useTranslation } from 'react-i18next';
import type { CalendarData } from '../api/calendar-queries';

/** A bay as people call it: the schedule's name for it, else "Bay 3" (a bay since removed). */
export function useBayLabel(data: CalendarData | undefined): (bay: number) => string {
  const { t } = useTranslation('calendar');
  return (bay) => data?.lanes.find((lane) => lane.bay === bay)?.name ?? t('bay', { number: bay });
}
