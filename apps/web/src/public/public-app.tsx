import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { slugOf } from './booking/booking-slug';
import { preloadable } from './shared/preloadable';
import { StatusPage } from './shared/public-layout';

// Each page in a chunk of its own: a customer booking never downloads the manage page.
const BookingPage = preloadable(() => import('./booking/booking-page').then((module) => module.BookingPage));
const ManagePage = preloadable(() => import('./manage/manage-page').then((module) => module.ManagePage));
const EstimatePage = preloadable(() => import('./estimate/estimate-page').then((module) => module.EstimatePage));

type Page = 'booking' | 'manage' | 'estimate' | 'unknown';

/** Which customer page this address is; tokens ride in the fragment and never reach a log. */
export function pageOf(pathname: string): Page {
  if (pathname === '/book' || pathname.startsWith('/book/')) return 'booking';
  if (pathname === '/booking') return 'manage';
  if (pathname === '/estimate') return 'estimate';
  return 'unknown';
}

/** Starts fetching the code of `page`, so the boot can fetch it beside its data. */
export function preloadPage(page: Page): Promise<unknown> {
  if (page === 'booking') return BookingPage.preload();
  if (page === 'manage') return ManagePage.preload();
  if (page === 'estimate') return EstimatePage.preload();
  return Promise.resolve();
}

/** The customer pages' entry: booking, managing a booking, and approving an estimate. */
export function PublicApp({ queryClient }: { readonly queryClient: QueryClient }) {
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
