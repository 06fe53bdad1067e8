import { Link } from '@tanstack/react-router';
import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { AccountMenu } from './account-menu';
import { NAVIGATION } from './navigation';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

export function Sidebar({ onSearch }: { readonly onSearch: () => void }) {
  const { t } = useTranslation('app');
  const me = useMe();
  return (
    <aside className="sticky top-0 hidden h-dvh flex-col gap-4 border-r border-line bg-surface p-3 lg:flex print:hidden!">
      <div className="flex items-center gap-2 px-2 pt-2">
        <img src="/favicon.svg" alt="" className="size-7" />
        <span className="truncate font-bold" title={me.workshop.name}>
          {me.workshop.name}
        </span>
      </div>
      {/* "Search" on one line in every language; the full name is the button's accessible name. */}
      <button
        type="button"
        onClick={onSearch}
        aria-label={t('search.open')}
        aria-keyshortcuts={MAC ? 'Meta+K /' : 'Control+K /'}
        className="flex items-center gap-2 rounded-lg border border-line bg-canvas px-3 py-2 text-sm text-ink-muted hover:bg-surface-2"
      >
        <Search aria-hidden="true" className="size-4" />
        <span className="flex-1 text-left">{t('search.short')}</span>
        <kbd className="rounded border border-line px-1.5 text-xs">
          {t(MAC ? 'search.shortcutMac' : 'search.shortcut')}
        </kbd>
      </button>
      <nav aria-label={t('nav.label')} className="flex-1">
        <ul className="flex flex-col gap-0.5">
          {NAVIGATION.filter((item) => roleAtLeast(me.role, item.least)).map(({ to, label, Icon }) => (
            <li key={to}>
              <Link
                to={to}
                className="flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-ink-muted hover:bg-surface-2 hover:text-ink"
                activeProps={{ className: 'bg-brand-soft !text-ink', 'aria-current': 'page' }}
              >
                <Icon aria-hidden="true" className="size-5" />
                {t(label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <AccountMenu />
    </aside>
  );
}
