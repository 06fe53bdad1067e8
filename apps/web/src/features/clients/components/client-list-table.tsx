import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { NoValue } from '@/ui/no-value';
import { ResponsiveTable, type TableColumn } from '@/ui/responsive-table';
import { RowCardLink } from '@/ui/row-card-link';
import type { ListTableProps } from '@/ui/searchable-list';

/** One line of the list: a client of a page, or a search hit (which knows less). */
export interface ClientListRow {
  readonly id: string;
  readonly name: string;
  readonly phone: string | null;
  readonly email?: string | null;
  readonly consentAt?: string | null;
  readonly createdAt?: string;
}

/** A table on wide screens, cards on phones; the client opens from their name. */
export function ClientListTable({ rows, mode, caption }: ListTableProps<ClientListRow>) {
  const { t } = useTranslation('clients');
  const format = useWorkshopFormat();
  const dash = <NoValue />;
  const columns: TableColumn<ClientListRow>[] = [
    {
      header: t('list.columns.name'),
      cell: (row) => (
        <Link
          to="/clients/$clientId"
          params={{ clientId: row.id }}
          className="inline-block py-1 font-medium underline-offset-4 hover:underline"
        >
          {row.name}
        </Link>
      ),
    },
    { header: t('list.columns.phone'), cell: (row) => row.phone ?? dash, className: 'whitespace-nowrap' },
  ];
  if (mode === 'page') {
    columns.push(
      { header: t('list.columns.email'), cell: (row) => row.email ?? dash, className: 'break-all' },
      { header: t('list.columns.consent'), cell: (row) => (row.consentAt ? t('list.consentGiven') : dash) },
      {
        header: t('list.columns.added'),
        cell: (row) => (row.createdAt ? format.date(row.createdAt) : dash),
        className: 'whitespace-nowrap',
      },
    );
  }
  return (
    <ResponsiveTable
      rows={rows}
      rowKey={(row) => row.id}
      caption={caption}
      columns={columns}
      card={(row) => (
        <RowCardLink>
          <Link to="/clients/$clientId" params={{ clientId: row.id }}>
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="font-medium">{row.name}</span>
              <span className="truncate text-sm text-ink-muted">
                {[row.phone, row.email].filter(Boolean).join(' · ')}
              </span>
            </span>
          </Link>
        </RowCardLink>
      )}
    />
  );
}
