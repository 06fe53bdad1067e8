import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarX2, LinkIcon } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem, problemCode } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Badge } from '@/ui/badge';
import { Button, type ButtonProps } from '@/ui/button';
import { TextAreaField } from '@/ui/text-area-field';
import { isFinal } from '../api/final-error';
import { cancelBooking, type PublicBooking, rescheduleBooking, viewBooking } from '../api/public-api';
import { AccentStyle } from '../shared/accent-style';
import { CalendarDownload } from '../shared/calendar-download';
import { type IsoDate, localDateOf } from '../shared/calendar-dates';
import type { Slot } from '../shared/nearest-slots';
import { NearestOffer } from '../shared/nearest-offer';
import { PageLoading, PublicLayout, StatusPage } from '../shared/public-layout';
import { SlotPicker } from '../shared/slot-picker';
import { takenOffer } from '../shared/taken-offer';
import { type PublicFormat, usePublicFormat } from '../shared/use-public-format';
import { useWorkshopLanguage } from '../shared/workshop-language';
import { WorkshopUnavailable } from '../shared/workshop-unavailable';
import { FragmentToken } from '../shared/fragment-token';

/** The mailed manage link's token: read once, then only in memory. */
const manageLink = new FragmentToken();
const REASON_MAX = 500;
const BOOKING_KEY = ['public', 'booking'] as const;

/** `/booking#token=…`: the customer's booking from the mailed link. */
export function ManagePage() {
  const { t } = useTranslation('public');
  const [token] = useState(() => manageLink.take());
  const booking = useQuery({
    queryKey: BOOKING_KEY,
    queryFn: ({ signal }) => viewBooking(token!, signal),
    enabled: token !== null,
    retry: (count, error) => !isFinal(error) && count < 2,
  });
  useWorkshopLanguage(booking.data?.workshop.locale);
  if (!token || problemCode(booking.error) === 'booking-not-found') {
    return (
      <StatusPage
        icon={<LinkIcon aria-hidden="true" className="size-12 text-ink-muted" />}
        title={t('manage.notFound')}
      >
        <p className="text-ink-muted">{t('manage.notFoundBody')}</p>
      </StatusPage>
    );
  }
  if (booking.isPending) return <PageLoading />;
  if (booking.isError) return <WorkshopUnavailable error={booking.error} onRetry={() => void booking.refetch()} />;
  return (
    <>
      <AccentStyle accent={booking.data.workshop.accentColor} />
      <ManageBooking token={token} booking={booking.data} />
    </>
  );
}

type Mode = 'view' | 'reschedule' | 'cancel' | 'confirmCancel';

function ManageBooking({ token, booking }: { readonly token: string; readonly booking: PublicBooking }) {
  const { t } = useTranslation('public');
  const queryClient = useQueryClient();
  const { workshop } = booking;
  const format = usePublicFormat(workshop.timeZone, workshop.currency);
  const [mode, setMode] = useState<Mode>('view');
  const [day, setDay] = useState<IsoDate | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [reason, setReason] = useState('');
  const [offer, setOffer] = useState<Slot[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [mode]);

  const settle = (changed: PublicBooking, message: string) => {
    queryClient.setQueryData(BOOKING_KEY, changed);
    void queryClient.invalidateQueries({ queryKey: ['public', 'availability'] });
    setMode('view');
    setSlot(null);
    setOffer(null);
    setFailure(null);
    setNotice(message);
  };
  const fail = (error: unknown) => setFailure(asProblem(error)?.detail ?? t('failure.generic'));

  const reschedule = useMutation({
    mutationFn: (startsAt: string) => rescheduleBooking(token, startsAt),
    onSuccess: (changed) => settle(changed, t('manage.moved', { when: format.dateTime(changed.startsAt) })),
    onError: async (error, startsAt) => {
      const code = problemCode(error);
      if (code === 'slot-taken' || code === 'buffer-conflict') {
        setOffer(
          await takenOffer(queryClient, error, {
            slug: workshop.slug,
            serviceIds: booking.serviceIds,
            asked: startsAt,
            timeZone: workshop.timeZone,
            horizonDays: workshop.horizonDays,
          }).catch(() => []),
        );
        return;
      }
      if (code === 'cancellation-cutoff' || code === 'invalid-transition')
        void queryClient.invalidateQueries({ queryKey: BOOKING_KEY });
      fail(error);
    },
  });
  const cancel = useMutation({
    mutationFn: () => cancelBooking(token, reason),
    onSuccess: (changed) => settle(changed, t('manage.cancelled')),
    onError: (error) => {
      void queryClient.invalidateQueries({ queryKey: BOOKING_KEY });
      fail(error);
    },
  });

  const past = Date.parse(booking.endsAt) < Date.now();
  const open = booking.changeable && !past;
  const status = past && booking.status !== 'cancelled' ? 'past' : booking.status;

  /** While changing the booking: "keep it" on the left, the step's own action on the right. */
  const keepOr = (action: ButtonProps) => (
    <>
      <Button variant="secondary" size="lg" onClick={() => setMode('view')}>
        {t('manage.keep')}
      </Button>
      <FooterAction {...action} />
    </>
  );
  let footer: React.ReactNode;
  if (mode === 'reschedule') {
    footer = keepOr({
      disabled: !slot || offer !== null,
      busy: reschedule.isPending,
      onClick: () => slot && reschedule.mutate(slot.start),
      children: slot ? t('manage.moveTo', { when: format.time(slot.start) }) : t('manage.pickTime'),
    });
  } else if (mode === 'cancel') {
    footer = keepOr({
      variant: 'danger',
      disabled: reason.length > REASON_MAX,
      onClick: () => setMode('confirmCancel'),
      children: t('manage.cancelContinue'),
    });
  } else if (mode === 'confirmCancel') {
    footer = keepOr({
      variant: 'danger',
      busy: cancel.isPending,
      onClick: () => cancel.mutate(),
      children: t('manage.cancelConfirm'),
    });
  } else if (open) {
    footer = (
      <>
        <Button variant="secondary" size="lg" className="flex-1 sm:flex-none" onClick={() => setMode('cancel')}>
          {t('manage.cancel')}
        </Button>
        <FooterAction
          onClick={() => {
            setNotice(null);
            setMode('reschedule');
          }}
        >
          {t('manage.reschedule')}
        </FooterAction>
      </>
    );
  }

  return (
    <PublicLayout workshop={workshop} footer={footer}>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold">
        {t(`manage.title.${mode}`)}
      </h1>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {failure ? <Alert tone="danger">{failure}</Alert> : null}

      <BookingSummary booking={booking} status={status} format={format} showZone={mode !== 'reschedule'} />

      {mode === 'view' ? (
        <>
          <Rules booking={booking} open={open} past={past} format={format} />
          {booking.status !== 'cancelled' && !past ? <CalendarDownload token={token} /> : null}
        </>
      ) : null}

      {mode === 'reschedule' ? (
        <>
          {workshop.minNoticeMinutes > 0 ? (
            <p className="text-sm text-ink-muted">
              {t('manage.noticeRule', { notice: format.duration(workshop.minNoticeMinutes) })}
            </p>
          ) : null}
          {offer ? (
            <NearestOffer
              slots={offer}
              format={format}
              onPick={(picked) => {
                setOffer(null);
                setDay(localDateOf(picked.start));
                setSlot(picked);
              }}
            />
          ) : null}
          <SlotPicker
            slug={workshop.slug}
            serviceIds={booking.serviceIds}
            timeZone={workshop.timeZone}
            horizonDays={workshop.horizonDays}
            day={day}
            onDayChange={(next) => {
              setDay(next);
              if (slot && localDateOf(slot.start) !== next) setSlot(null);
            }}
            selected={slot}
            onSelect={(picked) => {
              setOffer(null);
              setSlot(picked);
            }}
          />
        </>
      ) : null}

      {mode === 'cancel' ? (
        <TextAreaField
          label={t('manage.reason')}
          hint={t('manage.reasonHint', { count: REASON_MAX - reason.length })}
          value={reason}
          maxLength={REASON_MAX}
          onChange={(event) => setReason(event.target.value)}
          error={reason.length > REASON_MAX ? t('errors.tooLong') : undefined}
        />
      ) : null}

      {mode === 'confirmCancel' ? (
        <Alert tone="warning" title={t('manage.confirmTitle', { when: format.dateTime(booking.startsAt) })}>
          {reason.trim() ? t('manage.confirmReason', { reason: reason.trim() }) : t('manage.confirmNoReason')}
        </Alert>
      ) : null}
    </PublicLayout>
  );
}

/** The footer's main action: large, and taking the row's far end on wider screens. */
function FooterAction(action: ButtonProps) {
  return <Button size="lg" className="flex-1 sm:ml-auto sm:flex-none" {...action} />;
}

function BookingSummary({
  booking,
  status,
  format,
  showZone,
}: {
  readonly booking: PublicBooking;
  readonly status: string;
  readonly format: PublicFormat;
  /** The picker below states the zone itself while moving. */
  readonly showZone: boolean;
}) {
  const { t } = useTranslation('public');
  const tone =
    status === 'cancelled' ? 'danger' : status === 'confirmed' || status === 'requested' ? 'success' : 'neutral';
  return (
    <section
      aria-labelledby="booking-when"
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2
          id="booking-when"
          className={status === 'cancelled' ? 'text-lg font-semibold line-through' : 'text-lg font-semibold'}
        >
          {format.dateTime(booking.startsAt)}
        </h2>
        <Badge tone={tone}>{t(`status.${status}`, { defaultValue: status })}</Badge>
      </div>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-ink-muted">{t('review.service')}</dt>
          <dd className="font-medium">{booking.services.join(', ')}</dd>
        </div>
        <div>
          <dt className="text-ink-muted">{t('manage.duration')}</dt>
          <dd className="font-medium">
            {format.duration(booking.durationMinutes)} · {t('manage.until', { time: format.time(booking.endsAt) })}
          </dd>
        </div>
        {booking.cancellationReason ? (
          <div className="sm:col-span-2">
            <dt className="text-ink-muted">{t('manage.reasonGiven')}</dt>
            <dd className="break-words font-medium">{booking.cancellationReason}</dd>
          </div>
        ) : null}
      </dl>
      {showZone ? <p className="text-sm text-ink-muted">{t('time.zone', { zone: format.zone })}</p> : null}
    </section>
  );
}

/** The workshop's cut-off in words, or why the booking is read-only. */
function Rules({
  booking,
  open,
  past,
  format,
}: {
  readonly booking: PublicBooking;
  readonly open: boolean;
  readonly past: boolean;
  readonly format: PublicFormat;
}) {
  const { t } = useTranslation('public');
  const { workshop } = booking;
  const phone = workshop.phone ?? '';
  if (booking.status === 'cancelled') {
    return (
      <Alert tone="info" title={t('manage.readOnlyCancelled')}>
        {t('manage.bookAgain')}{' '}
        <a className="font-semibold underline underline-offset-2" href={`/book/${workshop.slug}`}>
          {t('manage.bookAgainLink')}
        </a>
      </Alert>
    );
  }
  if (past) return <Alert tone="info">{t('manage.readOnlyPast')}</Alert>;
  if (!open) {
    return (
      <Alert tone="warning" title={t('manage.tooLate')}>
        {phone ? t('manage.callPhone', { phone }) : t('manage.callWorkshop')}
      </Alert>
    );
  }
  return (
    <div className="flex items-start gap-2 rounded-xl border border-line bg-surface-2 p-4 text-sm">
      <CalendarX2 aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <p>
        {workshop.cancellationCutoffMinutes > 0
          ? t('manage.cutoffRule', {
              until: format.dateTime(booking.changeableUntil),
              before: format.duration(workshop.cancellationCutoffMinutes),
            })
          : t('manage.anytimeRule')}
      </p>
    </div>
  );
}
