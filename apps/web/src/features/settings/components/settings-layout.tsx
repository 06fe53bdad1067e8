import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, useMe, type Role } from '@/lib/session/me';

const SECTIONS: readonly { readonly to: SettingsPath; readonly label: string; readonly least: Role }[] = [
  { to: '/settings/personal', label: 'nav.personal', least: 'mechanic' },
  { to: '/settings/workshop', label: 'nav.workshop', least: 'mechanic' },
  { to: '/settings/schedule', label: 'nav.schedule', least: 'manager' },
  { to: '/settings/services', label: 'nav.services', least: 'manager' },
  { to: '/settings/booking-page', label: 'nav.bookingPage', least: 'manager' },
  { to: '/settings/staff', label: 'nav.staff', least: 'manager' },
  { to: '/settings/security', label: 'nav.security', least: 'mechanic' },
  { to: '/settings/invoicing', label: 'nav.invoicing', least: 'manager' },
  { to: '/settings/mail-log', label: 'nav.mailLog', least: 'manager' },
  { to: '/settings/audit-log', label: 'nav.auditLog', least: 'manager' },
];

type SettingsPath =
  | '/settings/personal'
  | '/settings/workshop'
  | '/settings/schedule'
  | '/settings/services'
  | '/settings/booking-page'
  | '/settings/staff'
  | '/settings/security'
  | '/settings/invoicing'
  | '/settings/mail-log'
  | '/settings/audit-log';

/** Settings sections the role may open; tabs that scroll sideways on a phone. */
export function SettingsLayout() {
  const { t } = useTranslation('settings');
  const me = useMe();
  return (
    <div className="flex flex-col gap-6 lg:flex-row">
      <nav aria-label={t('nav.label')} className="-mx-4 overflow-x-auto px-4 lg:mx-0 lg:w-52 lg:shrink-0 lg:px-0">
        <ul className="flex gap-1 lg:flex-col">
          {SECTIONS.filter((section) => roleAtLeast(me.role, section.least)).map((section) => (
            <li key={section.to}>
              <Link
                to={section.to}
                className="block rounded-lg px-3 py-2 text-sm font-medium whitespace-nowrap text-ink-muted hover:bg-surface-2 hover:text-ink"
                activeProps={{ className: 'bg-brand-soft !text-ink', 'aria-current': 'page' }}
              >
                {t(section.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
  );
}
