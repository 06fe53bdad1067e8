import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, preferredLanguage } from '@/lib/i18n/i18n';
import '../app/theme.css';
import { loadPublicMessages } from './public-messages';
import { PublicApp } from './public-app';
import { addressLanguage } from './shared/language-switch';

// The customer's own pick (in the address) first; the workshop's language follows once known.
void initI18n(
  loadPublicMessages,
  ['public', 'ui'],
  addressLanguage(window.location.search) ?? preferredLanguage(),
).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PublicApp />
    </StrictMode>,
  );
});
