import { useTranslation } from 'react-i18next';
import type { Totals } from './estimate-choices';
import type { EstimateFormatters } from './use-estimate-format';

/** Net, VAT per rate and the gross total as a table (read row by row by a screen reader). */
export function EstimateTotals({
  totals,
  caption,
  format,
}: {
  readonly totals: Totals;
  readonly caption: string;
  readonly format: EstimateFormatters;
}) {
  const { t } = useTranslation('public');
  return (
    <table className="w-full text-sm tabular-nums">
      <caption className="pb-2 text-left text-base font-semibold">{caption}</caption>
      <tbody>
        <tr>
          <th scope="row" className="py-1 text-left font-normal text-ink-muted">
            {t('estimate.totals.net')}
          </th>
          <td className="py-1 text-right">{format.money(totals.netMinor)}</td>
        </tr>
        {totals.vat.map((group) => (
          <tr key={group.vatRateBp}>
            <th scope="row" className="py-1 text-left font-normal text-ink-muted">
              {t('estimate.totals.vatOn', { rate: format.vatRate(group.vatRateBp), net: format.money(group.netMinor) })}
            </th>
            <td className="py-1 text-right">{format.money(group.vatMinor)}</td>
          </tr>
        ))}
        <tr className="border-t border-line text-base font-bold">
          <th scope="row" className="pt-2 text-left">
            {t('estimate.totals.gross')}
          </th>
          <td className="pt-2 text-right">{format.money(totals.grossMinor)}</td>
        </tr>
      </tbody>
    </table>
  );
}
