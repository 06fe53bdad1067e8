import { useTranslation } from 'react-i18next';
import { Badge } from '@/ui/badge';

export function TenantStatusBadge({ status }: { readonly status: 'active' | 'suspended' }) {
  const { t } = useTranslation('operator-console');
  return <Badge tone={status === 'active' ? 'success' : 'danger'}>{t(`status.${status}`)}</Badge>;
}
