import type { ReactNode } from 'react';
import { cx } from './class-names';

export interface TableColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** Extra classes for the column's header and cells (alignment, wrapping). */
  readonly className?: string;
}

/**
 * A list as a table on wide screens and as cards on phones (each card the caller's, usually one
 * big link). Both carry the caption as their accessible name; only one is ever displayed.
 */
export function ResponsiveTable<Row>({
  rows,
  rowKey,
  caption,
  columns,
  card,
}: {
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly caption: string;
  readonly columns: readonly TableColumn<Row>[];
  readonly card: (row: Row) => ReactNode;
}) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-xl border border-line bg-surface md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-line text-xs text-ink-muted uppercase">
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={cx('px-4 py-3 font-semibold', column.className)}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr key={rowKey(row)} className="hover:bg-surface-2">
                {columns.map((column) => (
                  <td key={column.header} className={cx('px-4 py-2', column.className)}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label={caption} className="flex flex-col gap-2 md:hidden">
        {rows.map((row) => (
          <li key={rowKey(row)}>{card(row)}</li>
        ))}
      </ul>
    </>
  );
}
