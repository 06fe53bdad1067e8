import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, isLanguage, preferredLanguage } from '@/lib/i18n/i18n';
import '../app/theme.css';
import { estimateQuery } from './api/estimate-query';
import { isFinal } from './api/final-error';
import { workshopQuery } from './api/workshop-query';
import { slugOf } from './booking/booking-slug';
import { estimateLink } from './estimate/estimate-link';
import { loadPublicMessages } from './public-messages';
import { pageOf, PublicApp, preloadPage } from './public-app';
import { isEmbedded } from './shared/embed-mode';
import { addressLanguage } from './shared/language-switch';

const NAMESPACES = ['public', 'ui'] as const;

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false }, mutations: { retry: false } },
});

/**
 * What the first paint needs, fetched side by side rather than one after another: the page's
 * own code, the workshop or the estimate (the workshop's language decides the page's), and the
 * messages of the language the page will most likely speak. The customer's own pick (`?lang=`)
 * wins over the workshop's.
 */
async function boot(): Promise<void> {
  if (isEmbedded()) {
    // The widget lets the workshop's own page show through its iframe (cards and the action bar
    // keep their surfaces), in the light scheme: dark-scheme text would be light on what is most
    // often a light site, so a dark widget keeps its own dark background. Set here, not in a style
    // sheet the first paint would wait for.
    document.documentElement.classList.add('embedded');
    const style = document.createElement('style');
    style.textContent = 'html.embedded:not(.dark),html.embedded:not(.dark) body{background:transparent}';
    document.head.append(style);
  }
  const page = pageOf(window.location.pathname);
  const slug = page === 'booking' ? slugOf(window.location.pathname) : null;
  const picked = addressLanguage(window.location.search);
  const likely = picked ?? preferredLanguage();
  const code = preloadPage(page);
  for (const namespace of NAMESPACES) void loadPublicMessages(likely, namespace).catch(() => undefined);
  const locale = await (slug ? bookingLocale(slug) : page === 'estimate' ? estimateLocale() : undefined);
  const language = picked ?? (isLanguage(locale) ? locale : likely);
  await Promise.all([initI18n(loadPublicMessages, NAMESPACES, language), code]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PublicApp queryClient={queryClient} />
    </StrictMode>,
  );
}

/** The language of the workshop behind a booking page. */
async function bookingLocale(slug: string): Promise<string | undefined> {
  await queryClient.prefetchQuery(workshopQuery(slug));
  return queryClient.getQueryData(workshopQuery(slug).queryKey)?.locale;
}

/**
 * The estimate is the page's whole content: fetched here, beside the page's code, the first paint
 * shows it rather than a spinner waiting for the code to ask. Without retries, so a failure does
 * not hold the first paint back: a final one (a link that is not valid) stays for the page to
 * say, any other is forgotten and the page asks again with its retries.
 */
async function estimateLocale(): Promise<string | undefined> {
  const token = estimateLink.take();
  if (!token) return undefined;
  const first = estimateQuery(token, 0);
  await queryClient.prefetchQuery({ ...first, retry: false });
  const { data, error } = queryClient.getQueryState(first.queryKey) ?? {};
  if (error && !isFinal(error)) queryClient.removeQueries({ queryKey: first.queryKey, exact: true });
  return data?.workshop.locale;
}

void boot();
