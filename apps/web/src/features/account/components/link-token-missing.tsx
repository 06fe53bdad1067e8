import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountPage } from './account-page';

/** A page opened without its link's token: most often a link cut short by a mail program. */
export function LinkTokenMissing({ title, children }: { readonly title: string; readonly children?: ReactNode }) {
  const { t } = useTranslation('account');
  return (
    <AccountPage title={title} lede={t('link.missing')}>
      {children}
    </AccountPage>
  );
}
