import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '@/lib/api/query-client';
import { initI18n, preferredLanguage } from '@/lib/i18n/i18n';
import { Toaster } from '@/ui/toaster';
import { loadMessages } from './messages';
import { createAppRouter } from './router';
import { FullPageSpinner } from './shell/full-page-spinner';
import { installSearchShortcuts } from './shell/search-shortcuts';
import './theme.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
installSearchShortcuts();

void initI18n(loadMessages, ['app', 'ui'], preferredLanguage()).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Suspense fallback={<FullPageSpinner />}>
          <RouterProvider router={router} />
        </Suspense>
        <Toaster />
      </QueryClientProvider>
    </StrictMode>,
  );
});
