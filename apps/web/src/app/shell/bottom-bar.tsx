import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { MoreHorizontal } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, useMe } from '@/lib/session/me';
import { cx } from '@/ui/class-names';
import { DropdownMenu, MenuItem } from '@/ui/dropdown-menu';
import { NAVIGATION } from './navigation';

/** The phone's thumb zone: four destinations and "More" for the rest. */
export function BottomBar() {
  const { t } = useTranslation('app');
  const me = useMe();
  const navigate = useNavigate();
  const visible = NAVIGATION.filter((item) => roleAtLeast(me.role, item.least));
  const primary = visible.filter((item) => item.primaryOnPhone.includes(me.role));
  const more = visible.filter((item) => !item.primaryOnPhone.includes(me.role));
  // On a page from under "More", "More" is lit: the bar always shows where the person is.
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const inMore = more.some((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));
  return (
    <nav
      aria-label={t('nav.label')}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] lg:hidden print:hidden"
    >
      <ul className="grid grid-cols-5">
        {primary.map(({ to, label, Icon }) => (
          <li key={to}>
            <Link
              to={to}
              className="flex flex-col items-center gap-0.5 py-2 text-xs font-medium text-ink-muted"
              activeProps={{ className: '!text-brand', 'aria-current': 'page' }}
            >
              <Icon aria-hidden="true" className="size-6" />
              {t(label)}
            </Link>
          </li>
        ))}
        <li>
          <DropdownMenu
            trigger={
              <button
                type="button"
                className={cx(
                  'flex w-full flex-col items-center gap-0.5 py-2 text-xs font-medium',
                  inMore ? 'text-brand' : 'text-ink-muted',
                )}
              >
                <MoreHorizontal aria-hidden="true" className="size-6" />
                {t('nav.more')}
              </button>
            }
          >
            {more.map(({ to, label, Icon }) => (
              <MenuItem key={to} onSelect={() => void navigate({ to })}>
                <Icon aria-hidden="true" className="size-4" />
                {t(label)}
              </MenuItem>
            ))}
          </DropdownMenu>
        </li>
      </ul>
    </nav>
  );
}
