import { CalendarClock, FileCheck2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';

type Page = 'booking' | 'manage' | 'estimate' | 'unknown';

/** Which customer page this address is; tokens ride in the fragment and never reach a log. */
export function pageOf(pathname: string): Page {
  if (pathname === '/book' || pathname.startsWith('/book/')) return 'booking';
  if (pathname === '/booking') return 'manage';
  if (pathname === '/estimate') return 'estimate';
  return 'unknown';
}

/**
 * The customer pages' entry. Booking, managing a booking and approving an estimate are built in
 * the next releases; until then each mailed link opens a clear page, never raw data.
 */
export function PublicApp() {
  const { t } = useTranslation('public');
  const page = pageOf(window.location.pathname);
  const Icon = page === 'estimate' ? FileCheck2 : CalendarClock;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <Icon aria-hidden="true" className="size-12 text-brand" />
      <h1 className="text-2xl font-bold">{t(`${page}.title`)}</h1>
      <p className="text-ink-muted">{t(`${page}.body`)}</p>
      <p className="text-sm text-ink-muted">{t('callWorkshop')}</p>
    </main>
  );
}
