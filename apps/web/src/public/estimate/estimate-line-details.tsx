import { useTranslation } from 'react-i18next';
import { cx } from '@/ui/class-names';
import type { EstimateLine } from '../api/public-api';
import type { EstimateFormatters } from './use-estimate-format';

/** What a line is and costs: its description, kind, quantity × unit price, VAT rate and net. */
export function EstimateLineDetails({
  line,
  format,
  struck = false,
}: {
  readonly line: EstimateLine;
  readonly format: EstimateFormatters;
  /** Declined: the amount does not count. */
  readonly struck?: boolean;
}) {
  const { t } = useTranslation('public');
  const unit = line.kind === 'labour' ? 'hours' : 'units';
  return (
    <div className="flex items-start justify-between gap-3">
      <div className="min-w-0">
        <p className="font-semibold break-words">{line.description}</p>
        <p className="text-sm text-ink-muted">
          {t(`estimate.kind.${line.kind}`, { defaultValue: line.kind })} ·{' '}
          {t(`estimate.quantity.${unit}`, {
            quantity: format.quantity(line.quantity),
            price: format.money(line.unitPriceMinor),
          })}{' '}
          · {t('estimate.vatRate', { rate: format.vatRate(line.vatRateBp) })}
        </p>
      </div>
      <p className={cx('shrink-0 text-right font-semibold tabular-nums', struck && 'text-ink-muted line-through')}>
        <span className="sr-only">{t('estimate.netAmount')}: </span>
        {format.money(line.netMinor)}
      </p>
    </div>
  );
}
