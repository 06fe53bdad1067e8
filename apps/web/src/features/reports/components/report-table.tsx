import type { ReactNode } from 'react';
import { cx } from '@/ui/class-names';

export interface ReportColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
}

/**
 * The accessible equivalent of a chart: every number the chart draws, as a real table, on
 * phones too (it scrolls sideways rather than turning into cards: columns are the point).
 */
export function ReportTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  footer,
}: {
  readonly caption: string;
  readonly columns: readonly ReportColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** A totals row, one cell per column. */
  readonly footer?: readonly ReactNode[];
}) {
  return (
    // Focusable, so a keyboard can scroll a table wider than a phone (axe: scrollable-region-focusable).
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-2 text-xs text-ink-muted uppercase">
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={cx('px-3 py-2 font-semibold whitespace-nowrap', column.numeric && 'text-end')}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.header} scope="row" className="px-3 py-2 font-medium">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.header}
                    className={cx('px-3 py-2', column.numeric && 'text-end whitespace-nowrap tabular-nums')}
                  >
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot className="border-t-2 border-line font-semibold">
            <tr>
              {footer.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-3 py-2">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={cx('px-3 py-2', columns[index]?.numeric && 'text-end whitespace-nowrap tabular-nums')}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
