import { Outlet } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, rememberLanguage, setLanguage } from '@/lib/i18n/i18n';
import { Spinner } from '@/ui/spinner';

/** Sign-in, sign-up and the pages mails link to: one calm column, with a language switch. */
export function AccountLayout() {
  const { t, i18n } = useTranslation('app');
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-5 py-4">
        <a href="/" className="flex items-center gap-2 text-lg font-bold">
          <img src="/favicon.svg" alt="" className="size-7" /> Pitlane
        </a>
        <label className="flex items-center gap-2 text-sm">
          <span className="sr-only">{t('account.language')}</span>
          <select
            className="h-9 rounded-md border border-line bg-surface px-2"
            value={i18n.language}
            onChange={(event) => {
              const language = event.target.value;
              if (!isLanguage(language)) return;
              rememberLanguage(language);
              void setLanguage(language);
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-5 pt-4 pb-16">
        <Suspense
          fallback={
            <div className="grid place-items-center py-16 text-brand">
              <Spinner />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
