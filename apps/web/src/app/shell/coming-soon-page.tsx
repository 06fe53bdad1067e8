import { Link } from '@tanstack/react-router';
import { Construction } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/ui/button';

/** A screen of a later release: says so plainly instead of showing JSON or nothing. */
export function ComingSoonPage({
  screen,
}: {
  readonly screen: 'calendar' | 'orders' | 'parts' | 'invoices' | 'reports';
}) {
  const { t } = useTranslation('app');
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-3 py-16 text-center">
      <Construction aria-hidden="true" className="size-10 text-brand" />
      <h1 className="text-2xl font-bold">{t('comingSoon.title', { screen: t(`comingSoon.${screen}`) })}</h1>
      <p className="text-ink-muted">{t('comingSoon.body')}</p>
      <Link to="/home" className={buttonClasses('secondary')}>
        {t('comingSoon.home')}
      </Link>
    </div>
  );
}
