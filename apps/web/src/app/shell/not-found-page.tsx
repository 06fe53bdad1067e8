import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/ui/button';

/** Missing and another workshop's records look the same: the API answers 404 for both. */
export function NotFoundPage() {
  const { t } = useTranslation('app');
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
      <p className="text-ink-muted">{t('notFound.body')}</p>
      <Link to="/home" className={buttonClasses('secondary')}>
        {t('notFound.home')}
      </Link>
    </main>
  );
}
