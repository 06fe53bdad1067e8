import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableHead } from '@/ui/table-head';
import { formatQuantity } from '../utils/money';

/** One row: what the hours belong to (a line, a mechanic), sold against clocked. */
export interface HoursRow {
  readonly key: string;
  readonly label: ReactNode;
  readonly sold: number;
  readonly clocked: number;
  /** Clocked beyond what was sold: the clocked figure in red. */
  readonly over?: boolean;
}

const CELL = 'px-2 py-2 text-right tabular-nums';
const HEADING = 'px-2 font-semibold';

/** Hours sold against hours clocked, a row per line or per mechanic, with an optional total. */
export function HoursTable({
  caption,
  subject,
  rows,
  total,
}: {
  readonly caption: string;
  /** The first column's heading: what each row is. */
  readonly subject: string;
  readonly rows: readonly HoursRow[];
  readonly total?: { readonly sold: number; readonly clocked: number };
}) {
  const { t, i18n } = useTranslation('orders');
  const hours = (value: number) => t('lines.hours', { value: formatQuantity(value, i18n.language) });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <TableHead
          caption={caption}
          className="text-xs text-ink-muted uppercase"
          headings={[
            { label: subject, className: `${HEADING} text-left` },
            { label: t('time.sold'), className: `${HEADING} text-right` },
            { label: t('time.clocked'), className: `${HEADING} text-right` },
          ]}
        />
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="px-2 py-2 text-left font-normal break-words">
                {row.label}
              </th>
              <td className={CELL}>{hours(row.sold)}</td>
              <td className={row.over ? `${CELL} font-semibold text-danger` : CELL}>{hours(row.clocked)}</td>
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot className="border-t border-line font-semibold">
            <tr>
              <th scope="row" className="px-2 py-2 text-left">
                {t('time.total')}
              </th>
              <td className={CELL}>{hours(total.sold)}</td>
              <td className={CELL}>{hours(total.clocked)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
