import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SearchX } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingPage } from './booking/booking-page';
import { slugOf } from './booking/booking-steps';
import { EstimatePage } from './estimate/estimate-page';
import { ManagePage } from './manage/manage-page';
import { StatusPage } from './shared/public-layout';

type Page = 'booking' | 'manage' | 'estimate' | 'unknown';

/** Which customer page this address is; tokens ride in the fragment and never reach a log. */
export function pageOf(pathname: string): Page {
  if (pathname === '/book' || pathname.startsWith('/book/')) return 'booking';
  if (pathname === '/booking') return 'manage';
  if (pathname === '/estimate') return 'estimate';
  return 'unknown';
}

/** The customer pages' entry: booking, managing a booking, and approving an estimate. */
export function PublicApp() {
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false }, mutations: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <PublicPage />
    </QueryClientProvider>
  );
}

function PublicPage() {
  const { t } = useTranslation('public');
  const page = pageOf(window.location.pathname);
  if (page === 'booking') {
    const slug = slugOf(window.location.pathname);
    if (slug) return <BookingPage slug={slug} />;
  }
  if (page === 'manage') return <ManagePage />;
  if (page === 'estimate') return <EstimatePage />;
  return (
    <StatusPage icon={<SearchX aria-hidden="true" className="size-12 text-ink-muted" />} title={t('unknown.title')}>
      <p className="text-ink-muted">{t('unknown.body')}</p>
    </StatusPage>
  );
}
