import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, isLanguage, preferredLanguage } from '@/lib/i18n/i18n';
import '../app/theme.css';
import { workshopQuery } from './api/workshop-query';
import { slugOf } from './booking/booking-slug';
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
 * own code, the workshop (its language decides the page's), and the messages of the language
 * the page will most likely speak. The customer's own pick (`?lang=`) wins over the workshop's.
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
  if (slug) await queryClient.prefetchQuery(workshopQuery(slug));
  const locale = slug ? queryClient.getQueryData(workshopQuery(slug).queryKey)?.locale : undefined;
  const language = picked ?? (isLanguage(locale) ? locale : likely);
  await Promise.all([initI18n(loadPublicMessages, NAMESPACES, language), code]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PublicApp queryClient={queryClient} />
    </StrictMode>,
  );
}

void boot();
