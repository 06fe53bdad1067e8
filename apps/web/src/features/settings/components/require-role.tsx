import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, useMe, type Role } from '@/lib/session/me';
import { Alert } from '@/ui/alert';

/** A section opened by URL by someone whose role may not see it: says so, shows nothing else. */
export function RequireRole({ least, children }: { readonly least: Role; readonly children: ReactNode }) {
  const { t } = useTranslation('settings');
  const me = useMe();
  if (roleAtLeast(me.role, least)) return children;
  return (
    <Alert tone="warning" title={t('forbidden.title')}>
      {t(`forbidden.body.${least === 'owner' ? 'owner' : 'manager'}`)}
    </Alert>
  );
}
