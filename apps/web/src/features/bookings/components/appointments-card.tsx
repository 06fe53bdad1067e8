import { Link } from '@tanstack/react-router';
import { CalendarPlus } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { $api } from '@/lib/api/api-client';
import { useMe } from '@/lib/session/me';
import { Badge } from '@/ui/badge';
import { buttonClasses } from '@/ui/button';
import { Card } from '@/ui/card';
import { LoadFailed } from '@/ui/load-failed';
import { FIRST_PAGE, ShowMore, useGrowingLimit } from '@/ui/show-more';
import { LoadingRows } from '@/ui/skeleton';
import {
  useAppointmentList,
  type Appointment,
  type AppointmentListWhen,
  type AppointmentOwner,
} from '../api/appointment-list-queries';

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pl: 'pl-PL', da: 'da-DK' };

const TONE: Record<Appointment['status'], 'neutral' | 'brand' | 'success' | 'warning' | 'danger'> = {
  requested: 'warning',
  confirmed: 'brand',
  checked_in: 'success',
  completed: 'success',
  no_show: 'danger',
  cancelled: 'neutral',
};

/** Today in the workshop's zone, "YYYY-MM-DD": the day the calendar opens on to book. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/**
 * The bookings of a client or a vehicle, upcoming and past, with date and time in the workshop's
 * zone, services, status and bay; "Book" opens the calendar on today.
 */
export function AppointmentsCard({ owner }: { readonly owner: AppointmentOwner }) {
  const { t } = useTranslation('bookings');
  const { timeZone } = useMe().workshop;
  const upcoming = useAppointmentList(owner, 'upcoming', FIRST_PAGE);
  const past = useAppointmentList(owner, 'past', FIRST_PAGE);
  const book = (
    <Link to="/calendar" search={{ date: todayIn(timeZone) }} className={buttonClasses('secondary', 'sm')}>
      <CalendarPlus aria-hidden="true" className="size-4" />
      {t('book')}
    </Link>
  );
  const none = upcoming.data?.total === 0 && past.data?.total === 0;
  return (
    <Card title={t('title')} actions={none ? undefined : book}>
      {upcoming.isPending || past.isPending ? (
        <LoadingRows label={t('loading')} rows={3} />
      ) : upcoming.isError || past.isError ? (
        <LoadFailed
          title={t('failed')}
          retryLabel={t('retry')}
          onRetry={() => {
            void upcoming.refetch();
            void past.refetch();
          }}
        />
      ) : none ? (
        <div className="flex flex-col items-start gap-3">
          <p className="text-sm text-ink-muted">{t('empty')}</p>
          {book}
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <AppointmentSection owner={owner} when="upcoming" />
          <AppointmentSection owner={owner} when="past" />
        </div>
      )}
    </Card>
  );
}

function AppointmentSection({ owner, when }: { readonly owner: AppointmentOwner; readonly when: AppointmentListWhen }) {
  const { t } = useTranslation('bookings');
  const growing = useGrowingLimit();
  const list = useAppointmentList(owner, when, growing.limit);
  const headingId = `appointments-${when}`;
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-2 text-sm font-semibold text-ink-muted">
        {t(when === 'upcoming' ? 'upcoming' : 'past')}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-ink-muted">{t(when === 'upcoming' ? 'noUpcoming' : 'noPast')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line">
          {items.map((appointment) => (
            <AppointmentRow key={appointment.id} appointment={appointment} />
          ))}
        </ul>
      )}
      <ShowMore
        growing={growing}
        shown={items.length}
        total={total}
        busy={list.isFetching}
        label={(count) => t('more', { count })}
      />
    </section>
  );
}

function AppointmentRow({ appointment }: { readonly appointment: Appointment }) {
  const { t, i18n } = useTranslation('bookings');
  const { timeZone } = useMe().workshop;
  const settings = $api.useQuery('get', '/api/v1/settings/schedule');
  const locale = INTL_LOCALE[i18n.language] ?? i18n.language;
  const format = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
      }),
    [locale, timeZone],
  );
  const bay = settings.data?.bayNames[appointment.bay - 1] ?? t('bay', { n: appointment.bay });
  const cancelled = appointment.status === 'cancelled';
  return (
    <li className="flex flex-col gap-1 py-2 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <time dateTime={appointment.startsAt} className={cancelled ? 'text-ink-muted line-through' : 'font-medium'}>
          {format.format(new Date(appointment.startsAt))}
        </time>
        <Badge tone={TONE[appointment.status]}>{t(`status.${appointment.status}`)}</Badge>
      </div>
      <p className="text-sm text-ink-muted">
        {appointment.services.map((service) => service.name).join(', ') || t('noServices')} · {bay}
      </p>
    </li>
  );
}
