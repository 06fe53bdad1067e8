import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, preferredLanguage } from '@/lib/i18n/i18n';
import '../app/theme.css';
import { loadPublicMessages } from './public-messages';
import { PublicApp } from './public-app';

void initI18n(loadPublicMessages, ['public', 'ui'], preferredLanguage()).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PublicApp />
    </StrictMode>,
  );
});
