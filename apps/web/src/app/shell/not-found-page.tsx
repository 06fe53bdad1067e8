import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/ui/button';

const LAYOUT = 'mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center';

/** Missing and another workshop's records look the same: the API answers 404 for both. */
export function NotFoundPage() {
  return (
    <main className={LAYOUT}>
      <NotFoundMessage />
    </main>
  );
}

/** The same page inside the staff shell, whose own `<main>` holds it (one main landmark per page). */
export function NotFoundInShell() {
  return (
    <div className={LAYOUT}>
      <NotFoundMessage />
    </div>
  );
}

function NotFoundMessage() {
  const { t } = useTranslation('app');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
      <p className="text-ink-muted">{t('notFound.body')}</p>
      <Link to="/home" className={buttonClasses('secondary')}>
        {t('notFound.home')}
      </Link>
    </>
  );
}
