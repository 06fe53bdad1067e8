import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema.gen';
import { Alert } from '@/ui/alert';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { ResponsiveTable, type TableColumn } from '@/ui/responsive-table';
import { SearchField } from '@/ui/search-field';
import { SortField } from '@/ui/sort-field';
import { LoadingRows } from '@/ui/skeleton';
import { $ops } from '../api/ops-client';
import { formatBytes } from '../utils/format-bytes';
import { TENANT_SORTS } from '../utils/tenant-list-search';
import { TenantStatusBadge } from './tenant-status-badge';
import { NotCountedYet, UsageFigure } from './usage-figure';

type Tenant = components['schemas']['OperatorTenantResponse'];

const route = getRouteApi('/ops/');
const PAGE_SIZE = 25;

/** Every workshop with its usage, searchable by name or slug; search, sort and page in the URL. */
export function TenantListPage() {
  const { t, i18n } = useTranslation('operator-console');
  const { q, page = 1, sort = '-createdAt' } = route.useSearch();
  const navigate = route.useNavigate();
  const tenants = $ops.useQuery('get', '/api/v1/ops/tenants', {
    params: { query: { search: q, sort, page, limit: PAGE_SIZE } },
  });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const day = (iso: string | null) => (iso ? date.format(new Date(iso)) : '—');
  const number = new Intl.NumberFormat(i18n.language);
  const count = (value: number) => number.format(value);
  const bytes = (value: number) => formatBytes(value, i18n.language);
  const columns: TableColumn<Tenant>[] = [
    {
      header: t('tenants.columns.workshop'),
      // The slug under the name: the booking page's address, what operators search by most.
      cell: (tenant) => (
        <>
          <Link
            to="/ops/tenants/$tenantId"
            params={{ tenantId: tenant.id }}
            className="font-semibold text-ink underline-offset-4 hover:underline"
          >
            {tenant.name}
          </Link>
          <span className="block font-mono text-xs text-ink-muted">{tenant.slug}</span>
        </>
      ),
    },
    { header: t('tenants.columns.status'), cell: (tenant) => <TenantStatusBadge status={tenant.status} /> },
    { header: t('tenants.columns.created'), cell: (tenant) => day(tenant.createdAt), className: 'whitespace-nowrap' },
    {
      header: t('tenants.columns.verified'),
      // The owner's verification is read by the rollup too: before it, "no" could be wrong.
      cell: (tenant) => (tenant.verifiedAt ? t('yes') : tenant.usageRolledUpAt === null ? <NotCountedYet /> : t('no')),
    },
    { header: t('tenants.columns.plan'), cell: (tenant) => tenant.plan ?? t('tenants.noPlan') },
    {
      header: t('tenants.columns.staff'),
      cell: (tenant) => <UsageFigure value={tenant.staffCount} format={count} />,
      className: 'text-right',
    },
    {
      header: t('tenants.columns.lastActivity'),
      cell: (tenant) => day(tenant.lastActivityAt),
      className: 'whitespace-nowrap',
    },
    {
      header: t('tenants.columns.vehicles'),
      cell: (tenant) => <UsageFigure value={tenant.vehicles30d} format={count} />,
      className: 'text-right',
    },
    {
      header: t('tenants.columns.orders'),
      cell: (tenant) => <UsageFigure value={tenant.orders30d} format={count} />,
      className: 'text-right',
    },
    {
      header: t('tenants.columns.invoices'),
      cell: (tenant) => <UsageFigure value={tenant.invoices30d} format={count} />,
      className: 'text-right',
    },
    {
      header: t('tenants.columns.mails'),
      cell: (tenant) =>
        tenant.mailsSent30d === null || tenant.mailsFailed30d === null ? (
          <UsageFigure value={null} format={count} />
        ) : (
          `${count(tenant.mailsSent30d)} / ${count(tenant.mailsFailed30d)}`
        ),
      className: 'text-right whitespace-nowrap',
    },
    {
      header: t('tenants.columns.storage'),
      cell: (tenant) => <UsageFigure value={tenant.storageBytes} format={bytes} />,
      className: 'text-right whitespace-nowrap',
    },
  ];
  return (
    <>
      <PageHeader title={t('tenants.title')} description={t('tenants.description')} />
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end">
        <SearchField
          label={t('tenants.search')}
          placeholder={t('tenants.searchPlaceholder')}
          clearLabel={t('tenants.clearSearch')}
          value={q ?? ''}
          onSearch={(query) =>
            void navigate({ search: (prev) => ({ ...prev, q: query || undefined, page: undefined }) })
          }
        />
        <SortField
          label={t('tenants.sort')}
          className="sm:w-64"
          value={sort}
          sorts={TENANT_SORTS.map((option) => ({ value: option, label: t(`tenants.sorts.${option}`) }))}
          onSort={(next) => void navigate({ search: (prev) => ({ ...prev, sort: next, page: undefined }) })}
        />
      </div>
      {tenants.isPending ? (
        <LoadingRows label={t('loading')} />
      ) : tenants.isError ? (
        <Alert tone="danger">{t('loadFailed')}</Alert>
      ) : tenants.data.items.length === 0 ? (
        <EmptyState title={q ? t('tenants.noMatch') : t('tenants.empty')}>
          {q ? t('tenants.noMatchHint') : t('tenants.emptyHint')}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-ink-muted">{t('tenants.count', { count: tenants.data.total })}</p>
          <ResponsiveTable
            rows={tenants.data.items}
            rowKey={(tenant) => tenant.id}
            caption={t('tenants.title')}
            columns={columns}
            card={(tenant) => (
              <Link
                to="/ops/tenants/$tenantId"
                params={{ tenantId: tenant.id }}
                className="flex flex-col gap-1 rounded-xl border border-line bg-surface p-4"
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="font-semibold">{tenant.name}</span>
                  <TenantStatusBadge status={tenant.status} />
                </span>
                <span className="font-mono text-xs text-ink-muted">{tenant.slug}</span>
                <span className="text-sm text-ink-muted">
                  {tenant.staffCount === null || tenant.orders30d === null
                    ? t('tenants.cardNotCounted', { created: day(tenant.createdAt) })
                    : t('tenants.cardFigures', {
                        staff: tenant.staffCount,
                        orders: tenant.orders30d,
                        last: day(tenant.lastActivityAt),
                      })}
                </span>
              </Link>
            )}
          />
          <Pagination
            page={tenants.data.page}
            limit={tenants.data.limit}
            total={tenants.data.total}
            onPage={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
          />
        </>
      )}
    </>
  );
}
