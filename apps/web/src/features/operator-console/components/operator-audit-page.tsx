import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { LoadingRows } from '@/ui/skeleton';
import { $ops } from '../api/ops-client';
import { AuditEntryList } from './audit-entry-list';

const route = getRouteApi('/ops/audit');

/** Every operator action, sign-ins included, newest first. */
export function OperatorAuditPage() {
  const { t } = useTranslation('operator-console');
  const { page } = route.useSearch();
  const navigate = route.useNavigate();
  const entries = $ops.useQuery('get', '/api/v1/ops/audit', { params: { query: { page, limit: 25 } } });
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      {entries.isPending ? (
        <LoadingRows label={t('loading')} />
      ) : entries.isError ? (
        <Alert tone="danger">{t('loadFailed')}</Alert>
      ) : entries.data.items.length === 0 ? (
        <EmptyState title={t('audit.empty')} />
      ) : (
        <>
          <AuditEntryList entries={entries.data.items} label={t('audit.title')} showTarget />
          <Pagination
            page={entries.data.page}
            limit={entries.data.limit}
            total={entries.data.total}
            onPage={(next) => void navigate({ search: { page: next } })}
          />
        </>
      )}
    </>
  );
}
