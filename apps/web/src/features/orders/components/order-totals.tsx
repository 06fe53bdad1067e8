import { useTranslation } from 'react-i18next';
import type { Order } from '../api/order-queries';
import { formatMoney, formatVatRate } from '../utils/money';

/** The API's totals and VAT summary, formatted only: the browser adds nothing up. */
export function OrderTotals({ order }: { readonly order: Order }) {
  const { t, i18n } = useTranslation('orders');
  const money = (minor: number) => formatMoney(minor, order.currency, i18n.language);
  const { totals } = order;
  return (
    <div className="mt-4 border-t border-line pt-3">
      <table className="ml-auto w-full max-w-sm text-sm">
        <caption className="sr-only">{t('totals.caption')}</caption>
        <tbody>
          <tr>
            <th scope="row" className="py-1 text-left font-normal text-ink-muted">
              {t('totals.net')}
            </th>
            <td className="py-1 text-right tabular-nums">{money(totals.netMinor)}</td>
          </tr>
          {totals.vat.map((group) => (
            <tr key={group.vatRateBp}>
              <th scope="row" className="py-1 text-left font-normal text-ink-muted">
                {t('totals.vatGroup', {
                  rate: formatVatRate(group.vatRateBp, i18n.language),
                  net: money(group.netMinor),
                })}
              </th>
              <td className="py-1 text-right tabular-nums">{money(group.vatMinor)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-1 text-left font-normal text-ink-muted">
              {t('totals.vat')}
            </th>
            <td className="py-1 text-right tabular-nums">{money(totals.vatMinor)}</td>
          </tr>
          <tr className="border-t border-line text-base font-semibold">
            <th scope="row" className="pt-2 text-left">
              {t('totals.gross')}
            </th>
            <td className="pt-2 text-right tabular-nums">{money(totals.grossMinor)}</td>
          </tr>
        </tbody>
      </table>
      {order.lines.some((line) => line.approval === 'declined') ? (
        <p className="mt-2 text-right text-xs text-ink-muted">{t('totals.declinedLeftOut')}</p>
      ) : null}
    </div>
  );
}
