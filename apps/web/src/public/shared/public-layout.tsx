import { MapPin, Phone } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import type { PublicWorkshopSummary } from '../api/public-api';
import { isEmbedded } from './embed-mode';
import { LanguageSwitch } from './language-switch';

/** What the frame shows of a workshop: a booking page's summary or an estimate's contact. */
type LayoutWorkshop = Pick<PublicWorkshopSummary, 'name' | 'address' | 'phone'>;

/**
 * The frame of every customer page: the workshop's name and language, its contact below; only
 * the page itself inside the embedded widget, whose host site is the frame.
 */
export function PublicLayout({
  workshop,
  children,
  footer,
}: {
  readonly workshop?: LayoutWorkshop;
  readonly children: ReactNode;
  /** The sticky action bar at the bottom (one-handed on a phone). */
  readonly footer?: ReactNode;
}) {
  const { t } = useTranslation('public');
  const embedded = isEmbedded();
  const address = workshop
    ? [workshop.address.street, [workshop.address.postalCode, workshop.address.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <div className="flex min-h-dvh flex-col">
      {embedded ? null : (
        <header className="border-b border-line bg-surface">
          <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
            <p className="min-w-0 truncate text-lg font-bold">{workshop?.name ?? 'Pitlane'}</p>
            <LanguageSwitch />
          </div>
        </header>
      )}
      <main className={cx('mx-auto flex w-full max-w-3xl flex-1 flex-col gap-4 px-4', embedded ? 'py-3' : 'py-5')}>
        {children}
      </main>
      {footer ? (
        <div className="sticky bottom-0 z-10 border-t border-line bg-surface/95 backdrop-blur">
          <div className="mx-auto flex max-w-3xl items-center gap-3 px-4 py-3">{footer}</div>
        </div>
      ) : null}
      {!embedded && workshop && (address || workshop.phone) ? (
        <footer className="border-t border-line bg-surface">
          <div className="mx-auto flex max-w-3xl flex-col gap-2 px-4 py-4 text-sm text-ink-muted sm:flex-row sm:gap-6">
            {address ? (
              <p className="flex items-center gap-2">
                <MapPin aria-hidden="true" className="size-4 shrink-0" />
                <span>
                  <span className="sr-only">{t('address')}: </span>
                  {address}
                </span>
              </p>
            ) : null}
            {workshop.phone ? (
              <p className="flex items-center gap-2">
                <Phone aria-hidden="true" className="size-4 shrink-0" />
                <a className="underline underline-offset-2" href={`tel:${workshop.phone.replace(/[^\d+]/g, '')}`}>
                  <span className="sr-only">{t('phone')}: </span>
                  {workshop.phone}
                </a>
              </p>
            ) : null}
          </div>
        </footer>
      ) : null}
    </div>
  );
}

/** A whole-page message: not found, not taking bookings, a link that does not work. */
export function StatusPage({
  icon,
  title,
  children,
}: {
  readonly icon: ReactNode;
  readonly title: string;
  readonly children?: ReactNode;
}) {
  return (
    <PublicLayout>
      <section className="mx-auto flex max-w-md flex-1 flex-col items-center justify-center gap-4 py-10 text-center">
        {icon}
        <h1 className="text-2xl font-bold">{title}</h1>
        {children}
      </section>
    </PublicLayout>
  );
}

/** The page's loading state: announced, and the same height as little as possible. */
export function PageLoading() {
  const { t } = useTranslation('public');
  return (
    <PublicLayout>
      <div role="status" className="flex flex-1 items-center justify-center gap-3 py-16 text-ink-muted">
        <span
          aria-hidden="true"
          className="inline-block size-6 animate-spin rounded-full border-2 border-current border-r-transparent"
        />
        {t('loading')}
      </div>
    </PublicLayout>
  );
}
