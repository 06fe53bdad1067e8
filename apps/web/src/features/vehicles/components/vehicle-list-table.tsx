import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useWorkshopFormat } from '@/lib/i18n/use-workshop-format';
import { PlateChip } from '@/ui/plate-chip';
import { NoValue } from '@/ui/no-value';
import { ResponsiveTable, type TableColumn } from '@/ui/responsive-table';
import { RowCardLink } from '@/ui/row-card-link';
import type { ListTableProps } from '@/ui/searchable-list';
import type { FuelType } from '../api/vehicle-queries';

/** One line of the list: a vehicle of a page, or a search hit (which knows less). */
export interface VehicleListRow {
  readonly id: string;
  readonly plate: string | null;
  /** Make and model (and year, for a search hit). */
  readonly name: string;
  readonly owner: string | null;
  readonly phone?: string | null;
  readonly year?: number | null;
  readonly fuelType?: FuelType | null;
  readonly mileageKm?: number | null;
  readonly updatedAt?: string;
}

/** A table on wide screens, a list of cards on phones; the vehicle opens from its plate and name. */
export function VehicleListTable({ rows, mode, caption }: ListTableProps<VehicleListRow>) {
  const { t } = useTranslation('vehicles');
  const format = useWorkshopFormat();
  const dash = <NoValue />;
  const km = (row: VehicleListRow) =>
    row.mileageKm != null ? t('mileageValue', { value: format.number(row.mileageKm) }) : null;
  const vehicle: TableColumn<VehicleListRow> = {
    header: t('list.columns.vehicle'),
    cell: (row) => (
      <Link
        to="/vehicles/$vehicleId"
        params={{ vehicleId: row.id }}
        className="flex items-center gap-3 rounded-md py-1 font-medium hover:underline"
      >
        {row.plate ? <PlateChip plate={row.plate} /> : <NoPlate />}
        <span>{row.name}</span>
      </Link>
    ),
  };
  const owner: TableColumn<VehicleListRow> = { header: t('list.columns.owner'), cell: (row) => row.owner ?? dash };
  const columns: TableColumn<VehicleListRow>[] =
    mode === 'page'
      ? [
          vehicle,
          { header: t('list.columns.year'), cell: (row) => row.year ?? dash },
          { header: t('list.columns.fuel'), cell: (row) => (row.fuelType ? t(`fuel.${row.fuelType}`) : dash) },
          { header: t('list.columns.mileage'), cell: (row) => km(row) ?? dash, className: 'text-right tabular-nums' },
          owner,
          {
            header: t('list.columns.updated'),
            cell: (row) => (row.updatedAt ? format.date(row.updatedAt) : dash),
            className: 'whitespace-nowrap',
          },
        ]
      : [
          vehicle,
          owner,
          { header: t('list.columns.phone'), cell: (row) => row.phone ?? dash, className: 'whitespace-nowrap' },
        ];

  return (
    <ResponsiveTable
      rows={rows}
      rowKey={(row) => row.id}
      caption={caption}
      columns={columns}
      card={(row) => (
        <RowCardLink>
          <Link to="/vehicles/$vehicleId" params={{ vehicleId: row.id }}>
            <span className="flex min-w-0 flex-1 flex-col gap-1">
              <span className="flex flex-wrap items-center gap-2">
                {row.plate ? <PlateChip plate={row.plate} /> : <NoPlate />}
                <span className="font-medium">{row.name}</span>
                {mode === 'page' && row.year ? <span className="text-ink-muted">{row.year}</span> : null}
              </span>
              <span className="truncate text-sm text-ink-muted">
                {[row.owner, mode === 'search' ? row.phone : null, km(row)].filter(Boolean).join(' · ')}
              </span>
            </span>
          </Link>
        </RowCardLink>
      )}
    />
  );
}

function NoPlate() {
  const { t } = useTranslation('vehicles');
  return (
    <span className="rounded border border-dashed border-line px-1.5 py-px text-xs text-ink-muted">{t('noPlate')}</span>
  );
}
