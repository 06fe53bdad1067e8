import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session/me';
import { AccountMenu } from './account-menu';

export function PhoneHeader({ onSearch }: { readonly onSearch: () => void }) {
  const { t } = useTranslation('app');
  const me = useMe();
  return (
    <header className="sticky top-0 z-30 flex items-center gap-2 border-b border-line bg-surface/95 px-3 py-2 backdrop-blur lg:hidden print:hidden">
      <img src="/favicon.svg" alt="" className="size-7" />
      <span className="min-w-0 flex-1 truncate font-bold">{me.workshop.name}</span>
      <button
        type="button"
        onClick={onSearch}
        aria-label={t('search.open')}
        className="rounded-lg p-2.5 hover:bg-surface-2"
      >
        <Search aria-hidden="true" className="size-5" />
      </button>
      <div className="w-12">
        <AccountMenu compact />
      </div>
    </header>
  );
}
