import { CheckCircle2, Mail } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CreatedBooking } from '../api/public-api';
import { BRAND_TEXT } from '../shared/accent-style';
import { CalendarDownload } from '../shared/calendar-download';
import { isEmbedded } from '../shared/embed-mode';
import type { PublicFormat } from '../shared/use-public-format';

/** Booked: when, what, the `.ics`, the manage link, and where the mail went. */
export function BookingConfirmation({
  booking,
  email,
  format,
  onBookAnother,
}: {
  readonly booking: CreatedBooking;
  readonly email: string;
  readonly format: PublicFormat;
  readonly onBookAnother: () => void;
}) {
  const { t } = useTranslation('public');
  return (
    <section aria-labelledby="done-title" className="flex flex-col gap-4">
      <div className="flex flex-col items-center gap-2 text-center">
        <CheckCircle2 aria-hidden="true" className="size-12 text-success" />
        <h1 id="done-title" tabIndex={-1} className="text-2xl font-bold">
          {t('done.title')}
        </h1>
        <p className="text-lg font-semibold">{format.dateTime(booking.startsAt)}</p>
        <p className="text-ink-muted">{booking.services.join(', ')}</p>
      </div>
      <p className="flex items-start gap-2 rounded-xl border border-line bg-surface p-4">
        <Mail aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
        <span>{t('done.mailed', { email })}</span>
      </p>
      <CalendarDownload token={booking.manageToken} />
      <a
        href={`/booking#token=${encodeURIComponent(booking.manageToken)}`}
        // The manage page is never framed (only the booking page may be): from the widget it opens on its own.
        {...(isEmbedded() ? { target: '_blank', rel: 'noopener' } : {})}
        className="flex min-h-12 items-center justify-center rounded-lg border border-line bg-surface px-5 font-semibold text-ink hover:bg-surface-2"
      >
        {t('done.manage')}
      </a>
      <p className="text-sm text-ink-muted">
        {t('done.changeRule', { until: format.dateTime(booking.changeableUntil) })}
      </p>
      <button
        type="button"
        onClick={onBookAnother}
        className={`min-h-11 self-center rounded-lg px-3 text-sm font-semibold underline underline-offset-2 ${BRAND_TEXT}`}
      >
        {t('done.another')}
      </button>
    </section>
  );
}
