import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet } from '@tanstack/react-router';
import { Activity, Building2, LineChart, LogOut, ScrollText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { $ops, opsApi } from '../api/ops-client';
import { operatorSession, useOperatorSession } from '../api/operator-session';
import { OpsSignIn } from './ops-sign-in';

const NAV = [
  { to: '/ops', label: 'nav.tenants', Icon: Building2, exact: true },
  { to: '/ops/health', label: 'nav.health', Icon: Activity, exact: false },
  { to: '/ops/stats', label: 'nav.stats', Icon: LineChart, exact: false },
  { to: '/ops/audit', label: 'nav.audit', Icon: ScrollText, exact: false },
] as const;

/** The operator console's frame: sign-in until there is an operator session, then its pages. */
export function OpsShell() {
  const session = useOperatorSession();
  if (session.status !== 'signed-in') return <OpsSignIn reason={session.reason} />;
  return <SignedInShell />;
}

function SignedInShell() {
  const { t } = useTranslation('operator-console');
  const queryClient = useQueryClient();
  const me = $ops.useQuery('get', '/api/v1/ops/me');
  const logout = useMutation({
    mutationFn: () => opsApi.POST('/api/v1/ops/auth/logout'),
    onSettled: () => {
      operatorSession.signOut('logout');
      queryClient.removeQueries();
    },
  });
  return (
    <div className="min-h-dvh bg-canvas text-ink">
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <p className="font-bold">{t('brand')}</p>
          {/* On a phone the four sections share the row below the brand, icon over label, so none
              is cut off at 360 px; from `sm` they sit inline beside the brand. */}
          <nav aria-label={t('nav.label')} className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="grid grid-cols-4 gap-1 sm:flex">
              {NAV.map(({ to, label, Icon, exact }) => (
                <li key={to}>
                  <Link
                    to={to}
                    activeOptions={{ exact, includeSearch: false }}
                    className="flex flex-col items-center gap-1 rounded-md px-1 py-2 text-xs font-medium whitespace-nowrap text-ink-muted hover:bg-surface-2 data-[status=active]:bg-brand-soft data-[status=active]:text-ink sm:flex-row sm:gap-1.5 sm:px-3 sm:text-sm"
                  >
                    <Icon aria-hidden="true" className="size-4" />
                    {t(label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <p className="hidden text-sm text-ink-muted md:block">{me.data?.operator.email}</p>
            <Button variant="secondary" size="sm" busy={logout.isPending} onClick={() => logout.mutate()}>
              <LogOut aria-hidden="true" className="size-4" />
              {t('signOut')}
            </Button>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}
